import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AdvisoryLock } from '../../common/locks';
import { Periodic, PeriodicJob } from '../../common/periodic';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';

/** An event younger than this is left to the fast path of the process that recorded it. */
const OUTBOX_GRACE_SECONDS = 30;
/** Delivered events are kept this long, for inspection, then deleted. */
const OUTBOX_RETENTION_DAYS = 7;
/** A listener that failed this many sweeps in a row is given up on (and logged), not retried every interval forever. */
const MAX_ATTEMPTS = 10;
/** Rows per transaction; a row holds a transaction's events, up to an import batch's thousands. */
const BATCH = 20;
/** Enough for an import's worth of rows after a crash without an endless tick. */
const MAX_BATCHES_PER_TICK = 50;

/**
 * Every SCHEDULER_INTERVAL_SECONDS (common/periodic.ts, one worker at a time): delivers the outbox
 * events whose fast path did not happen (the process died between commit and delivery, or a
 * listener failed), and prunes old ones. Unlike the other periodic jobs it runs the listeners
 * itself instead of enqueueing: they are the same in-process deliveries as the fast path, and a row
 * stays locked only while its own listeners run (one transaction per batch of 20 rows).
 */
@Injectable()
@Periodic({ name: 'outbox-sweeper', lock: AdvisoryLock.OutboxSweeper })
export class OutboxSweeper implements PeriodicJob {
  private readonly logger = new Logger(OutboxSweeper.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: OutboxRepository,
    private readonly outbox: OutboxService,
  ) {}

  async tick(): Promise<void> {
    let delivered = 0;
    try {
      for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
        // One transaction per batch: the claimed rows stay locked only while their listeners run.
        const result = await this.dataSource.transaction(async (manager) => {
          if (batch === 0) {
            const pruned = await this.repository.prune(manager, OUTBOX_RETENTION_DAYS, MAX_ATTEMPTS);
            if (pruned) this.logger.log(`Pruned ${pruned} outbox row(s) older than ${OUTBOX_RETENTION_DAYS} days`);
          }
          const rows = await this.repository.claimPending(manager, OUTBOX_GRACE_SECONDS, MAX_ATTEMPTS, BATCH);
          const failures: { id: string; error: string }[] = [];
          for (const row of rows) {
            const error = await this.outbox.deliver(row, manager);
            if (error) failures.push({ id: row.id, error });
          }
          await this.repository.recordFailures(manager, failures);
          return { claimed: rows.length, delivered: rows.length - failures.length };
        });
        delivered += result.delivered;
        // A failed event would be claimed again at once: it waits for the next tick.
        if (result.claimed < BATCH || result.delivered < result.claimed) break;
      }
      if (delivered) this.logger.log(`Delivered ${delivered} outbox row(s) that missed their fast path`);
    } catch (error) {
      this.logger.error(`Outbox sweep failed: ${(error as Error).message}`);
    }
  }
}
