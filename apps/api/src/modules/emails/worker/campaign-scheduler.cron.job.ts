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

  /**
   * As a worker starts — after a deploy or a crash — and whenever a campaign had emails of a dead
   * process, the campaign's jobs are taken over under fresh ids: a killed worker's jobs would
   * otherwise block their ids until Bull's stalled-job check (see CampaignDispatcher.takeOver).
   */
  async tick(atStart: boolean): Promise<void> {
    const orphaned = await this.logs.resolveOrphans();
    if (orphaned.length) this.logger.warn(`Resolved interrupted sends of campaigns ${orphaned.join(', ')} as failed (at-most-once)`);
    const started = await this.campaigns.startDueScheduled();
    if (started.length) this.logger.log(`Started scheduled campaigns ${started.join(', ')}`);
    for (const campaign of await this.campaigns.sendingCampaigns()) {
      if (campaign.expanded && (await this.campaignService.completeIfDone(campaign.id))) continue;
      if (atStart || orphaned.includes(campaign.id)) await this.dispatcher.takeOver(campaign.id, campaign.expanded);
      else await this.dispatcher.start(campaign.id, campaign.expanded);
    }
  }
}
