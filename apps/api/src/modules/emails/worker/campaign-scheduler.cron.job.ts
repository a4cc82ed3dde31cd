import { Injectable, Logger } from '@nestjs/common';
import { AdvisoryLock } from '../../../common/locks';
import { Periodic, PeriodicJob } from '../../../common/periodic';
import { CampaignDispatcher } from '../campaigns/campaign-dispatcher.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { CampaignsService } from '../campaigns/campaigns.service';
import { EmailLogsRepository } from '../sending/email-logs.repository';

/**
 * Resolves emails orphaned by dead processes, starts scheduled campaigns whose time has come, and
 * re-enqueues the work of every sending campaign — which is what makes a flushed Redis or a killed
 * worker lose nothing. The tick only enqueues.
 */
@Injectable()
@Periodic({ name: 'campaign-scheduler', lock: AdvisoryLock.CampaignScheduler })
export class CampaignSchedulerCronJob implements PeriodicJob {
  private readonly logger = new Logger(CampaignSchedulerCronJob.name);

  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly logs: EmailLogsRepository,
    private readonly dispatcher: CampaignDispatcher,
    private readonly campaignService: CampaignsService,
  ) {}

  async tick(): Promise<void> {
    const orphaned = await this.logs.resolveOrphans();
    if (orphaned.length) this.logger.warn(`Resolved interrupted sends of campaigns ${orphaned.join(', ')} as failed (at-most-once)`);
    const started = await this.campaigns.startDueScheduled();
    if (started.length) this.logger.log(`Started scheduled campaigns ${started.join(', ')}`);
    for (const campaign of await this.campaigns.sendingCampaigns()) {
      if (campaign.expanded && (await this.campaignService.completeIfDone(campaign.id))) continue;
      await this.dispatcher.start(campaign.id, campaign.expanded);
    }
  }
}
