import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Saved list views: a list's filters (its query parameters), sort and columns under a name, private
 * to their owner unless shared. Names are unique per owner and object type ignoring case, so a
 * picker never shows two "Hot leads" of one person. The picker's query (own + shared of one object
 * type) is served by the two indexes; a view goes with its owner.
 */
export class SavedViews1764001400000 implements MigrationInterface {
  name = 'SavedViews1764001400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE saved_view (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        object_type varchar(20) NOT NULL CHECK (object_type IN ('contact', 'company', 'deal')),
        name varchar(100) NOT NULL,
        owner_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        filters jsonb NOT NULL DEFAULT '{}',
        sort varchar(100),
        columns jsonb NOT NULL DEFAULT '[]',
        shared boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX saved_view_owner_name_uq ON saved_view (owner_id, object_type, lower(name))`);
    await q.query(`CREATE INDEX saved_view_shared_idx ON saved_view (object_type) WHERE shared`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS saved_view`);
  }
}
