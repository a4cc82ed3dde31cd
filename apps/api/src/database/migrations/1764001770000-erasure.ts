import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * GDPR erasure. An erased person's address is kept only as `address_hash` (sha256 hex of the
 * trimmed, lower-cased address) in `erased_address`, which every send check reads beside the
 * suppression list, so that a later import, batch, form or workflow never emails it again.
 *
 * Plain sha256 rather than a keyed hash: the hash has to outlive every secret rotation, restore and
 * copy of the database (a lost key would silently lift every erasure), and it is computed in SQL on
 * the send path where no application secret is at hand. A guessed address can be confirmed against
 * it, which is exactly the check it exists for; the address itself cannot be read back from it.
 * Its own table rather than a suppression row with a null address: the suppression list is shown,
 * searched and pruned by address in the UI, and deleting an entry there must not lift an erasure
 * (only a confirmed double opt-in does).
 *
 * An erased contact's email logs stay, detached from it and without address or rendered content, so
 * that campaign counts do not change: `contact_id` and `to_email` become nullable. `erasure_log`
 * records that an erasure happened, by whom and how many rows it touched, and nothing personal.
 */
export class Erasure1764001770000 implements MigrationInterface {
  name = 'Erasure1764001770000';

  async up(q: QueryRunner): Promise<void> {
    // The one spelling of the hash. STABLE like convert_to, so that the planner inlines the body:
    // an IMMUTABLE wrapper over a STABLE body is called through the SQL-function executor per row,
    // about three times slower in an audience that has to hash every contact's address.
    await q.query(`
      CREATE FUNCTION address_hash(address text) RETURNS text
      LANGUAGE sql STABLE STRICT PARALLEL SAFE
      AS $$ SELECT encode(sha256(convert_to(lower(btrim(address)), 'UTF8')), 'hex') $$`);
    await q.query(`
      CREATE TABLE erased_address (
        hash text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
        erased_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE erasure_log (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL,
        erased_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        removed jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX erasure_log_created_at_idx ON erasure_log (created_at DESC)`);
    await q.query(`ALTER TABLE email_log ALTER COLUMN contact_id DROP NOT NULL, ALTER COLUMN to_email DROP NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM email_log WHERE contact_id IS NULL OR to_email IS NULL`);
    await q.query(`ALTER TABLE email_log ALTER COLUMN contact_id SET NOT NULL, ALTER COLUMN to_email SET NOT NULL`);
    await q.query(`DROP TABLE IF EXISTS erasure_log`);
    await q.query(`DROP TABLE IF EXISTS erased_address`);
    await q.query(`DROP FUNCTION IF EXISTS address_hash(text)`);
  }
}
