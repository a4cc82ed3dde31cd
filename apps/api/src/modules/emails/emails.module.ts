import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContactsModule } from '../contacts/contacts.module';
import { CampaignLink } from './entities/campaign-link.entity';
import { Campaign } from './entities/campaign.entity';
import { EmailLog } from './entities/email-log.entity';
import { EmailTemplate } from './entities/email-template.entity';
import { Suppression } from './entities/suppression.entity';
import { EmailComposerService } from './rendering/email-composer.service';
import { EmailLogsRepository } from './sending/email-logs.repository';
import { EmailSendingService } from './sending/email-sending.service';
import { MailTransportService } from './sending/mail-transport.service';
import { SenderLivenessService } from './sending/sender-liveness.service';
import { EmailSettingsService } from './settings/email-settings.service';
import { LinkRegistryService } from './tracking/link-registry.service';
import { TrackingUrlsService } from './tracking/tracking-urls.service';

/**
 * Templates, campaigns, email logs, tracking, unsubscribe, suppressions. Loaded in every role;
 * the Bull processors and the scheduler live in EmailsWorkerModule (worker role only).
 * Exports EmailSendingService: the single-send path for workflows.
 */
@Module({
  imports: [TypeOrmModule.forFeature([EmailTemplate, Campaign, EmailLog, CampaignLink, Suppression]), ContactsModule],
  providers: [
    EmailSettingsService,
    TrackingUrlsService,
    LinkRegistryService,
    EmailComposerService,
    MailTransportService,
    SenderLivenessService,
    EmailLogsRepository,
    EmailSendingService,
  ],
  exports: [EmailSendingService],
})
export class EmailsModule {}
