/**
 * The one send-time test of an address, as SQL over the given column: on the suppression list (any
 * letter case) or erased (its hash in `erased_address`, see the erasure migration). Every audience,
 * claim and single-send check uses it, so an erased address is refused wherever email goes out;
 * both halves are index probes (`suppression_email_lower_uq`, the primary key of `erased_address`).
 */
export function addressSuppressedSql(address: string): string {
  return `(EXISTS (SELECT 1 FROM suppression s WHERE lower(s.email) = lower(${address}))
    OR EXISTS (SELECT 1 FROM erased_address ea WHERE ea.hash = address_hash(${address})))`;
}
