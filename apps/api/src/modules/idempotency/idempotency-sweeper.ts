import { Injectable, Logger } from '@nestjs/common';
import { AdvisoryLock } from '../../common/locks';
import { Periodic, PeriodicJob } from '../../common/periodic';
import { IDEMPOTENCY_TTL_HOURS, IdempotencyRepository } from './idempotency.repository';

/** Rows per DELETE: a day of heavy API traffic is swept without one long statement. */
const BATCH = 5000;
const MAX_BATCHES_PER_TICK = 100;

/**
 * Every SCHEDULER_INTERVAL_SECONDS (one worker at a time): deletes the Idempotency-Key answers
 * older than the TTL. A key past its TTL and not yet swept is already free to reuse (see
 * IdempotencyRepository.claim); the sweep only keeps the table small. It deletes directly instead
 * of enqueueing: a few indexed DELETEs are less work than a job.
 */
@Injectable()
@Periodic({ name: 'idempotency-sweeper', lock: AdvisoryLock.IdempotencySweeper })
export class IdempotencySweeper implements PeriodicJob {
  private readonly logger = new Logger(IdempotencySweeper.name);

  constructor(private readonly repository: IdempotencyRepository) {}

  async tick(): Promise<void> {
    let deleted = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const count = await this.repository.deleteExpired(BATCH);
      deleted += count;
      if (count < BATCH) break;
    }
    if (deleted) this.logger.log(`Deleted ${deleted} Idempotency-Key answer(s) older than ${IDEMPOTENCY_TTL_HOURS} hours`);
  }
}
