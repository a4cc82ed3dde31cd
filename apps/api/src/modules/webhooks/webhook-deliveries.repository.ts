import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { WebhookDeliveryStatus } from './entities/webhook-delivery.entity';
import type { StoredWebhookEventType } from './webhook-event-types';

/** A delivery a worker (or the API, for a test or redelivery) holds the lease of, with what sending it needs. */
export interface ClaimedDelivery {
  id: string;
  endpointId: string;
  eventId: string;
  attempts: number;
  url: string;
  secret: string;
  type: StoredWebhookEventType;
  payload: Record<string, unknown>;
  eventCreatedAt: Date;
  /**
   * The claim's `leased_until`, exactly as PostgreSQL wrote it (text keeps the microseconds a Date
   * drops). Recording the outcome requires it: a worker whose lease ran out, and whose delivery
   * another worker claimed (and perhaps delivered) since, records nothing.
   */
  leaseToken: string;
}

export interface AttemptOutcome {
  status: number | null;
  body: string | null;
  error: string | null;
}

/** An endpoint after a failed attempt, to decide whether it has failed long enough to be disabled. */
export interface FailingEndpoint {
  id: string;
  failingSince: Date;
  isActive: boolean;
}

export interface DeliveryRow {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: StoredWebhookEventType;
  status: WebhookDeliveryStatus;
  attempts: number;
  responseStatus: number | null;
  responseBody: string | null;
  error: string | null;
  nextAttemptAt: Date;
  lastAttemptAt: Date | null;
  createdAt: Date;
}

/** After a failed attempt the delivery gives up once this long has passed since its first attempt. */
const RETRY_WINDOW = `interval '24 hours'`;
/** A failing streak this long ended by a success counts as an outage over (see recordSuccess). */
const RECOVERY_STREAK = `interval '30 seconds'`;

const DISABLED_ERROR = 'The endpoint was disabled after 3 days of failures';
const INACTIVE_ERROR = 'The endpoint was switched off for 24 hours';

const CLAIMED_COLUMNS = `d.id, d.endpoint_id AS "endpointId", d.event_id AS "eventId", d.attempts, e.url, e.secret,
  ev.type, ev.payload, ev.created_at AS "eventCreatedAt", d.leased_until::text AS "leaseToken"`;

const DELIVERY_COLUMNS = `d.id, d.endpoint_id AS "endpointId", d.event_id AS "eventId", ev.type AS "eventType", d.status, d.attempts,
  d.response_status AS "responseStatus", d.response_body AS "responseBody", d.error, d.next_attempt_at AS "nextAttemptAt",
  d.last_attempt_at AS "lastAttemptAt", d.created_at AS "createdAt"`;

