import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailsModule } from '../emails/emails.module';
import { UsersModule } from '../users/users.module';
import { WebhookEndpoint } from './entities/webhook-endpoint.entity';
import { WebhookDeliveriesRepository } from './webhook-deliveries.repository';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookEndpointsController } from './webhook-endpoints.controller';
import { WebhookEndpointsService } from './webhook-endpoints.service';
import { WebhookEventsRepository } from './webhook-events.repository';
import { WebhookEventsService } from './webhook-events.service';

/**
 * Outgoing webhooks (issue #16): endpoints, the delivery log, signing and delivery. Global: every
 * module that changes data publishes its events with WebhookEventsService.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpoint]), UsersModule, EmailsModule],
  controllers: [WebhookEndpointsController],
  providers: [WebhookEventsRepository, WebhookEventsService, WebhookDeliveriesRepository, WebhookDeliveryService, WebhookEndpointsService],
  exports: [WebhookEventsService, WebhookDeliveriesRepository, WebhookDeliveryService, WebhookEndpointsService],
})
export class WebhooksModule {}
