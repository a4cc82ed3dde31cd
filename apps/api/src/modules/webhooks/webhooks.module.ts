import { Global, Module } from '@nestjs/common';
import { WebhookEventsRepository } from './webhook-events.repository';
import { WebhookEventsService } from './webhook-events.service';

/** Outgoing webhooks (issue #16). Global: every module that changes data publishes its events here. */
@Global()
@Module({
  providers: [WebhookEventsRepository, WebhookEventsService],
  exports: [WebhookEventsService],
})
export class WebhooksModule {}
