import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { maySeeOwnedBy } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { DomainEvent, PendingDomainEvent } from '../../common/events';
import { ProblemException, validationProblem } from '../../common/filters/problem';
import { createValidationPipe } from '../../common/pipes/validation.pipe';
import { splitCustomFieldQuery } from '../fields/custom-field-filters';
import { OutboxService } from '../outbox/outbox.service';
import { UsersService } from '../users/users.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { ContactBulkRepository } from './contact-bulk.repository';
import { ContactFilter } from './contact-query';
import { ownerChangedTitle, statusChangedTitle, tagsAddedTitle, tagsProblem } from './contact-rules';
import { ContactsRepository } from './contacts.repository';
import { asEventData, ContactsService } from './contacts.service';
import { BulkTargetDto, ContactFilterDto } from './dto/contact.dto';
import { ContactStatus } from './entities/contact.entity';
import { normalizeTags, TAGS_PER_CONTACT_MAX } from './tags';

/**
 * Contacts changed in one transaction each: a batch's rows stay locked while it is written with
 * its timeline entries and outbox events, and a failure leaves earlier batches done and later ones
 * untouched, never half a batch. Small enough that the locks do not hold up single edits for long.
 */
const BATCH_SIZE = 500;

/** Paging and order are part of a list's query parameters, but they do not change which contacts match. */
const NOT_FILTERS = ['sort', 'limit', 'offset'];

interface BatchOutcome {
  changed: number;
  /** The contacts the batch changed (their webhook event: `contact.updated` with the contact) or deleted (`contact.deleted`). */
  ids: string[];
  events: PendingDomainEvent[];
  activities: { contactId: string; title: string }[];
}

/** The list's query parameters checked as the list checks them, each error naming `filter.<parameter>` instead. */
async function underFilter<T>(parse: () => Promise<T>): Promise<T> {
  try {
    return await parse();
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    throw validationProblem((error.extras.errors ?? []).map((e) => ({ field: `filter.${e.field}`, message: e.message })));
  }
}

/**
 * Bulk actions on a selection (`contactIds`) or on every contact matching the list's filters
 * (`filter`), with the caller's visibility: a member's bulk action by filter touches only their
 * own contacts. Each statement changes a batch at once in SQL; every changed contact gets the
 * timeline entry and the domain events (in the outbox) a single edit gives it.
 */
