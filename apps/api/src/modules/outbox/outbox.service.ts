import { Injectable, Logger } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { randomUUID } from 'crypto';
import { EntityManager } from 'typeorm';
import { PendingDomainEvent } from '../../common/events';
import { OutboxRepository, OutboxRow } from './outbox.repository';

/** The events a transaction recorded (null when it produced none), to hand to `deliver` once it has committed. */
export type RecordedEvents = OutboxRow | null;

/**
 * Durable domain events. A module records the events of a change with `record`, inside the
 * change's transaction, and calls `deliver` after commit: the fast path, in the process that made
 * the change. Events whose delivery did not happen or failed (crash after commit, a listener that
 * threw) stay undispatched and OutboxSweeper delivers them later, so none is lost.
 */
@Injectable()
export class OutboxService {
  private readonly logger = new Logger(OutboxService.name);

  constructor(
    private readonly repository: OutboxRepository,
    private readonly events: EventEmitter2,
  ) {}

  /** One INSERT however many events (an import batch records thousands). */
  async record(manager: EntityManager, events: PendingDomainEvent[]): Promise<RecordedEvents> {
    if (!events.length) return null;
    const row: OutboxRow = {
      id: randomUUID(),
      events: events.map((event) => ({ id: randomUUID(), name: event.name, payload: event.payload as unknown as Record<string, unknown> })),
    };
    await this.repository.insert(manager, row);
    return row;
  }

  /**
   * Runs every listener of every event of the row, and marks the row dispatched when they all
   * succeeded. Never throws; returns the first failure (left to the sweep), or null. `manager`:
   * the sweep's transaction, which holds the row's lock.
   */
  async deliver(row: RecordedEvents, manager?: EntityManager): Promise<string | null> {
    if (!row) return null;
    const outcomes = await Promise.allSettled(row.events.map((event) => this.events.emitAsync(event.name, { ...event.payload, eventId: event.id })));
    const failed = outcomes.filter((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
    if (failed.length) {
      const error = (failed[0].reason as Error)?.message ?? String(failed[0].reason);
      this.logger.warn(`${failed.length} of ${row.events.length} event(s) of outbox row ${row.id} not delivered, left for the sweep: ${error}`);
      return error;
    }
    try {
      await this.repository.markDispatched([row.id], manager);
    } catch (error) {
      // Delivered but not acknowledged: the sweep delivers them again, which listeners tolerate (see Delivered).
      this.logger.error(`Could not mark outbox row ${row.id} dispatched: ${(error as Error).message}`);
    }
    return null;
  }
}
