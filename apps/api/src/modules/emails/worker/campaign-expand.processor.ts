import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { DataSource } from 'typeorm';
import { QueueName } from '../../../queue/queue-names';
import { SegmentFilter } from '../entities/campaign.entity';
import { CampaignDispatcher, CampaignJobData, EXPAND_JOB } from '../campaigns/campaign-dispatcher.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';

/**
 * Expands a campaign's audience into pending email logs, batch by batch from a stored cursor, so a
 * retried or re-enqueued job continues where the last one stopped and never adds a contact twice.
 */
@Processor(QueueName.Campaigns)
export class CampaignExpandProcessor {
  private readonly logger = new Logger(CampaignExpandProcessor.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly campaigns: CampaignsRepository,
    private readonly dispatcher: CampaignDispatcher,
  ) {}

  /**
   * A bulk insert leaves the planner believing a campaign has almost no pending emails; it would
   * then sort all of them for every claim instead of walking the due index (seen: O(n²) at 20k).
   */
  private async refreshPlannerStatistics(): Promise<void> {
    await this.dataSource.query('ANALYZE email_log');
  }

  @Process({ name: EXPAND_JOB, concurrency: 2 })
  async expand(job: Job<CampaignJobData>): Promise<void> {
    const { campaignId } = job.data;
    const [row]: { segment_filter: SegmentFilter }[] = await this.dataSource.query('SELECT segment_filter FROM campaign WHERE id = $1', [campaignId]);
    if (!row) return;
    let total = 0;
    let sendersStarted = false;
    for (;;) {
      const { more, inserted } = await this.campaigns.expandBatch(campaignId, row.segment_filter);
      total += inserted;
      // Sending starts with the first batch instead of waiting for the whole audience.
      if (!sendersStarted && inserted > 0) {
        await this.refreshPlannerStatistics();
        await this.dispatcher.send(campaignId);
        sendersStarted = true;
      }
      if (!more) break;
    }
    if (total > 0) await this.refreshPlannerStatistics();
    this.logger.log(`Campaign ${campaignId}: ${total} recipients added`);
    if (!(await this.campaigns.completeIfDone(campaignId))) await this.dispatcher.send(campaignId);
  }
}
