import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable domain events. The events of a change are written to `outbox_event` in the change's
 * transaction, so they exist exactly when the change does: one row per transaction, holding its
 * events as `[{id, name, payload}]` (an import batch of 1,000 contacts writes one row, not
 * thousands). `dispatched_at` is set once every listener of every event ran. A workflow execution
 * remembers the event that started it: a redelivered event (the sweep after a crash between
 * delivery and marking) starts no second execution.
 */
export class Outbox1764001200000 implements MigrationInterface {
  name = 'Outbox1764001200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        events jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        dispatched_at timestamptz,
        attempts integer NOT NULL DEFAULT 0,
        last_error text
      )`);
    // The sweep's query: undispatched events, oldest first. Small, since almost every row is dispatched at once.
    await q.query(`CREATE INDEX outbox_event_pending_idx ON outbox_event (created_at) WHERE dispatched_at IS NULL`);
    // The pruning's query.
    await q.query(`CREATE INDEX outbox_event_dispatched_idx ON outbox_event (dispatched_at) WHERE dispatched_at IS NOT NULL`);

    await q.query(`ALTER TABLE workflow_execution ADD COLUMN event_id uuid`);
    await q.query(`CREATE UNIQUE INDEX workflow_execution_event_uq ON workflow_execution (workflow_id, event_id) WHERE event_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS workflow_execution_event_uq`);
    await q.query(`ALTER TABLE workflow_execution DROP COLUMN IF EXISTS event_id`);
    await q.query(`DROP TABLE IF EXISTS outbox_event`);
  }
}
