import { Injectable, Logger } from '@nestjs/common';
import { ShutdownCoordinator } from '../../../common/shutdown';
import { CampaignDispatcher } from '../campaigns/campaign-dispatcher.service';
import { CampaignsRepository } from '../campaigns/campaigns.repository';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ClaimedEmail, EmailLogsRepository, ORPHANED_SEND_MESSAGE } from '../sending/email-logs.repository';
import { EmailSendingService, PreparedTemplate } from '../sending/email-sending.service';
import { MAX_IN_FLIGHT } from '../sending/mail-transport.service';

/** Concurrent sends of one job: one per pooled SMTP connection (SendSlots caps the process). */
const LANES = MAX_IN_FLIGHT;
/** How long a lane waits for the expansion job to add more emails before looking again. */
const EXPANSION_POLL_MS = 250;

/**
 * One send job: claims a campaign's due emails one at a time and sends them in a few parallel
 * lanes until none is left, the campaign is paused or cancelled, or the SMTP server is down.
 * Safe to run in any number of jobs and workers at once: every email is claimed by a conditional
 * update, so each is sent by exactly one of them.
 */
@Injectable()
export class CampaignSenderService {
  private readonly logger = new Logger(CampaignSenderService.name);

  constructor(
    private readonly campaigns: CampaignsRepository,
    private readonly logs: EmailLogsRepository,
    private readonly sending: EmailSendingService,
    private readonly dispatcher: CampaignDispatcher,
    private readonly campaignService: CampaignsService,
    private readonly shutdown: ShutdownCoordinator,
  ) {}

  async run(campaignId: string): Promise<void> {
    const campaign = await this.campaigns.findSendState(campaignId);
    if (!campaign || campaign.status !== 'sending') return;
    if (!campaign.templateSnapshot) {
      this.logger.error(`Campaign ${campaignId} is sending without a template snapshot; nothing sent`);
      return;
    }
    const prepared = this.sending.prepare(`campaign:${campaignId}:${campaign.startedAt?.getTime()}`, campaign.templateSnapshot, {
      opens: campaign.trackOpens,
      clicks: campaign.trackClicks,
    });
    let stop = false;
    let failure: unknown;

    // One email: a slot, a claim, the hand-off and its record, tracked so that a shutdown waits for
    // it; once the process is stopping, no lane claims again (the rest stays pending for the next worker).
    const sendOne = () =>
      this.shutdown.track(async (): Promise<ClaimedEmail | null> => {
        const release = await this.sending.acquireSlot();
        try {
          if (this.shutdown.stopping) return null;
          // The key per claim, not per job: after a lost connection it is locked again, and a claim
          // under a key nobody holds would be an orphan for every other process at once.
          const claimed = await this.logs.claimNextForCampaign(campaignId, await this.sending.senderKey());
          // No SMTP reply at all (refused, dropped, timed out): the server is unreachable, so every
          // lane stops and a follow-up job tries again after the backoff.
          if (claimed && (await this.deliver(claimed, prepared)) === 'connection-lost') stop = true;
          return claimed;
        } finally {
          release();
        }
      });
    const lane = async (): Promise<void> => {
      while (!stop && !this.shutdown.stopping) {
        const claimed = await sendOne();
        if (claimed) continue;
        if (this.shutdown.stopping) return;
        const now = await this.campaigns.findSendState(campaignId);
        if (now?.status !== 'sending' || now.expanded) return;
        await new Promise((r) => setTimeout(r, EXPANSION_POLL_MS));
      }
    };
    await Promise.all(
      Array.from({ length: LANES }, () =>
        lane().catch((error) => {
          stop = true;
          failure ??= error;
        }),
      ),
    );
    // Bull retries the job with backoff; the scheduler re-enqueues it if the retries run out.
    if (failure) throw failure;
    // The next worker's first scheduler tick takes the campaign over (see CampaignSchedulerCronJob).
    if (this.shutdown.stopping) return;

    await this.logs.resolveOrphans();
    if (await this.campaignService.completeIfDone(campaignId)) {
      this.logger.log(`Campaign ${campaignId} sent`);
      return;
    }
    const retryAt = await this.campaigns.nextRetryAt(campaignId);
    if (retryAt && (await this.campaigns.findSendState(campaignId))?.status === 'sending') await this.dispatcher.sendAt(campaignId, retryAt);
  }

  private async deliver(claimed: ClaimedEmail, prepared: PreparedTemplate): Promise<'done' | 'connection-lost'> {
    try {
      const outcome = await this.sending.deliverClaimed(claimed, prepared);
      return outcome.kind === 'retry' && outcome.error.responseCode === undefined ? 'connection-lost' : 'done';
    } catch (error) {
      // Not an SMTP verdict (e.g. the database failed while recording it): whether the email left
      // is unknown, so it resolves like an interrupted hand-off rather than being sent again.
      this.logger.error(`Email ${claimed.id}: ${(error as Error).message}`);
      await this.logs.markFailed(claimed.id, `${ORPHANED_SEND_MESSAGE} (${(error as Error).message})`).catch(() => undefined);
      throw error;
    }
  }
}
