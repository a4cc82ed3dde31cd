import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Segments (issue #15): saved definitions, evaluated in SQL at each use, so no membership table.
 * Campaigns aim at segments (`segment_ids`, their union) less others (`exclude_segment_ids`); plain
 * uuid arrays, since a segment in use cannot be deleted (409) and a sent campaign keeps its ids as
 * history. `campaign_skip` records, when the audience is frozen, each contact the included segments
 * reached but the campaign did not send to, and why (for `recipients/explain` after sending).
 */
export class Segments1764001600000 implements MigrationInterface {
  name = 'Segments1764001600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE segment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name varchar NOT NULL,
        description text,
        definition jsonb NOT NULL,
        created_by_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE campaign ADD COLUMN segment_ids uuid[] NOT NULL DEFAULT '{}', ADD COLUMN exclude_segment_ids uuid[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      CREATE TABLE campaign_skip (
        campaign_id uuid NOT NULL REFERENCES campaign(id) ON DELETE CASCADE,
        contact_id uuid NOT NULL REFERENCES contact(id) ON DELETE CASCADE,
        reason varchar NOT NULL CHECK (reason IN ('excluded_segment', 'suppressed', 'archived')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (campaign_id, contact_id)
      )`);
    await q.query(`CREATE INDEX campaign_skip_contact_idx ON campaign_skip (contact_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE campaign_skip`);
    await q.query(`ALTER TABLE campaign DROP COLUMN exclude_segment_ids, DROP COLUMN segment_ids`);
    await q.query(`DROP TABLE segment`);
  }
}