/** The SQL of webhook deliveries: claiming due ones, recording attempts, the delivery log, retention. */
@Injectable()
export class WebhookDeliveriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Leases up to `limit` due deliveries for `leaseSeconds`: per active endpoint the longest due
   * (oldest first in the steady state, where a delivery is due from its creation), no more than `perEndpoint` minus those already leased (by any worker) for it.
   * Endpoints are taken by their longest-waiting due delivery, so when more endpoints are busy than
   * one claim holds, those waiting longest come first instead of the same ones in table order. Rows
   * another worker is claiming are skipped, not waited for; a lease that runs out (its worker
   * died) makes the delivery claimable again.
   */
  async claimDue(perEndpoint: number, limit: number, leaseSeconds: number): Promise<ClaimedDelivery[]> {
    // An UPDATE answers [rows, count].
    const [rows]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `WITH claimed AS (
         SELECT due.id
         FROM (
           SELECT e.id,
             (SELECT min(o.next_attempt_at) FROM webhook_delivery o
              WHERE o.endpoint_id = e.id AND o.status = 'pending' AND o.next_attempt_at <= now()
                AND (o.leased_until IS NULL OR o.leased_until < now())) AS oldest
           FROM webhook_endpoint e
           WHERE e.is_active
           ORDER BY oldest NULLS LAST, e.id
         ) e
         CROSS JOIN LATERAL (
           SELECT d.id FROM webhook_delivery d
           WHERE d.endpoint_id = e.id AND d.status = 'pending' AND d.next_attempt_at <= now()
             AND (d.leased_until IS NULL OR d.leased_until < now())
           ORDER BY d.next_attempt_at, d.created_at
           LIMIT GREATEST($1 - (SELECT count(*) FROM webhook_delivery f
                                WHERE f.endpoint_id = e.id AND f.status = 'pending' AND f.leased_until IS NOT NULL AND f.leased_until >= now()), 0)
           FOR UPDATE SKIP LOCKED
         ) due
         -- The nested loop keeps the endpoints' order, so this needs no sort and the LIMIT stops it early.
         ORDER BY e.oldest NULLS LAST, e.id
         LIMIT $2
       )
       UPDATE webhook_delivery d SET leased_until = now() + make_interval(secs => $3)
       FROM claimed, webhook_endpoint e, webhook_event ev
       WHERE d.id = claimed.id AND e.id = d.endpoint_id AND ev.id = d.event_id
       RETURNING ${CLAIMED_COLUMNS}`,
      [perEndpoint, limit, leaseSeconds],
    );
    return rows;
  }

  /**
   * Makes a delivery due now and leases it to the caller, who attempts it at once (a redelivery,
   * whatever its status; its retry window starts again). Null when it is leased already: an attempt
   * is under way, which is the attempt the caller asked for.
   */
  async claimForRedelivery(id: string, leaseSeconds: number): Promise<ClaimedDelivery | null> {
    const [rows]: [ClaimedDelivery[], number] = await this.dataSource.query(
      `UPDATE webhook_delivery d
       SET status = 'pending', next_attempt_at = now(), first_attempt_at = NULL, leased_until = now() + make_interval(secs => $2)
       FROM webhook_endpoint e, webhook_event ev
       WHERE d.id = $1 AND e.id = d.endpoint_id AND ev.id = d.event_id AND (d.leased_until IS NULL OR d.leased_until < now())
       RETURNING ${CLAIMED_COLUMNS}`,
      [id, leaseSeconds],
    );
    return rows[0] ?? null;
  }

  /** Leases a delivery just written in `manager`'s transaction, so no worker takes it before the caller attempts it. */
  async claimWritten(manager: EntityManager, id: string, leaseSeconds: number): Promise<ClaimedDelivery> {
    const [rows]: [ClaimedDelivery[], number] = await manager.query(
      `UPDATE webhook_delivery d SET leased_until = now() + make_interval(secs => $2)
       FROM webhook_endpoint e, webhook_event ev
       WHERE d.id = $1 AND e.id = d.endpoint_id AND ev.id = d.event_id
       RETURNING ${CLAIMED_COLUMNS}`,
      [id, leaseSeconds],
    );
    return rows[0];
  }

  /**
   * Records a 2xx and ends the endpoint's failing streak. A streak of RECOVERY_STREAK or more was an
   * outage: the endpoint's deliveries waiting out their backoff become due now, so a recovered
   * receiver drains within minutes instead of at each delivery's next retry (up to an hour away).
   * The worker's per-endpoint limit still paces them. A shorter streak (one event the receiver
   * rejects among others it takes) brings nothing forward, so that event is not retried at every success.
   */
  async recordSuccess(claim: Pick<ClaimedDelivery, 'id' | 'leaseToken'>, outcome: AttemptOutcome): Promise<void> {
    await this.dataSource.query(
      `WITH done AS (
         UPDATE webhook_delivery SET status = 'succeeded', attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, now()),
           last_attempt_at = now(), leased_until = NULL, response_status = $2, response_body = $3, error = $4
         WHERE id = $1 AND status = 'pending' AND leased_until = $5::timestamptz RETURNING endpoint_id
       ), streak AS MATERIALIZED (
         SELECT e.id, e.failing_since FROM webhook_endpoint e JOIN done ON e.id = done.endpoint_id WHERE e.failing_since IS NOT NULL
       ), ended AS (
         UPDATE webhook_endpoint e SET failing_since = NULL FROM streak WHERE e.id = streak.id
       )
       UPDATE webhook_delivery d SET next_attempt_at = now()
       FROM streak
       WHERE d.endpoint_id = streak.id AND streak.failing_since < now() - ${RECOVERY_STREAK}
         AND d.status = 'pending' AND d.next_attempt_at > now() AND d.id <> $1`,
      [claim.id, outcome.status, outcome.body, outcome.error, claim.leaseToken],
    );
  }

  /**
   * Records a failed attempt: retried after `retryInSeconds`, or failed for good when the retry
   * window since its first attempt has passed. Starts the endpoint's failing streak if none runs.
   */
  async recordFailure(claim: Pick<ClaimedDelivery, 'id' | 'leaseToken'>, outcome: AttemptOutcome, retryInSeconds: number): Promise<FailingEndpoint | null> {
    const [rows]: [FailingEndpoint[], number] = await this.dataSource.query(
      `WITH done AS (
         UPDATE webhook_delivery SET attempts = attempts + 1, first_attempt_at = coalesce(first_attempt_at, now()),
           last_attempt_at = now(), leased_until = NULL, response_status = $2, response_body = $3, error = $4,
           status = CASE WHEN coalesce(first_attempt_at, now()) <= now() - ${RETRY_WINDOW} THEN 'failed' ELSE 'pending' END,
           next_attempt_at = now() + make_interval(secs => $5)
         WHERE id = $1 AND status = 'pending' AND leased_until = $6::timestamptz RETURNING endpoint_id
       )
       UPDATE webhook_endpoint e SET failing_since = coalesce(e.failing_since, now()) FROM done WHERE e.id = done.endpoint_id
       RETURNING e.id, e.failing_since AS "failingSince", e.is_active AS "isActive"`,
      [claim.id, outcome.status, outcome.body, outcome.error, retryInSeconds, claim.leaseToken],
    );
    return rows[0] ?? null;
  }

  /**
   * Turns off an endpoint still active, failing its pending deliveries (no worker attempts them
   * while it is off; an admin can redeliver them once it works). Returns false when it already was
   * off (another worker disabled it first, so exactly one of them tells the admins).
   */
  async disableEndpoint(id: string, reason: string): Promise<boolean> {
    // A SELECT answers its rows (an UPDATE would answer [rows, count]).
    const rows: unknown[] = await this.dataSource.query(
      `WITH off AS (
         UPDATE webhook_endpoint SET is_active = false, disabled_at = now(), disabled_reason = $2, updated_at = now()
         WHERE id = $1 AND is_active RETURNING id
       ), failed AS (
         UPDATE webhook_delivery d SET status = 'failed', leased_until = NULL, error = coalesce(d.error, $3)
         FROM off WHERE d.endpoint_id = off.id AND d.status = 'pending'
       )
       SELECT id FROM off`,
      [id, reason, DISABLED_ERROR],
    );
    return rows.length > 0;
  }

  /**
   * Fails the pending deliveries of switched-off endpoints (no worker attempts them) once the retry
   * window has passed since their first attempt, or since they were written when never attempted;
   * returns how many.
   */
  async failStaleOfInactive(): Promise<number> {
    const [, changed]: [unknown, number] = await this.dataSource.query(
      `UPDATE webhook_delivery d SET status = 'failed', error = coalesce(d.error, $1)
       FROM webhook_endpoint e
       WHERE e.id = d.endpoint_id AND NOT e.is_active AND d.status = 'pending'
         AND (d.leased_until IS NULL OR d.leased_until < now())
         AND coalesce(d.first_attempt_at, d.created_at) <= now() - ${RETRY_WINDOW}`,
      [INACTIVE_ERROR],
    );
    return changed;
  }

  /** An endpoint's deliveries, newest first. */
  async listForEndpoint(endpointId: string, status: WebhookDeliveryStatus | undefined, limit: number, offset: number): Promise<{ rows: DeliveryRow[]; total: number }> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d JOIN webhook_event ev ON ev.id = d.event_id
       WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2)
       ORDER BY d.created_at DESC, d.id DESC LIMIT $3 OFFSET $4`,
      [endpointId, status ?? null, limit, offset],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM webhook_delivery d WHERE d.endpoint_id = $1 AND ($2::text IS NULL OR d.status = $2)`,
      [endpointId, status ?? null],
    );
    return { rows, total };
  }

  async findOne(id: string): Promise<DeliveryRow | null> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_delivery d JOIN webhook_event ev ON ev.id = d.event_id WHERE d.id = $1`,
      [id],
    );
    return rows[0] ?? null;
  }

  /**
   * Deletes up to `batch` events older than `days` (their deliveries go with them), keeping any
   * still pending (an old event redelivered); returns how many.
   */
  async pruneEvents(days: number, batch: number): Promise<number> {
    const [, deleted]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM webhook_event WHERE id IN (
         SELECT ev.id FROM webhook_event ev
         WHERE ev.created_at < now() - make_interval(days => $1)
           AND NOT EXISTS (SELECT 1 FROM webhook_delivery d WHERE d.event_id = ev.id AND d.status = 'pending')
         ORDER BY ev.created_at LIMIT $2)`,
      [days, batch],
    );
    return deleted;
  }
}
