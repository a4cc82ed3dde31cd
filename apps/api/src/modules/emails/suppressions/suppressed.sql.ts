/**
 * The one send-time test of an address, as SQL over the given column: on the suppression list (any
 * letter case) or erased (its hash in `erased_address`, see the erasure migration). Every audience,
 * claim and single-send check uses it, so an erased address is refused wherever email goes out.
 *
 * For one address both halves are index probes (`suppression_email_lower_uq`, the primary key of
 * `erased_address`). Over an audience the erased half hashes every contact's address, ~5 µs each
 * on a loaded 2-core host (a 200k-contact audience count: 1.4-1.9 s instead of 0.3-0.4 s once
 * there are erasures). The leading "any erasure at all" is evaluated once per statement (an
 * InitPlan), so that until the first erasure nobody pays for the hashing. A stored hash on
 * `contact` would make it free for good, at the price of a column and a hash on every contact write.
 */
export function addressSuppressedSql(address: string): string {
  return `(EXISTS (SELECT 1 FROM suppression s WHERE lower(s.email) = lower(${address}))
    OR ((SELECT EXISTS (SELECT 1 FROM erased_address)) AND EXISTS (SELECT 1 FROM erased_address ea WHERE ea.hash = address_hash(${address}))))`;
}
