import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { DataSource } from 'typeorm';
import { QueueName } from '../../../queue/queue-names';
import { CampaignDispatcher, CampaignJobData, EXPAND_JOB } from '../campaigns/campaign-dispatcher.service';
import { CampaignAudiences } from '../campaigns/campaign-audiences.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { Campaign } from '../entities/campaign.entity';

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
    private readonly audiences: CampaignAudiences,
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
    const campaign = await this.dataSource.getRepository(Campaign).findOneBy({ id: campaignId });
    if (!campaign) return;
    // Compiled once per job: a job resumed after a crash takes the segments as they are then.
    const audience = await this.audiences.of(campaign);
    let total = 0;
    let skipped = 0;
    let sendersStarted = false;
    for (;;) {
      const batch = await this.campaigns.expandBatch(campaignId, audience);
      const { more, inserted } = batch;
      total += inserted;
      skipped += batch.skipped;
      // Sending starts with the first batch instead of waiting for the whole audience.
      if (!sendersStarted && inserted > 0) {
        await this.refreshPlannerStatistics();
        await this.dispatcher.send(campaignId);
        sendersStarted = true;
      }
      if (!more) break;
    }
    if (total > 0) await this.refreshPlannerStatistics();
    this.logger.log(`Campaign ${campaignId}: ${total} recipients added, ${skipped} skipped`);
    if (!(await this.campaigns.completeIfDone(campaignId))) await this.dispatcher.send(campaignId);
  }
}
