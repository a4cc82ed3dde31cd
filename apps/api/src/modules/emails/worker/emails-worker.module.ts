import { Module } from '@nestjs/common';
import { EmailsModule } from '../emails.module';
import { CampaignExpandProcessor } from './campaign-expand.processor';
import { CampaignSchedulerCronJob } from './campaign-scheduler.cron.job';
import { CampaignSenderService } from './campaign-sender.service';
import { EmailSendProcessor } from './email-send.processor';

/** Campaign processors and the campaign scheduler: loaded only when ROLE is worker or all. */
@Module({
  imports: [EmailsModule],
  providers: [CampaignSenderService, EmailSendProcessor, CampaignExpandProcessor, CampaignSchedulerCronJob],
})
export class EmailsWorkerModule {}
