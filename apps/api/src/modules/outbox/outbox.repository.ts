import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DomainEventName } from '../../common/events';

/** One domain event in the outbox; `id` is the `eventId` its listeners receive. */
export interface OutboxEvent {
  id: string;
  name: DomainEventName;
  payload: Record<string, unknown>;
}

/** One row of `outbox_event`: the events one transaction produced. */
export interface OutboxRow {
  id: string;
  events: OutboxEvent[];
}

/** The SQL of `outbox_event`, where the events of committed changes wait for (or are done with) delivery. */
@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** `manager`: the change's transaction. */
  async insert(manager: EntityManager, row: OutboxRow): Promise<void> {
    await manager.query(`INSERT INTO outbox_event (id, events) VALUES ($1, $2)`, [row.id, JSON.stringify(row.events)]);
  }

  async markDispatched(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    if (!ids.length) return;
    await manager.query(`UPDATE outbox_event SET dispatched_at = now() WHERE id = ANY($1::uuid[]) AND dispatched_at IS NULL`, [ids]);
  }

  /**
   * Undispatched rows older than `graceSeconds` (younger ones are still with their fast path),
   * oldest first, locked for this transaction; rows another sweeper holds are skipped, not waited for.
   */
  claimPending(manager: EntityManager, graceSeconds: number, maxAttempts: number, limit: number): Promise<OutboxRow[]> {
    return manager.query(
      `SELECT id, events FROM outbox_event
       WHERE dispatched_at IS NULL AND created_at < now() - make_interval(secs => $1) AND attempts < $2
       ORDER BY created_at
       LIMIT $3
       FOR UPDATE SKIP LOCKED`,
      [graceSeconds, maxAttempts, limit],
    );
  }

  async recordFailures(manager: EntityManager, failures: { id: string; error: string }[]): Promise<void> {
    if (!failures.length) return;
    await manager.query(
      `UPDATE outbox_event AS o SET attempts = o.attempts + 1, last_error = f.error
       FROM unnest($1::uuid[], $2::text[]) AS f(id, error) WHERE o.id = f.id`,
      [failures.map((f) => f.id), failures.map((f) => f.error)],
    );
  }

  /** Deletes delivered rows, and those given up on, older than `days`; returns how many. */
  async prune(manager: EntityManager, days: number, maxAttempts: number): Promise<number> {
    const [, deleted]: [unknown, number] = await manager.query(
      `DELETE FROM outbox_event
       WHERE (dispatched_at < now() - make_interval(days => $1))
          OR (dispatched_at IS NULL AND attempts >= $2 AND created_at < now() - make_interval(days => $1))`,
      [days, maxAttempts],
    );
    return deleted;
  }
}
