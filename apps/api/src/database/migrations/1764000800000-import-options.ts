import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import options kept with the job, since the worker reads them long after the upload: the value
 * mapping (`{field: {fileValue: value}}`) and whether imported contacts start workflows. Existing
 * imports keep the old behaviour of starting them (they were queued under it).
 */
export class ImportOptions1764000800000 implements MigrationInterface {
  name = 'ImportOptions1764000800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact_import ADD COLUMN value_mapping jsonb NOT NULL DEFAULT '{}'`);
    await q.query(`ALTER TABLE contact_import ADD COLUMN run_workflows boolean NOT NULL DEFAULT true`);
    await q.query(`ALTER TABLE contact_import ALTER COLUMN run_workflows SET DEFAULT false`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE contact_import DROP COLUMN run_workflows`);
    await q.query(`ALTER TABLE contact_import DROP COLUMN value_mapping`);
  }
}
