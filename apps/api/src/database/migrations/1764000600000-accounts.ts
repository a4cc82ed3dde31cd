import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts: invited users have no password until they follow their link (password_hash NULL,
 * invited_at set), and one-time links to set a password (invites and resets) are stored as the
 * sha256 of their secret, so a database leak yields no usable link.
 */
export class Accounts1764000600000 implements MigrationInterface {
  name = 'Accounts1764000600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL`);
    await q.query(`ALTER TABLE app_user ADD COLUMN invited_at timestamptz`);
    await q.query(`
      CREATE TABLE password_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        purpose varchar(16) NOT NULL CHECK (purpose IN ('reset','invite')),
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX password_token_hash_uq ON password_token (token_hash)`);
    await q.query(`CREATE INDEX password_token_user_idx ON password_token (user_id) WHERE used_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS password_token`);
    await q.query(`ALTER TABLE app_user DROP COLUMN IF EXISTS invited_at`);
    // Invited users have no password to keep; an unusable hash keeps the column NOT NULL again.
    await q.query(`UPDATE app_user SET password_hash = '!' WHERE password_hash IS NULL`);
    await q.query(`ALTER TABLE app_user ALTER COLUMN password_hash SET NOT NULL`);
  }
}
