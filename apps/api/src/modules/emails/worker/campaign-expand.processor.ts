import { Process, Processor } from '@nestjs/bull';
import { Logger } from '@nestjs/common';
import type { Job } from 'bull';
import { QueueName } from '../../../queue/queue-names';
import { CampaignDispatcher, CampaignJobData, EXPAND_JOB } from '../campaigns/campaign-dispatcher.service';
import { CampaignAudiences } from '../campaigns/campaign-audiences.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { CampaignsService } from '../campaigns/campaigns.service';
import { EmailLogsRepository } from '../sending/email-logs.repository';

/**
 * Expands a campaign's audience into pending email logs, batch by batch from a stored cursor, so a
 * retried or re-enqueued job continues where the last one stopped and never adds a contact twice.
 */
@Processor(QueueName.Campaigns)
export class CampaignExpandProcessor {
  private readonly logger = new Logger(CampaignExpandProcessor.name);

  constructor(
    private readonly logs: EmailLogsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly dispatcher: CampaignDispatcher,
    private readonly audiences: CampaignAudiences,
    private readonly campaignService: CampaignsService,
  ) {}

  @Process({ name: EXPAND_JOB, concurrency: 2 })
  async expand(job: Job<CampaignJobData>): Promise<void> {
    const { campaignId } = job.data;
    const campaign = await this.campaigns.findAudienceSource(campaignId);
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
        await this.logs.refreshPlannerStatistics();
        await this.dispatcher.send(campaignId);
        sendersStarted = true;
      }
      if (!more) break;
    }
    if (total > 0) await this.logs.refreshPlannerStatistics();
    this.logger.log(`Campaign ${campaignId}: ${total} recipients added, ${skipped} skipped`);
    if (!(await this.campaignService.completeIfDone(campaignId))) await this.dispatcher.send(campaignId);
  }
}
