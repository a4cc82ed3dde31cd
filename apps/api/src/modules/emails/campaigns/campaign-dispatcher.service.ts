import { InjectQueue } from '@nestjs/bull';
import { Injectable } from '@nestjs/common';
import type { JobOptions, Queue } from 'bull';
import { QueueName } from '../../../queue/queue-names';

/** Payload of the `expand` job (Campaigns queue) and of `send` jobs (EmailSend queue). */
export interface CampaignJobData {
  campaignId: string;
}

export const EXPAND_JOB = 'expand';
export const SEND_JOB = 'send';
/** Send jobs per campaign: more than one lets several workers share a big campaign. */
export const SEND_SHARDS = 2;

const COMMON: JobOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 5_000 },
  // Removed when done, so the same job id can be enqueued again later (jobId dedupes only live jobs).
  removeOnComplete: true,
  removeOnFail: true,
};

/**
 * Puts campaign work on Bull. Every job is keyed by campaign (and shard), so enqueueing twice —
 * from the API, the scheduler's re-enqueue and a job's own follow-up — runs it once. Bull is only
 * the doorbell: what to send is always read from email_log, so a lost job costs nothing but the
 * minute until the scheduler enqueues it again.
 */
@Injectable()
export class CampaignDispatcher {
  constructor(
    @InjectQueue(QueueName.Campaigns) private readonly campaigns: Queue<CampaignJobData>,
    @InjectQueue(QueueName.EmailSend) private readonly sends: Queue<CampaignJobData>,
  ) {}

  async expand(campaignId: string): Promise<void> {
    await this.campaigns.add(EXPAND_JOB, { campaignId }, { ...COMMON, jobId: `expand:${campaignId}` });
  }

  async send(campaignId: string): Promise<void> {
    await Promise.all(
      Array.from({ length: SEND_SHARDS }, (_, shard) =>
        this.sends.add(SEND_JOB, { campaignId }, { ...COMMON, jobId: `send:${campaignId}:${shard}` }),
      ),
    );
  }

  /** A follow-up for emails waiting for a retry after a transient SMTP error. */
  async sendAt(campaignId: string, at: Date): Promise<void> {
    const delay = Math.max(0, at.getTime() - Date.now());
    await this.sends.add(SEND_JOB, { campaignId }, { ...COMMON, jobId: `send-retry:${campaignId}:${Math.ceil(at.getTime() / 1000)}`, delay });
  }

  async start(campaignId: string, expanded: boolean): Promise<void> {
    if (!expanded) await this.expand(campaignId);
    await this.send(campaignId);
  }

  /**
   * Like `start`, under job ids of their own (`…:takeover:<time>`). A SIGKILLed worker's jobs still
   * look active to Bull, which ignores a job added under their ids until its stalled-job check has
   * freed them (a 30 s lock, two passes: 30–90 s). These run at once beside them; the dead ones,
   * once freed, find nothing left to do (every email is claimed by a conditional update).
   */
  async takeOver(campaignId: string, expanded: boolean): Promise<void> {
    const attempt = `takeover:${Date.now()}`;
    if (!expanded) await this.campaigns.add(EXPAND_JOB, { campaignId }, { ...COMMON, jobId: `expand:${campaignId}:${attempt}` });
    await Promise.all(
      Array.from({ length: SEND_SHARDS }, (_, shard) =>
        this.sends.add(SEND_JOB, { campaignId }, { ...COMMON, jobId: `send:${campaignId}:${shard}:${attempt}` }),
      ),
    );
  }
}
