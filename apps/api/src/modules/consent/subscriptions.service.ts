import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { validationProblem } from '../../common/filters/problem';
import { ContactsService } from '../contacts/contacts.service';
import { ConsentContext, ConsentService, SubscriptionChange } from './consent.service';
import { ConsentEventDto, SubscriptionChangeDto, SubscriptionDto } from './dto/topic.dto';
import { ConsentEvent } from './entities/consent-event.entity';
import { ContactSubscription } from './entities/contact-subscription.entity';
import { Topic } from './entities/topic.entity';
import { TopicsService } from './topics.service';

/** A topic's status for a contact as the rules read it: no row means the topic's default. */
export function effectiveStatuses(topics: Topic[], rows: ContactSubscription[]): SubscriptionDto[] {
  const byTopic = new Map(rows.map((row) => [row.topicId, row]));
  return topics.map((topic) => {
    const row = byTopic.get(topic.id);
    return {
      topicId: topic.id,
      topicName: topic.name,
      topicDescription: topic.description,
      requiresOptIn: topic.requiresOptIn,
      status: row?.status ?? (topic.requiresOptIn ? 'unsubscribed' : 'subscribed'),
      explicit: row !== undefined,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  });
}

/**
 * A contact's subscriptions and consent history through the API, with the caller's visibility
 * (a member reads and changes only contacts they may see), and the same for the public pages.
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contacts: ContactsService,
    private readonly topics: TopicsService,
    private readonly consent: ConsentService,
  ) {}

  async list(user: AuthUser, contactId: string): Promise<SubscriptionDto[]> {
    await this.contacts.getVisible(user, contactId);
    return this.statusesOf(this.dataSource.manager, contactId);
  }

  async statusesOf(manager: EntityManager, contactId: string): Promise<SubscriptionDto[]> {
    const [topics, rows] = await Promise.all([this.topics.all(manager), manager.getRepository(ContactSubscription).findBy({ contactId })]);
    return effectiveStatuses(topics, rows);
  }

  /** Source `api` for a request made with an API key, `manual` otherwise; the caller is the ledger's actor. */
  async update(user: AuthUser, contactId: string, changes: SubscriptionChangeDto[]): Promise<SubscriptionDto[]> {
    await this.contacts.getVisible(user, contactId);
    const context: ConsentContext = { source: user.apiKey ? 'api' : 'manual', actorUserId: user.id, actorApiKeyId: user.apiKey?.id ?? null };
    return this.dataSource.transaction(async (manager) => {
      await this.change(manager, contactId, changes, context);
      return this.statusesOf(manager, contactId);
    });
  }

  /**
   * Applies the changes whose effective status differs (a contact without a row for an opt-out
   * topic is already subscribed: subscribing them again writes nothing). 400 naming the entry of a
   * topic that does not exist or that the list names twice.
   */
  async change(manager: EntityManager, contactId: string, changes: { topicId: string; status: 'subscribed' | 'unsubscribed' }[], context: ConsentContext): Promise<SubscriptionChange[]> {
    const current = new Map((await this.statusesOf(manager, contactId)).map((s) => [s.topicId, s]));
    const seen = new Set<string>();
    const errors = changes.flatMap((change, index) => {
      const id = change.topicId.toLowerCase();
      if (seen.has(id)) return [{ field: `${index}.topicId`, message: 'names a topic listed before' }];
      seen.add(id);
      return current.has(id) ? [] : [{ field: `${index}.topicId`, message: 'is not an existing topic' }];
    });
    if (errors.length) throw validationProblem(errors);
    const wanted = changes
      .map((change) => ({ topicId: change.topicId.toLowerCase(), status: change.status }))
      .filter((change) => current.get(change.topicId)?.status !== change.status);
    return this.consent.setSubscriptions(manager, contactId, wanted, context);
  }

  /** The ledger, oldest first. */
  async consents(user: AuthUser, contactId: string): Promise<ConsentEventDto[]> {
    await this.contacts.getVisible(user, contactId);
    const events = await this.dataSource.getRepository(ConsentEvent).find({ where: { contactId }, order: { at: 'ASC', id: 'ASC' } });
    return events.map(ConsentEventDto.from);
  }
}
