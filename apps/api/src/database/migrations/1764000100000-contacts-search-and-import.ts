import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Contacts: a trigram index that serves the list search, and the tables of the CSV import.
 *
 * The uploaded file lives in PostgreSQL (`contact_import_chunk`, 1 MB bytea rows) rather than on
 * disk: the API (ROLE=api) receives it and a worker (ROLE=worker, possibly another container or
 * host) parses it, and the database is the one durable store both already share — no volume to
 * mount, and the file survives a restart of either process until the import has finished.
 */
export class ContactsSearchAndImport1764000100000 implements MigrationInterface {
  name = 'ContactsSearchAndImport1764000100000';

  async up(q: QueryRunner): Promise<void> {
    // One expression covers first name, last name, "first last" and email; ContactsRepository
    // filters with exactly this expression so the planner can use the index.
    await q.query(
      `CREATE INDEX contact_search_trgm ON contact USING gin ((first_name || ' ' || last_name || ' ' || email) gin_trgm_ops)`,
    );
    // Entries written in one transaction (a status change and an owner change) must still have an
    // order on the timeline: now() is the transaction's start, clock_timestamp() the moment of insert.
    await q.query(`ALTER TABLE activity ALTER COLUMN created_at SET DEFAULT clock_timestamp()`);
    // Sorted pages read an index in order and stop after one page: each sort column gets an index
    // ending in id, the tiebreaker of every contact list (created_at and status replace the
    // single-column indexes of the foundation, which served only equality and range filters).
    await q.query(`DROP INDEX contact_created_at_idx`);
    await q.query(`CREATE INDEX contact_created_at_idx ON contact (created_at, id)`);
    await q.query(`DROP INDEX contact_status_idx`);
    await q.query(`CREATE INDEX contact_status_idx ON contact (status, id)`);
    await q.query(`CREATE INDEX contact_last_name_idx ON contact (last_name, id)`);
    await q.query(`CREATE INDEX company_name_trgm ON company USING gin (name gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE contact_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        status varchar(16) NOT NULL DEFAULT 'queued' CHECK (status IN ('queued','running','completed','failed')),
        file_name varchar(255) NOT NULL,
        file_size bigint NOT NULL,
        delimiter varchar(1) NOT NULL,
        columns jsonb NOT NULL,
        on_duplicate varchar(8) NOT NULL CHECK (on_duplicate IN ('skip','update')),
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        owner_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        total integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        error_count integer NOT NULL DEFAULT 0,
        attempts integer NOT NULL DEFAULT 0,
        failure_reason text,
        started_at timestamptz,
        finished_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX contact_import_created_by_idx ON contact_import (created_by_id, created_at DESC)`);
    await q.query(`CREATE INDEX contact_import_unfinished_idx ON contact_import (status) WHERE status IN ('queued','running')`);
    await q.query(`
      CREATE TABLE contact_import_chunk (
        import_id uuid NOT NULL REFERENCES contact_import(id) ON DELETE CASCADE,
        seq integer NOT NULL,
        data bytea NOT NULL,
        PRIMARY KEY (import_id, seq)
      )`);
    await q.query(`
      CREATE TABLE contact_import_error (
        import_id uuid NOT NULL REFERENCES contact_import(id) ON DELETE CASCADE,
        row integer NOT NULL,
        message text NOT NULL,
        PRIMARY KEY (import_id, row)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS contact_import_error`);
    await q.query(`DROP TABLE IF EXISTS contact_import_chunk`);
    await q.query(`DROP TABLE IF EXISTS contact_import`);
    await q.query(`DROP INDEX IF EXISTS company_name_trgm`);
    await q.query(`DROP INDEX IF EXISTS contact_last_name_idx`);
    await q.query(`DROP INDEX contact_status_idx`);
    await q.query(`CREATE INDEX contact_status_idx ON contact (status)`);
    await q.query(`DROP INDEX contact_created_at_idx`);
    await q.query(`CREATE INDEX contact_created_at_idx ON contact (created_at)`);
    await q.query(`ALTER TABLE activity ALTER COLUMN created_at SET DEFAULT now()`);
    await q.query(`DROP INDEX IF EXISTS contact_search_trgm`);
  }
}
