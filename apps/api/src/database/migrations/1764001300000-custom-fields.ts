import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Custom fields (issue #14). Definitions in `field_definition`; values in one JSONB column per
 * record table, keyed by the field's key, so a new field is a row, not a schema change.
 *
 * Indexes, for lists filtered or sorted on a field at a million contacts:
 *  - `contact_custom_fields_gin` (jsonb_path_ops) serves equality and contains (`custom_fields @>
 *    '{"plan":"pro"}'`, `'{"tags":["a"]}'`) for every field at once; jsonb_path_ops is about a
 *    third of the default jsonb_ops' size and faster for @>, which is the only operator used.
 *  - ranges and sorts need a btree on the field's own expression; FieldsService creates one per
 *    number, date, datetime and select field when the field is created (CONCURRENTLY, so a live
 *    table is not locked) and drops it with the field.
 * Companies and deals get only the per-field btrees: their tables are orders of magnitude smaller.
 */
export class CustomFields1764001300000 implements MigrationInterface {
  name = 'CustomFields1764001300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE field_definition (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        object_type varchar NOT NULL CHECK (object_type IN ('contact', 'company', 'deal')),
        key varchar NOT NULL,
        label varchar NOT NULL,
        type varchar NOT NULL,
        options jsonb NOT NULL DEFAULT '[]',
        required boolean NOT NULL DEFAULT false,
        description text,
        position integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT field_definition_key_uq UNIQUE (object_type, key)
      )`);
    // A constant default: PostgreSQL 11+ adds the column without rewriting the table.
    for (const table of ['contact', 'company', 'deal']) {
      await q.query(`ALTER TABLE ${table} ADD COLUMN custom_fields jsonb NOT NULL DEFAULT '{}'`);
    }
    await q.query(`CREATE INDEX contact_custom_fields_gin ON contact USING gin (custom_fields jsonb_path_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    const indexes: { indexname: string }[] = await q.query(`SELECT indexname FROM pg_indexes WHERE indexname LIKE 'cf\\_%\\_idx'`);
    for (const { indexname } of indexes) await q.query(`DROP INDEX IF EXISTS "${indexname}"`);
    await q.query(`DROP INDEX IF EXISTS contact_custom_fields_gin`);
    for (const table of ['contact', 'company', 'deal']) await q.query(`ALTER TABLE ${table} DROP COLUMN IF EXISTS custom_fields`);
    await q.query(`DROP TABLE IF EXISTS field_definition`);
  }
}
