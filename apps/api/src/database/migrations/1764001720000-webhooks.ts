import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outgoing webhooks (issue #16). `publish` writes an event and one delivery per subscribed
 * endpoint in the transaction of the change, so a committed change always has its deliveries.
 * A delivery is the pair (event, endpoint) and there is only ever one: its id is not the
 * `webhook-id` the receiver deduplicates on (that is the event id), and a redelivery makes the same
 * row pending again instead of adding a second, so history is `attempts` plus the last answer.
 */
export class Webhooks1764001720000 implements MigrationInterface {
  name = 'Webhooks1764001720000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        description text NOT NULL DEFAULT '',
        events text[] NOT NULL,
        is_active boolean NOT NULL DEFAULT true,
        secret text NOT NULL,
        created_by_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        failing_since timestamptz,
        disabled_at timestamptz,
        disabled_reason text
      )`);
    await q.query(`
      CREATE TABLE webhook_event (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The retention sweep's query.
    await q.query(`CREATE INDEX webhook_event_created_idx ON webhook_event (created_at)`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        endpoint_id uuid NOT NULL REFERENCES webhook_endpoint (id) ON DELETE CASCADE,
        event_id uuid NOT NULL REFERENCES webhook_event (id) ON DELETE CASCADE,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'succeeded', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        -- Start of the current retry window (24 hours): the first attempt, or the first after a redelivery.
        first_attempt_at timestamptz,
        last_attempt_at timestamptz,
        -- Set while a worker holds the delivery; a worker that dies lets it go when this passes.
        leased_until timestamptz,
        response_status integer,
        response_body text,
        error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        -- Event first: also the index the cascade from webhook_event needs.
        CONSTRAINT webhook_delivery_event_endpoint_uq UNIQUE (event_id, endpoint_id)
      )`);
    // The worker's claim: an endpoint's due deliveries in order, without walking the ones still
    // waiting out a backoff (thousands after an outage) on every claim.
    await q.query(`CREATE INDEX webhook_delivery_due_idx ON webhook_delivery (endpoint_id, next_attempt_at, created_at) WHERE status = 'pending'`);
    // The claim's count of an endpoint's attempts in flight: only leased rows, however long the backlog.
    await q.query(`CREATE INDEX webhook_delivery_leased_idx ON webhook_delivery (endpoint_id) WHERE status = 'pending' AND leased_until IS NOT NULL`);
    // An endpoint's delivery log, newest first.
    await q.query(`CREATE INDEX webhook_delivery_endpoint_idx ON webhook_delivery (endpoint_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS webhook_delivery`);
    await q.query(`DROP TABLE IF EXISTS webhook_event`);
    await q.query(`DROP TABLE IF EXISTS webhook_endpoint`);
  }
}
