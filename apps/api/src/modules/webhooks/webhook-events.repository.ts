import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { StoredWebhookEventType } from './webhook-event-types';

/** The channel `publish` notifies so that delivery workers wake at once instead of at their next poll. */
export const WEBHOOK_NOTIFY_CHANNEL = 'webhook_delivery';

/** The SQL that writes events and fans them out to endpoints. */
@Injectable()
export class WebhookEventsRepository {
  /**
   * One statement for any number of events: each event subscribed to by at least one active
   * endpoint is written with one pending delivery per such endpoint; the others are not written
   * at all. `endpointId` restricts the fan-out to that endpoint whatever it subscribes to (the
   * test ping). NOTIFY is held by PostgreSQL until commit, so workers never wake for a change that
   * rolled back. Returns the ids of the deliveries written.
   */
  async publish(
    manager: EntityManager,
    events: { type: StoredWebhookEventType; data: Record<string, unknown> }[],
    endpointId: string | null = null,
  ): Promise<string[]> {
    const rows: { id: string }[] = await manager.query(
      `WITH ev AS MATERIALIZED (
         SELECT gen_random_uuid() AS id, e.type, e.data, e.ord
         FROM ROWS FROM (jsonb_to_recordset($1::jsonb) AS (type text, data jsonb)) WITH ORDINALITY AS e(type, data, ord)
       ), targets AS MATERIALIZED (
         SELECT ev.id AS event_id, ep.id AS endpoint_id, ev.ord
         FROM ev JOIN webhook_endpoint ep
           ON CASE WHEN $2::uuid IS NULL THEN ep.is_active AND ev.type = ANY (ep.events) ELSE ep.id = $2::uuid END
       ), written AS (
         INSERT INTO webhook_event (id, type, payload)
         SELECT id, type, data FROM ev WHERE id IN (SELECT event_id FROM targets)
       ), deliveries AS (
         -- created_at orders an endpoint's deliveries; clock_timestamp() keeps a transaction's events in their order.
         INSERT INTO webhook_delivery (endpoint_id, event_id, created_at)
         SELECT endpoint_id, event_id, clock_timestamp() FROM targets ORDER BY ord
         RETURNING id
       ), woken AS (
         SELECT pg_notify('${WEBHOOK_NOTIFY_CHANNEL}', '') FROM (SELECT 1 FROM deliveries LIMIT 1) AS any_delivery
       )
       SELECT d.id FROM deliveries d LEFT JOIN woken ON true`,
      [JSON.stringify(events), endpointId],
    );
    return rows.map((row) => row.id);
  }
}
