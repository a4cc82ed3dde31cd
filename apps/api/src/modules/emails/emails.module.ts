import { BullModule } from '@nestjs/bull';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { QueueName } from '../../queue/queue-names';
import { ConsentModule } from '../consent/consent.module';
import { ContactsModule } from '../contacts/contacts.module';
import { SegmentsModule } from '../segments/segments.module';
import { CampaignAudiences } from './campaigns/campaign-audiences.service';
import { CampaignDispatcher } from './campaigns/campaign-dispatcher.service';
import { CampaignsController } from './campaigns/campaigns.controller';
import { CampaignsRepository } from './campaigns/campaigns.repository';
import { CampaignsService } from './campaigns/campaigns.service';
import { EmailLogEventsService } from './sending/email-log-events.service';
import { ContactEmailsController } from './campaigns/contact-emails.controller';
import { CampaignLink } from './entities/campaign-link.entity';
import { Campaign } from './entities/campaign.entity';
import { EmailLog } from './entities/email-log.entity';
import { EmailTemplate } from './entities/email-template.entity';
import { Suppression } from './entities/suppression.entity';
import { RecipientsRepository } from './recipients.repository';
import { EmailComposerService } from './rendering/email-composer.service';
import { EmailLogsRepository } from './sending/email-logs.repository';
import { EmailSendingService } from './sending/email-sending.service';
import { MailTransportService } from './sending/mail-transport.service';
import { SenderLivenessRepository } from './sending/sender-liveness.repository';
import { SenderLivenessService } from './sending/sender-liveness.service';
import { TransactionalEmailService } from './sending/transactional-email.service';
import { EmailSettingsController } from './settings/email-settings.controller';
import { EmailSettingsService } from './settings/email-settings.service';
import { SuppressionsController } from './suppressions/suppressions.controller';
import { SuppressionsRepository } from './suppressions/suppressions.repository';
import { SuppressionsService } from './suppressions/suppressions.service';
import { TemplatesController } from './templates/templates.controller';
import { TemplatesService } from './templates/templates.service';
import { CampaignLinksRepository } from './tracking/campaign-links.repository';
import { LinkRegistryService } from './tracking/link-registry.service';
import { TrackingRateLimiter } from './tracking/tracking-rate-limiter';
import { TrackingController } from './tracking/tracking.controller';
import { TrackingUrlsService } from './tracking/tracking-urls.service';
import { TrackingRepository } from './tracking/tracking.repository';
import { TrackingService } from './tracking/tracking.service';
import { UnsubscribeController } from './tracking/unsubscribe.controller';
import { PreferencesController } from './tracking/preferences.controller';
import { PreferencesService } from './tracking/preferences.service';
import { SendgridWebhookService } from './webhooks/sendgrid-webhook.service';
import { WebhooksController } from './webhooks/webhooks.controller';

/**
 * Templates, campaigns, email logs, tracking, unsubscribe, suppressions. Loaded in every role;
 * the Bull processors and the scheduler live in EmailsWorkerModule (worker role only).
 * Exports EmailSendingService: the single-send path for workflows; TransactionalEmailService: account emails.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([EmailTemplate, Campaign, EmailLog, CampaignLink, Suppression]),
    BullModule.registerQueue({ name: QueueName.Campaigns }, { name: QueueName.EmailSend }),
    ContactsModule,
    SegmentsModule,
    ConsentModule,
  ],
  controllers: [
    TemplatesController,
    CampaignsController,
    ContactEmailsController,
    SuppressionsController,
    EmailSettingsController,
    TrackingController,
    UnsubscribeController,
    PreferencesController,
    WebhooksController,
  ],
  providers: [
    EmailSettingsService,
    TrackingUrlsService,
    CampaignLinksRepository,
    LinkRegistryService,
    EmailComposerService,
    MailTransportService,
    SenderLivenessRepository,
    SenderLivenessService,
    EmailLogsRepository,
    EmailSendingService,
    TransactionalEmailService,
    RecipientsRepository,
    TemplatesService,
    CampaignsRepository,
    CampaignAudiences,
    CampaignDispatcher,
    CampaignsService,
    EmailLogEventsService,
    SuppressionsRepository,
    SuppressionsService,
    TrackingRepository,
    TrackingService,
    PreferencesService,
    TrackingRateLimiter,
    SendgridWebhookService,
  ],
  exports: [EmailSendingService, TransactionalEmailService, EmailSettingsService, EmailLogsRepository, CampaignsRepository, CampaignsService, CampaignAudiences, CampaignDispatcher, TemplatesService, SuppressionsService],
})
export class EmailsModule {}
