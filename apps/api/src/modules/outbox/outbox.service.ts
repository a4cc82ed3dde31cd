import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'crypto';
import { EntityManager } from 'typeorm';
import { PendingDomainEvent } from '../../common/events';
import { OutboxRepository, OutboxRow } from './outbox.repository';

/** Events recorded in a transaction, to hand to `deliver` once it has committed. */
export type RecordedEvents = readonly OutboxRow[];

/**
 * Durable domain events. A module records the events of a change with `record`, inside the
 * change's transaction, and calls `deliver` after commit: the fast path, in the process that made
 * the change. A row whose delivery did not happen or failed (crash after commit, a listener that
 * threw) stays undispatched and OutboxSweeper delivers it later, so no event is lost.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly repository: OutboxRepository,
    private readonly events: EventEmitter2,
  ) {}

  async record(manager: EntityManager, events: PendingDomainEvent[]): Promise<RecordedEvents> {
    const rows = events.map((event) => ({ id: randomUUID(), name: event.name, payload: event.payload as unknown as Record<string, unknown> }));
    await this.repository.insert(manager, rows);
    return rows;
  }

  /**
   * Runs every listener of each event and marks dispatched those whose listeners all succeeded.
   * Never throws: what failed is left to the sweep. `manager`: the sweep's transaction, which
   * holds the rows' locks.
   */
  async deliver(rows: RecordedEvents, manager?: EntityManager): Promise<{ id: string; error: string }[]> {
    if (!rows.length) return [];
    const outcomes = await Promise.allSettled(rows.map((row) => this.events.emitAsync(row.name, { ...row.payload, eventId: row.id })));
    const failures = outcomes.flatMap((outcome, i) =>
      outcome.status === 'rejected' ? [{ id: rows[i].id, error: (outcome.reason as Error)?.message ?? String(outcome.reason) }] : [],
    );
    const failed = new Set(failures.map((f) => f.id));
    try {
      await this.repository.markDispatched(
        rows.filter((row) => !failed.has(row.id)).map((row) => row.id),
        manager,
      );
    } catch (error) {
      // Delivered but not acknowledged: the sweep delivers them again, which listeners tolerate (see Delivered).
      this.logger.error(`Could not mark ${rows.length - failed.size} event(s) dispatched: ${(error as Error).message}`);
    }
    for (const f of failures) this.logger.warn(`Event ${f.id} not delivered, left for the outbox sweep: ${f.error}`);
    return failures;
  }
}
