import { Module } from '@nestjs/common';
import { WebhookDeliveryWorker } from './webhook-delivery.worker';
import { WebhookRetentionCronJob } from './webhook-retention.cron.job';

/** The delivery loop and the retention sweep: loaded only when ROLE is worker or all (WebhooksModule is global). */
@Module({
  providers: [WebhookDeliveryWorker, WebhookRetentionCronJob],
})
export class WebhooksWorkerModule {}
