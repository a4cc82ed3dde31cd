import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConsentRepository } from './consent.repository';
import { ConsentService } from './consent.service';
import { ConsentEvent } from './entities/consent-event.entity';
import { ContactSubscription } from './entities/contact-subscription.entity';
import { Topic } from './entities/topic.entity';
import { UnsubscribeReasonEntry } from './entities/unsubscribe-reason.entity';
import { SubscriptionsController } from './subscriptions.controller';
import { SubscriptionsService } from './subscriptions.service';
import { TopicUsageRegistry } from './topic-usage.registry';
import { TopicsController } from './topics.controller';
import { TopicsService } from './topics.service';
import { ContactsModule } from '../contacts/contacts.module';

/**
 * Consent (issue #17): topics, subscriptions and the consent ledger. The emails module depends
 * on it (topic audiences, unsubscribe, preference centre); forms and GDPR use ConsentService.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Topic, ContactSubscription, ConsentEvent, UnsubscribeReasonEntry]), ContactsModule],
  controllers: [TopicsController, SubscriptionsController],
  providers: [ConsentService, ConsentRepository, TopicsService, TopicUsageRegistry, SubscriptionsService],
  exports: [ConsentService, TopicsService, TopicUsageRegistry, SubscriptionsService],
})
export class ConsentModule {}
