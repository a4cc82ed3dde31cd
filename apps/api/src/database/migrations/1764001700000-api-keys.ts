import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys (issue #16). A key is `crl_<prefix>_<secret>`: `prefix` finds the row (unique), `hash`
 * is HMAC-SHA256 of the whole key under a server secret, so the table alone cannot be used to
 * authenticate. `user_id` is the user a key acts as: the bound member for a member key, the
 * creating admin otherwise; a key whose user is deleted or deactivated stops working (null here
 * after a deletion) rather than disappearing. Keys are revoked (`revoked_at`), never deleted, so
 * timelines keep naming the key that wrote an entry: `activity.api_key_id`, and a deal's stage
 * history the key that moved it: `deal_stage_history.api_key_id`.
 */
export class ApiKeys1764001700000 implements MigrationInterface {
  name = 'ApiKeys1764001700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE api_key (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(100) NOT NULL,
        prefix varchar(16) NOT NULL UNIQUE,
        hash bytea NOT NULL,
        role varchar NOT NULL CHECK (role IN ('admin', 'manager', 'member')),
        scopes text[] NOT NULL CHECK (cardinality(scopes) > 0),
        user_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        expires_at timestamptz,
        revoked_at timestamptz
      )`);
    await q.query(`ALTER TABLE activity ADD COLUMN api_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL`);
    await q.query(`ALTER TABLE deal_stage_history ADD COLUMN api_key_id uuid REFERENCES api_key(id) ON DELETE SET NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE deal_stage_history DROP COLUMN api_key_id`);
    await q.query(`ALTER TABLE activity DROP COLUMN api_key_id`);
    await q.query(`DROP TABLE api_key`);
  }
}
