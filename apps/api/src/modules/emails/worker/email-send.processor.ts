import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QueueName } from '../../../queue/queue-names';
import { CampaignJobData, SEND_JOB } from '../campaigns/campaign-dispatcher.service';
import { CampaignSenderService } from './campaign-sender.service';

@Processor(QueueName.EmailSend)
export class EmailSendProcessor {
  constructor(private readonly sender: CampaignSenderService) {}

  /** Several campaigns (or shards of one) at a time per worker. */
  @Process({ name: SEND_JOB, concurrency: 4 })
  async send(job: Job<CampaignJobData>): Promise<void> {
    await this.sender.run(job.data.campaignId);
  }
}
