import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentRepository } from './consent.repository';
import { ConsentService } from './consent.service';
import { ConsentEvent } from './entities/consent-event.entity';
import { ContactSubscription } from './entities/contact-subscription.entity';
import { Topic } from './entities/topic.entity';
import { UnsubscribeReasonEntry } from './entities/unsubscribe-reason.entity';

/**
 * Consent (issue #17): topics, subscriptions and the consent ledger. The emails module depends
 * on it (topic audiences, unsubscribe, preference centre); forms and GDPR use ConsentService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Topic, ContactSubscription, ConsentEvent, UnsubscribeReasonEntry])],
  providers: [ConsentService, ConsentRepository],
  exports: [ConsentService],
})
export class ConsentModule {}
