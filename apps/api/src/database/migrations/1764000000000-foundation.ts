import { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, auth, settings and the contact-management layer that every other module builds on. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email varchar(254) NOT NULL,
        name varchar(200) NOT NULL,
        role varchar(16) NOT NULL CHECK (role IN ('admin','manager','member')),
        password_hash varchar(100) NOT NULL,
        is_active boolean NOT NULL DEFAULT true,
        last_login_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX app_user_email_lower_uq ON app_user (lower(email))`);
    await q.query(`
      CREATE TABLE refresh_token (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash char(64) NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX refresh_token_user_idx ON refresh_token (user_id)`);
    await q.query(`
      CREATE TABLE app_setting (
        key varchar(100) PRIMARY KEY,
        value jsonb NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE company (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar(200) NOT NULL,
        domain varchar(253),
        industry varchar(100),
        size varchar(50),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX company_name_lower_uq ON company (lower(name))`);
    await q.query(`
      CREATE TABLE contact (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        first_name varchar(100) NOT NULL DEFAULT '',
        last_name varchar(100) NOT NULL DEFAULT '',
        email varchar(254) NOT NULL,
        phone varchar(50),
        company_id uuid REFERENCES company(id) ON DELETE SET NULL,
        status varchar(16) NOT NULL DEFAULT 'lead' CHECK (status IN ('lead','prospect','customer','archived')),
        tags text[] NOT NULL DEFAULT '{}',
        notes text,
        assigned_to_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX contact_email_lower_uq ON contact (lower(email))`);
    await q.query(`CREATE INDEX contact_status_idx ON contact (status)`);
    await q.query(`CREATE INDEX contact_company_idx ON contact (company_id)`);
    await q.query(`CREATE INDEX contact_assigned_to_idx ON contact (assigned_to_id)`);
    await q.query(`CREATE INDEX contact_created_at_idx ON contact (created_at)`);
    await q.query(`CREATE INDEX contact_tags_gin ON contact USING gin (tags)`);
    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        type varchar(16) NOT NULL CHECK (type IN ('note','call','meeting','email','task','system')),
        title varchar(300) NOT NULL,
        description text,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX activity_contact_created_idx ON activity (contact_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['activity', 'contact', 'company', 'app_setting', 'refresh_token', 'app_user']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
