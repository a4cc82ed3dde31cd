import { Injectable, Logger } from '@nestjs/common';
import { AdvisoryLock } from '../../common/locks';
import { Periodic, PeriodicJob } from '../../common/periodic';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WEBHOOK_RETENTION_DAYS } from './webhook-rules';

/** Rows per DELETE, so a first cleanup after a long time does not hold one huge transaction. */
const BATCH = 5000;
const MAX_BATCHES_PER_TICK = 20;

/**
 * Deletes webhook events and deliveries older than 30 days, and fails the pending deliveries of
 * endpoints switched off for longer than the retry window (one worker at a time, every SCHEDULER_INTERVAL_SECONDS).
 */
@Injectable()
@Periodic({ name: 'webhook-retention', lock: AdvisoryLock.WebhookRetention })
export class WebhookRetentionCronJob implements PeriodicJob {
  private readonly logger = new Logger(WebhookRetentionCronJob.name);

  constructor(private readonly repository: WebhookDeliveriesRepository) {}

  async tick(): Promise<void> {
    const failed = await this.repository.failStaleOfInactive();
    if (failed) this.logger.log(`Failed ${failed} webhook delivery(ies) of switched-off endpoints, pending for over 24 hours`);
    let pruned = 0;
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const deleted = await this.repository.pruneEvents(WEBHOOK_RETENTION_DAYS, BATCH);
      pruned += deleted;
      if (deleted < BATCH) break;
    }
    if (pruned) this.logger.log(`Pruned ${pruned} webhook event(s) older than ${WEBHOOK_RETENTION_DAYS} days`);
  }
}