@Injectable()
export class ContactBulkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bulk: ContactBulkRepository,
    private readonly contacts: ContactsService,
    private readonly repository: ContactsRepository,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** Adds tags to every targeted contact; `tag_added` once per tag a contact did not hold. Answers how many changed. */
  async addTags(user: AuthUser, target: BulkTargetDto, rawTags: string[]): Promise<number> {
    const tags = normalizeTags(rawTags);
    const problem = tagsProblem(tags);
    if (problem) throw validationProblem([{ field: 'tags', message: problem }]);
    const filter = await this.filterOf(user, target);
    const over = await this.bulk.countOverTagLimit(filter, tags);
    if (over) throw validationProblem([{ field: 'tags', message: `${over} of these contacts would hold more than ${TAGS_PER_CONTACT_MAX} tags` }]);
    return this.inBatches(user, filter, async (manager, ids) => {
      const changed = await this.bulk.addTags(manager, ids, tags);
      // The check above ran before the batches: a contact tagged meanwhile must not pass the limit.
      if (changed.some((c) => c.total > TAGS_PER_CONTACT_MAX)) throw validationProblem([{ field: 'tags', message: `A contact holds at most ${TAGS_PER_CONTACT_MAX} tags` }]);
      return {
        changed: changed.length,
        ids: changed.map((c) => c.id),
        activities: changed.map((c) => ({ contactId: c.id, title: tagsAddedTitle(c.added) })),
        events: changed.flatMap((c) => [
          { name: DomainEvent.ContactUpdated, payload: { contactId: c.id, actorId: user.id, changedFields: ['tags'] } } as const,
          ...c.added.map((tag) => ({ name: DomainEvent.TagAdded, payload: { contactId: c.id, actorId: user.id, tag } }) as const),
        ]),
      };
    });
  }

  async setStatus(user: AuthUser, target: BulkTargetDto, status: ContactStatus): Promise<number> {
    const filter = await this.filterOf(user, target);
    return this.inBatches(user, filter, async (manager, ids) => {
      const changed = await this.bulk.setStatus(manager, ids, status);
      return {
        changed: changed.length,
        ids: changed.map((c) => c.id),
        activities: changed.map((c) => ({ contactId: c.id, title: statusChangedTitle(c.previous, status) })),
        events: changed.map((c) => ({ name: DomainEvent.ContactUpdated, payload: { contactId: c.id, actorId: user.id, changedFields: ['status'] } }) as const),
      };
    });
  }

  /** For admins and managers (the controller's rule): a member cannot give contacts away. */
  async assign(user: AuthUser, target: BulkTargetDto, assignedToId: string | null): Promise<number> {
    const owner = assignedToId ? await this.users.findById(assignedToId) : null;
    if (assignedToId && (!owner || !owner.isActive)) throw validationProblem([{ field: 'assignedToId', message: 'is not an active user; choose another owner' }]);
    const filter = await this.filterOf(user, target);
    const title = ownerChangedTitle(owner?.name ?? null);
    return this.inBatches(user, filter, async (manager, ids) => {
      const changed = await this.bulk.setOwner(manager, ids, assignedToId);
      return {
        changed: changed.length,
        ids: changed.map((c) => c.id),
        activities: changed.map((c) => ({ contactId: c.id, title })),
        events: changed.map((c) => ({ name: DomainEvent.ContactUpdated, payload: { contactId: c.id, actorId: user.id, changedFields: ['assignedToId'] } }) as const),
      };
    });
  }

  /** The single delete's rule: whoever sees a contact may delete it. */
  async delete(user: AuthUser, target: BulkTargetDto): Promise<number> {
    const filter = await this.filterOf(user, target);
    return this.inBatches(
      user,
      filter,
      async (manager, ids) => {
        const deleted = await this.bulk.delete(manager, ids);
        return { changed: deleted.length, ids: deleted, activities: [], events: [] };
      },
      'contact.deleted',
    );
  }

  /** The contacts a bulk body means, as a filter with the caller's visibility. */
  private async filterOf(user: AuthUser, target: BulkTargetDto): Promise<ContactFilter> {
    if (target.contactIds && target.filter) {
      throw validationProblem([{ field: 'filter', message: 'send either contactIds (a selection) or filter (every matching contact), not both' }]);
    }
    if (target.contactIds) return { visibleTo: user, ids: await this.assertAllVisible(user, target.contactIds) };
    const params = Object.fromEntries(Object.entries(target.filter ?? {}).filter(([key]) => !NOT_FILTERS.includes(key)));
    return underFilter(async () => {
      const { rest, filters, errors } = splitCustomFieldQuery(params);
      if (errors.length) throw validationProblem(errors);
      const dto: ContactFilterDto = await createValidationPipe().transform(rest, { type: 'body', metatype: ContactFilterDto });
      return this.contacts.filterFor(user, dto, filters);
    });
  }

  private async assertAllVisible(user: AuthUser, contactIds: string[]): Promise<string[]> {
    const ids = [...new Set(contactIds)];
    const found = await this.repository.findViews(ids);
    const visible = new Set(found.filter((c) => maySeeOwnedBy(user, c.assignedToId)).map((c) => c.id));
    const missing = ids.filter((id) => !visible.has(id));
    if (missing.length) throw new NotFoundException(`Contacts not found: ${missing.join(', ')}`);
    return ids;
  }

  /**
   * Walks the matching contacts a batch at a time (see BATCH_SIZE), each batch in its own
   * transaction with its timeline entries and events. A batch's events are delivered once it has
   * committed, and the next batch's wait for them, so a million-contact action cannot flood the
   * listeners (workflow triggers) with deliveries running all at once. Answers how many changed.
   */
  private async inBatches(
    user: AuthUser,
    filter: ContactFilter,
    work: (manager: EntityManager, ids: string[]) => Promise<BatchOutcome>,
    eventType: 'contact.updated' | 'contact.deleted' = 'contact.updated',
  ): Promise<number> {
    let after: string | null = null;
    let changed = 0;
    let delivering: Promise<unknown> = Promise.resolve();
    for (;;) {
      const batch = await this.dataSource.transaction(async (manager) => {
        const ids = await this.bulk.lockBatch(manager, filter, after, BATCH_SIZE);
        if (!ids.length) return { ids, changed: 0, recorded: null };
        const outcome = await work(manager, ids);
        await this.bulk.insertSystemActivities(manager, outcome.activities, user.id);
        // One publish per batch, so a million-contact action writes its webhook events a batch at a time too.
        const data = eventType === 'contact.deleted' ? outcome.ids.map((id) => ({ id })) : (await this.repository.findViews(outcome.ids, manager)).map(asEventData);
        await this.webhooks.publish(
          manager,
          data.map((item) => ({ type: eventType, data: item })),
        );
        return { ids, changed: outcome.changed, recorded: await this.outbox.record(manager, outcome.events) };
      });
      changed += batch.changed;
      await delivering;
      delivering = this.outbox.deliver(batch.recorded);
      if (batch.ids.length < BATCH_SIZE) return changed;
      after = batch.ids[batch.ids.length - 1];
    }
  }
}
