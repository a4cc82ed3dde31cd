import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { assertVisible, maySeeOwnedBy, notFound } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { DomainEvent, PendingDomainEvent } from '../../common/events';
import { humanFieldErrors } from '../../common/filters/field-messages';
import { FieldError, ProblemException, validationProblem } from '../../common/filters/problem';
import { createValidationPipe } from '../../common/pipes/validation.pipe';
import { RawFieldFilter } from '../fields/custom-field-filters';
import { changedKeys, CustomValues, mergeValues } from '../fields/custom-field-rules';
import { CustomValuesValidator, FieldsService } from '../fields/fields.service';
import { OutboxService, RecordedEvents } from '../outbox/outbox.service';
import { UsersService } from '../users/users.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { ActivitiesService } from './activities.service';
import { BatchExistingContact, ContactBatchRepository, ContactValues } from './contact-batch.repository';
import { ContactBulkRepository } from './contact-bulk.repository';
import { ContactFilter } from './contact-query';
import { CONTACT_SORTS, ContactsRepository, ContactView } from './contacts.repository';
import { ContactDto, CreateContactDto, ListContactsQueryDto, UpdateContactDto, fullName } from './dto/contact.dto';
import { BatchOnDuplicate, BatchItemStatus, ContactBatchDto, ContactBatchItemResultDto, ContactBatchResultDto } from './dto/contact-batch.dto';
import { Company } from './entities/company.entity';
import { Contact, ContactStatus } from './entities/contact.entity';
import { mergeTags, ownerChangedTitle, statusChangedTitle, tagsAddedTitle, tagsProblem } from './contact-rules';
import { SegmentConditions } from './segment-conditions';
import { newTags, normalizeTag, normalizeTags } from './tags';

/** Who made a change: a user (actorId) or a workflow (sourceWorkflowId, so it does not retrigger itself). */
export interface ContactChangeOptions {
  actorId?: string | null;
  sourceWorkflowId?: string;
  /** Apply this user's visibility (404 for a member acting on another's contact); omitted for jobs and workflows. */
  visibleTo?: AuthUser;
}

/** The fields a workflow step may set on a contact. */
export interface ContactFieldChanges {
  status?: ContactStatus;
  assignedToId?: string | null;
}

/** What a signup form sets on a contact: only non-empty values, so nothing the person left blank is cleared. */
export interface SignupValues {
  email: string;
  values: { firstName?: string; lastName?: string; phone?: string };
  customFields: Record<string, unknown>;
  tags: string[];
}


/** The fields a PATCH copies as given; custom fields are merged into the stored ones instead, after their own check. */
const BUILT_IN_FIELDS: Exclude<keyof ContactValues, 'customFields'>[] = ['firstName', 'lastName', 'email', 'phone', 'companyId', 'status', 'tags', 'notes', 'assignedToId'];
const FIELDS: (keyof ContactValues)[] = [...BUILT_IN_FIELDS, 'customFields'];
const PG_UNIQUE_VIOLATION = '23505';
/** Built-in fields a batch update keeps when the item sends null: they have no "none" value. */
const NOT_NULLABLE: (keyof ContactValues)[] = ['firstName', 'lastName', 'status', 'tags'];

/** A batch item that passed the checks a single create makes on its body; `given` lists the fields it sent. */
interface BatchItem {
  index: number;
  /** Lower-cased email. */
  key: string;
  dto: CreateContactDto;
  given: Set<string>;
}

/** What a batch's items may refer to, looked up once per batch. */
interface BatchReferences {
  companyIds: Set<string>;
  owners: Map<string, { name: string; isActive: boolean }>;
}

/** A batch item that matched a contact, with its values after the update. */
interface BatchUpdate {
  item: BatchItem;
  current: BatchExistingContact;
  next: ContactValues;
  changed: (keyof ContactValues)[];
}

/**
 * Contacts: visibility (a member sees only contacts assigned to them, everything else is 404),
 * the unique email rule, tags, and the system activities and domain events every change produces.
 * Other modules (automations, emails, deals) act on contacts only through the exported methods here.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: ContactsRepository,
    private readonly activities: ActivitiesService,
    private readonly users: UsersService,
    private readonly outbox: OutboxService,
    private readonly fields: FieldsService,
    private readonly segments: SegmentConditions,
    private readonly batchRows: ContactBatchRepository,
    private readonly bulkRows: ContactBulkRepository,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** `customFields`: the list's `cf.*` parameters (CustomFieldParams). */
  async list(user: AuthUser, query: ListContactsQueryDto, customFields: RawFieldFilter[] = []): Promise<Page<ContactView> & { totalIsEstimate: boolean }> {
    const order = (await this.fields.resolveSort('contact', query.sort, 'c')) ?? parseSort(query.sort, CONTACT_SORTS, '-createdAt');
    const filter = await this.filterFor(user, query, customFields);
    if (query.segmentId) filter.condition = await this.segments.resolve(query.segmentId, 'segmentId');
    const { rows, total, totalIsEstimate } = await this.repository.page(filter, order, query.limit, query.offset);
    return { data: rows, total, totalIsEstimate, limit: query.limit, offset: query.offset };
  }

  /** The list filters as a repository filter, with the user's visibility applied; bad `cf.*` filters are a 400 naming them. */
  async filterFor(
    user: AuthUser,
    query: { search?: string; status?: ContactStatus[]; tag?: string[]; companyId?: string; assignedToId?: string; ids?: string[] },
    customFields: RawFieldFilter[] = [],
  ): Promise<ContactFilter> {
    return {
      customFields: await this.fields.resolveFilters('contact', customFields),
      visibleTo: user,
      ids: query.ids,
      search: query.search,
      statuses: query.status,
      tags: query.tag ? normalizeTags(query.tag) : undefined,
      companyId: query.companyId,
      assignedToId: query.assignedToId === 'none' ? null : query.assignedToId,
    };
  }

  count(user: AuthUser, filter: Omit<ContactFilter, 'visibleTo'> = {}): Promise<number> {
    return this.repository.count({ ...filter, visibleTo: user });
  }

  /** A few of the contacts this user may see that match `filter`, by name. */
  sample(user: AuthUser, filter: Omit<ContactFilter, 'visibleTo'>, size: number): Promise<ContactView[]> {
    return this.repository.sample({ ...filter, visibleTo: user }, size);
  }

  /** The contact if this user may see it; 404 otherwise (a member never learns that another's contact exists). */
  async getVisible(user: AuthUser, id: string): Promise<ContactView> {
    return assertVisible(user, 'Contact', id, await this.repository.findView(id));
  }

  /** One contact without visibility, read in the transaction of a change under way (for its events). */
  findViewIn(manager: EntityManager, id: string): Promise<ContactView | null> {
    return this.repository.findView(id, manager);
  }

  /** Contacts by id, in the order given, without visibility (for jobs and workflows); missing ids are left out. */
  findByIds(ids: string[]): Promise<ContactView[]> {
    return this.repository.findViews([...new Set(ids)]);
  }

  /** `manager`: inside the caller's transaction (a second pooled connection there can wait forever on a full pool). */
  async findById(id: string, manager?: EntityManager): Promise<ContactView | null> {
    return this.repository.findView(id, manager);
  }

  /** The contact holding this address (case-insensitively), without visibility; `manager`: inside the caller's transaction. */
  findByEmail(email: string, manager?: EntityManager): Promise<ContactView | null> {
    return this.repository.findByEmail(email, undefined, manager);
  }

  async create(user: AuthUser, dto: CreateContactDto): Promise<ContactView> {
    const values = { ...this.valuesOf(user, dto), customFields: await this.customFieldsOf(dto) };
    await this.validateReferences(this.dataSource.manager, values.companyId, user.role === 'member' ? undefined : values.assignedToId);
    await this.assertEmailFree(this.dataSource.manager, user, values.email);
    const { view, recorded } = await this.dataSource
      .transaction(async (manager) => {
        const inserted = await manager.getRepository(Contact).save(manager.getRepository(Contact).create(values));
        const recorded = await this.outbox.record(manager, [
          { name: DomainEvent.ContactCreated, payload: { contactId: inserted.id, actorId: user.id } },
          ...values.tags.map((tag) => ({ name: DomainEvent.TagAdded, payload: { contactId: inserted.id, actorId: user.id, tag } }) as const),
        ]);
        const view = (await this.repository.findView(inserted.id, manager)) as ContactView;
        await this.webhooks.publish(manager, [{ type: 'contact.created', data: asEventData(view) }]);
        return { view, recorded };
      })
      .catch((error) => this.rethrowEmailConflict(error, user, values.email));
    this.deliver(recorded);
    return view;
  }

  /**
   * A public signup (forms): the contact with this email (ignoring case) gets only the values given
   * (the caller leaves out empty ones, so a signup never blanks a field) and the tags; a new address
   * becomes a contact, which must then satisfy every required custom field. Nobody acts (actorId
   * null). Two signups of one new address racing each other end as one contact: the loser of the
   * unique index updates the winner's.
   */
  async upsertSignup(input: SignupValues): Promise<{ contact: ContactView; created: boolean }> {
    const existing = await this.repository.findByEmail(input.email);
    if (existing) return { contact: await this.updateSignup(existing.id, input), created: false };
    // A signup sets what its form asks for: a field made required after the form was saved must
    // not refuse new addresses only (the answer would tell which addresses are contacts).
    const customFields = mergeValues({}, await this.fields.validateValues('contact', input.customFields, { partial: true }));
    const values = { firstName: '', lastName: '', phone: null, ...input.values, email: input.email, tags: normalizeTags(input.tags), customFields };
    try {
      const { view, recorded } = await this.dataSource.transaction(async (manager) => {
        const inserted = await manager.getRepository(Contact).save(manager.getRepository(Contact).create(values));
        const recorded = await this.outbox.record(manager, [
          { name: DomainEvent.ContactCreated, payload: { contactId: inserted.id, actorId: null } },
          ...values.tags.map((tag) => ({ name: DomainEvent.TagAdded, payload: { contactId: inserted.id, actorId: null, tag } }) as const),
        ]);
        return { view: (await this.repository.findView(inserted.id, manager)) as ContactView, recorded };
      });
      this.deliver(recorded);
      return { contact: view, created: true };
    } catch (error) {
      const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      const winner = code === PG_UNIQUE_VIOLATION ? await this.repository.findByEmail(input.email) : null;
      if (!winner) throw error;
      return { contact: await this.updateSignup(winner.id, input), created: false };
    }
  }

  /**
   * The contact of an address, created with the address only when there is none: a double opt-in
   * signup changes nothing about a person before they confirm.
   */
  async findOrCreateByAddress(email: string): Promise<ContactView> {
    return (await this.repository.findByEmail(email)) ?? (await this.upsertSignup({ email, values: {}, customFields: {}, tags: [] })).contact;
  }

  /** A signup's values and tags onto a known contact (a confirmed double opt-in): only what was filled in changes. */
  async updateSignup(id: string, input: Omit<SignupValues, 'email'>): Promise<ContactView> {
    const customFields = await this.fields.validateValues('contact', input.customFields, { partial: true });
    return this.change(id, {}, async (current) => ({
      ...input.values,
      tags: mergeTags(current.tags, input.tags).tags,
      customFields: mergeValues(current.customFields, customFields),
    }));
  }

  /** PATCH: only the fields present change. */
  async update(user: AuthUser, id: string, dto: UpdateContactDto): Promise<ContactView> {
    // Checked before the row is locked: the definitions come from another pooled connection (see `change`).
    const customFields = dto.customFields === undefined ? undefined : await this.fields.validateValues('contact', dto.customFields, { partial: true });
    return this.change(id, { actorId: user.id, visibleTo: user }, async (current, manager) => {
      const next: Partial<ContactValues> = {};
      for (const field of BUILT_IN_FIELDS) {
        if (dto[field] !== undefined) (next as Record<string, unknown>)[field] = dto[field];
      }
      if (next.tags) next.tags = normalizeTags(next.tags);
      if ('assignedToId' in next) next.assignedToId = this.ownerForMember(user, next.assignedToId, current.assignedToId);
      if (customFields) next.customFields = mergeValues(current.customFields, customFields);
      await this.validateChanges(manager, user, id, current, next);
      return next;
    });
  }

  /** PUT: a full replace; omitted optional fields are reset to their defaults. */
  async replace(user: AuthUser, id: string, dto: CreateContactDto): Promise<ContactView> {
    const customFields = await this.customFieldsOf(dto);
    return this.change(id, { actorId: user.id, visibleTo: user }, async (current, manager) => {
      const next = { ...this.valuesOf(user, dto, current.assignedToId), customFields };
      await this.validateChanges(manager, user, id, current, next);
      return next;
    });
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    await this.getVisible(user, id);
    await this.dataSource.transaction(async (manager) => {
      // Deleted meanwhile by someone else: their delete announced it.
      const { affected } = await manager.getRepository(Contact).delete(id);
      if (affected) await this.webhooks.publish(manager, [{ type: 'contact.deleted', data: { id } }]);
    });
  }

  /**
   * `POST /api/contacts/batch`. Each item is checked as `create` checks its body (and as `update`
   * does when it matches a contact and `onDuplicate` is `update`: the fields it sends change); a
   * failing item is reported and the others are saved. The valid items are written in one transaction
   * (a call holds at most 1,000, as an import batch) with set-based statements, their timeline entries
   * and their outbox events (the same `contact_created`, `contact_updated` and `tag_added` single
   * writes record): a call the database refuses is never half-written. A member's
   * new contacts are theirs, and an existing contact they cannot see is never touched or named.
   */
  async upsertMany(user: AuthUser, dto: ContactBatchDto): Promise<ContactBatchResultDto> {
    const onDuplicate = dto.onDuplicate ?? 'skip';
    const checkCustomFields = await this.fields.valuesValidator('contact');
    const results: ContactBatchItemResultDto[] = [];
    const items: BatchItem[] = [];
    const firstIndex = new Map<string, number>();
    for (const [index, raw] of dto.contacts.entries()) {
      const parsed = await parseBatchItem(raw);
      if ('errors' in parsed) {
        results[index] = failedItem(index, parsed.errors);
        continue;
      }
      const key = parsed.dto.email.toLowerCase();
      const earlier = firstIndex.get(key);
      if (earlier !== undefined) {
        results[index] = failedItem(index, [{ field: 'email', message: `is the same as item ${earlier}'s: an email may appear once per batch` }]);
        continue;
      }
      firstIndex.set(key, index);
      items.push({ index, key, dto: parsed.dto, given: parsed.given });
    }
    const references = await this.batchReferences(user, items);
    if (items.length) {
      for (const result of await this.writeBatchChunk(user, onDuplicate, items, references, checkCustomFields)) results[result.index] = result;
    }
    const count = (status: BatchItemStatus) => results.filter((r) => r.status === status).length;
    return { created: count('created'), updated: count('updated'), skipped: count('skipped'), failed: count('failed'), results };
  }

  /** The companies and owners a batch names, read once for all its items (and the caller, whom a member's updates assign). */
  private async batchReferences(user: AuthUser, items: BatchItem[]): Promise<BatchReferences> {
    const companyIds = [...new Set(items.flatMap((i) => (i.dto.companyId ? [i.dto.companyId] : [])))];
    const ownerIds = [...new Set([user.id, ...items.flatMap((i) => (i.dto.assignedToId ? [i.dto.assignedToId] : []))])];
    const [companies, owners] = await Promise.all([this.batchRows.existingCompanyIds(companyIds), this.users.findByIds(ownerIds)]);
    return { companyIds: companies, owners: new Map(owners.map((o) => [o.id, { name: o.name, isActive: o.isActive }])) };
  }

  /**
   * Items in one transaction; their events are delivered once it has committed, before the answer,
   * so that workflow triggers keep pace with an integrator sending batch after batch. When the
   * database refuses the chunk for the data of a row (a value too long, a constraint), it is written
   * again in halves so one bad item fails alone; any other error fails the request with nothing written.
   */
  private async writeBatchChunk(
    user: AuthUser,
    onDuplicate: BatchOnDuplicate,
    chunk: BatchItem[],
    references: BatchReferences,
    checkCustomFields: CustomValuesValidator,
  ): Promise<ContactBatchItemResultDto[]> {
    try {
      const { results, recorded } = await this.dataSource.transaction((manager) =>
        this.writeBatchItems(manager, user, onDuplicate, chunk, references, checkCustomFields),
      );
      await this.outbox.deliver(recorded);
      return results;
    } catch (error) {
      if (!isDataError(error)) throw error;
      if (chunk.length === 1) return [failedItem(chunk[0].index, [{ field: 'contacts', message: `Could not be saved: ${(error as Error).message}` }])];
      // Halves until the culprit stands alone: a few transactions for one bad row instead of one per row.
      const half = Math.ceil(chunk.length / 2);
      return [
        ...(await this.writeBatchChunk(user, onDuplicate, chunk.slice(0, half), references, checkCustomFields)),
        ...(await this.writeBatchChunk(user, onDuplicate, chunk.slice(half), references, checkCustomFields)),
      ];
    }
  }

  private async writeBatchItems(
    manager: EntityManager,
    user: AuthUser,
    onDuplicate: BatchOnDuplicate,
    chunk: BatchItem[],
    references: BatchReferences,
    checkCustomFields: CustomValuesValidator,
  ): Promise<{ results: ContactBatchItemResultDto[]; recorded: RecordedEvents }> {
    const existing = await this.batchRows.lockByEmails(manager, chunk.map((i) => ({ key: i.key, email: i.dto.email })));
    const results: ContactBatchItemResultDto[] = [];
    const creates: { item: BatchItem; values: ContactValues }[] = [];
    const updates: BatchUpdate[] = [];
    for (const item of chunk) {
      const current = existing.get(item.key);
      try {
        if (!current) {
          creates.push({ item, values: this.batchCreateValues(user, item, references, checkCustomFields) });
        } else if (!maySeeOwnedBy(user, current.assignedToId)) {
          // As a single write answers a member: someone else's contact is not found, and its id is not given.
          results.push(onDuplicate === 'skip' ? { index: item.index, status: 'skipped' } : failedItem(item.index, [{ field: 'email', message: 'Contact not found' }]));
        } else if (onDuplicate === 'skip') {
          results.push({ index: item.index, id: current.id, status: 'skipped' });
        } else {
          const next = this.batchUpdateValues(user, item, current, references, checkCustomFields);
          updates.push({ item, current, next, changed: FIELDS.filter((field) => !sameValue(current[field], next[field])) });
        }
      } catch (error) {
        if (!(error instanceof ProblemException)) throw error;
        results.push(failedItem(item.index, error.extras.errors ?? [{ field: 'contacts', message: error.message }]));
      }
    }

    const events: PendingDomainEvent[] = [];
    const createdIds = await this.batchRows.insert(manager, creates.map((c) => c.values));
    for (const { item, values } of creates) {
      const id = createdIds.get(values.email);
      // Not inserted: another request created this email after the chunk looked it up.
      if (!id) {
        results.push(failedItem(item.index, [{ field: 'email', message: 'is already used by another contact' }]));
        continue;
      }
      results.push({ index: item.index, id, status: 'created' });
      events.push({ name: DomainEvent.ContactCreated, payload: { contactId: id, actorId: user.id } });
      for (const tag of values.tags) events.push({ name: DomainEvent.TagAdded, payload: { contactId: id, actorId: user.id, tag } });
    }

    const changed = updates.filter((u) => u.changed.length > 0);
    await this.batchRows.update(manager, changed.map((u) => ({ ...u.next, id: u.current.id })));
    const activities: { contactId: string; title: string }[] = [];
    for (const { item, current, next, changed: fields } of updates) {
      results.push({ index: item.index, id: current.id, status: 'updated' });
      if (!fields.length) continue;
      const added = fields.includes('tags') ? newTags(current.tags, next.tags) : [];
      const ownerName = next.assignedToId ? (references.owners.get(next.assignedToId)?.name ?? null) : null;
      for (const title of changeTitles(current, next, fields, added, ownerName)) activities.push({ contactId: current.id, title });
      events.push({ name: DomainEvent.ContactUpdated, payload: { contactId: current.id, actorId: user.id, changedFields: changedFieldNames(current, next, fields) } });
      for (const tag of added) events.push({ name: DomainEvent.TagAdded, payload: { contactId: current.id, actorId: user.id, tag } });
    }
    await this.bulkRows.insertSystemActivities(manager, activities, user.id);
    // Webhooks as single writes give them, one publish for the chunk: created, and updated only when something changed.
    const createdIdSet = new Set(results.filter((r) => r.status === 'created').map((r) => r.id as string));
    const webhookIds = [...createdIdSet, ...changed.map((u) => u.current.id)];
    const views = webhookIds.length ? await this.repository.findViews(webhookIds, manager) : [];
    await this.webhooks.publish(
      manager,
      views.map((view) => ({ type: createdIdSet.has(view.id) ? 'contact.created' : 'contact.updated', data: asEventData(view) })),
    );
    return { results, recorded: await this.outbox.record(manager, events) };
  }

  /** A new contact from a batch item: the values, owner rule and checks of `create`. */
  private batchCreateValues(user: AuthUser, item: BatchItem, references: BatchReferences, checkCustomFields: CustomValuesValidator): ContactValues {
    const customFields = mergeValues({}, checkCustomFields(item.dto.customFields ?? {}, { partial: false }));
    const values = { ...this.valuesOf(user, item.dto), customFields };
    const tagProblem = tagsProblem(values.tags);
    if (tagProblem) throw validationProblem([{ field: 'tags', message: tagProblem }]);
    this.checkBatchReferences(references, values.companyId, user.role === 'member' ? null : values.assignedToId);
    return values;
  }

  /** A matched contact after a batch item: as `update`, only the fields the item sends change. */
  private batchUpdateValues(
    user: AuthUser,
    item: BatchItem,
    current: BatchExistingContact,
    references: BatchReferences,
    checkCustomFields: CustomValuesValidator,
  ): ContactValues {
    const next: ContactValues = { ...current };
    for (const field of BUILT_IN_FIELDS) {
      const value = item.dto[field];
      // The email is what matched: the contact keeps it as it was written.
      if (field === 'email' || !item.given.has(field) || value === undefined || (value === null && NOT_NULLABLE.includes(field))) continue;
      (next as unknown as Record<string, unknown>)[field] = value;
    }
    next.tags = normalizeTags(next.tags);
    const tagProblem = tagsProblem(next.tags);
    if (tagProblem) throw validationProblem([{ field: 'tags', message: tagProblem }]);
    if (item.given.has('assignedToId')) next.assignedToId = this.ownerForMember(user, item.dto.assignedToId ?? null, current.assignedToId) ?? null;
    if (item.dto.customFields !== undefined) next.customFields = mergeValues(current.customFields, checkCustomFields(item.dto.customFields, { partial: true }));
    this.checkBatchReferences(
      references,
      next.companyId !== current.companyId ? next.companyId : null,
      next.assignedToId !== current.assignedToId && user.role !== 'member' ? next.assignedToId : null,
    );
    return next;
  }

  /** `validateReferences` against the batch's lookups. */
  private checkBatchReferences(references: BatchReferences, companyId: string | null, assignedToId: string | null): void {
    const errors: FieldError[] = [];
    if (companyId && !references.companyIds.has(companyId)) errors.push({ field: 'companyId', message: 'This company no longer exists; choose another' });
    if (assignedToId && !references.owners.get(assignedToId)?.isActive) errors.push({ field: 'assignedToId', message: 'is not an active user; choose another owner' });
    if (errors.length) throw validationProblem(errors);
  }

  /**
   * Adds tags (normalized, lower-case); emits `tag_added` once per tag the contact did not hold.
   * For workflows and other modules: no visibility check, 404 only when the contact is gone.
   */
  addTags(contactId: string, tags: string[], options: ContactChangeOptions = {}): Promise<ContactView> {
    return this.change(contactId, options, async (current) => ({ tags: mergeTags(current.tags, tags).tags }));
  }

  removeTag(contactId: string, tag: string, options: ContactChangeOptions = {}): Promise<ContactView> {
    const removed = normalizeTag(tag);
    return this.change(contactId, options, async (current) => ({ tags: current.tags.filter((t) => t !== removed) }));
  }

  /** Sets status and/or owner (workflow steps `change_status`, `assign_to`); emits `contact_updated` with what changed. */
  updateFields(contactId: string, changes: ContactFieldChanges, options: ContactChangeOptions = {}): Promise<ContactView> {
    return this.change(contactId, options, async (current, manager) => {
      const next: Partial<ContactValues> = {};
      if (changes.status !== undefined) next.status = changes.status;
      if (changes.assignedToId !== undefined) next.assignedToId = changes.assignedToId;
      if (next.assignedToId && next.assignedToId !== current.assignedToId) await this.validateReferences(manager, null, next.assignedToId);
      return next;
    });
  }

  tagCounts(user: AuthUser, search: string | undefined): Promise<{ tag: string; count: number }[]> {
    return this.repository.tagCounts(user, search?.trim() || undefined, 100);
  }

  /**
   * The one write path for an existing contact: locks the row, asks `compute` for the new values,
   * writes only what changed with its system activities and domain events (in the outbox) in one
   * transaction, and delivers the events after commit (a listener always reads committed state). `compute` gets the transaction's
   * manager and must run every lookup through it: while this transaction holds the row lock, a
   * query on a second pooled connection waits for a free one, and when every connection is held
   * by writers queued on the same lock, none comes.
   */
  private async change(
    contactId: string,
    options: ContactChangeOptions,
    compute: (current: Contact, manager: EntityManager) => Promise<Partial<ContactValues>>,
  ): Promise<ContactView> {
    const actorId = options.actorId ?? null;
    const events: PendingDomainEvent[] = [];
    let recorded: RecordedEvents = null;
    const view = await this.dataSource
      .transaction(async (manager) => {
        const current = await manager
          .getRepository(Contact)
          .createQueryBuilder('c')
          .setLock('pessimistic_write')
          .where('c.id = :id', { id: contactId })
          .getOne();
        if (!current || (options.visibleTo && !maySeeOwnedBy(options.visibleTo, current.assignedToId))) throw notFound('Contact', contactId);
        const next = await compute(current, manager);
        const tagProblem = next.tags ? tagsProblem(next.tags) : null;
        if (tagProblem) throw validationProblem([{ field: 'tags', message: tagProblem }]);
        const changed = FIELDS.filter((field) => field in next && !sameValue(current[field], next[field]));
        if (changed.length === 0) return (await this.repository.findView(contactId, manager)) as ContactView;
        await manager.getRepository(Contact).update(contactId, Object.fromEntries(changed.map((f) => [f, next[f]])));
        const added = changed.includes('tags') ? newTags(current.tags, next.tags ?? []) : [];
        await this.recordChanges(manager, current, next, changed, added, actorId);
        const changedFields = changedFieldNames(current, next, changed);
        events.push({
          name: DomainEvent.ContactUpdated,
          payload: { contactId, actorId, changedFields, ...(options.sourceWorkflowId && { sourceWorkflowId: options.sourceWorkflowId }) },
        });
        for (const tag of added) {
          events.push({
            name: DomainEvent.TagAdded,
            payload: { contactId, actorId, tag, ...(options.sourceWorkflowId && { sourceWorkflowId: options.sourceWorkflowId }) },
          });
        }
        recorded = await this.outbox.record(manager, events);
        const view = (await this.repository.findView(contactId, manager)) as ContactView;
        await this.webhooks.publish(manager, [{ type: 'contact.updated', data: asEventData(view) }]);
        return view;
      })
      .catch((error) => this.rethrowEmailConflict(error, null, undefined));
    this.deliver(recorded);
    return view;
  }

  /** The timeline entries the product writes itself: status, tags and owner changes. */
  private async recordChanges(
    manager: EntityManager,
    current: Contact,
    next: Partial<ContactValues>,
    changed: (keyof ContactValues)[],
    added: string[],
    actorId: string | null,
  ): Promise<void> {
    const owner = changed.includes('assignedToId') && next.assignedToId ? await this.users.findById(next.assignedToId, manager) : null;
    for (const title of changeTitles(current, next, changed, added, owner?.name ?? null)) {
      await this.activities.record({ title, contactId: current.id, type: 'system', actorId }, manager);
    }
  }

  /** Not awaited: the answer does not wait for workflows to start. `deliver` never rejects. */
  private deliver(recorded: RecordedEvents): void {
    void this.outbox.deliver(recorded);
  }

  /** The custom fields of a created or replaced contact: the whole set, so every required field must be there. */
  private async customFieldsOf(dto: CreateContactDto): Promise<CustomValues> {
    return mergeValues({}, await this.fields.validateValues('contact', dto.customFields ?? {}, { partial: false }));
  }

  /** Every field of a created or replaced contact but its custom fields: what the body omits takes its default. */
  private valuesOf(user: AuthUser, dto: CreateContactDto, currentOwnerId?: string | null): Omit<ContactValues, 'customFields'> {
    return {
      firstName: dto.firstName ?? '',
      lastName: dto.lastName ?? '',
      email: dto.email,
      phone: dto.phone ?? null,
      companyId: dto.companyId ?? null,
      status: dto.status ?? 'lead',
      tags: normalizeTags(dto.tags ?? []),
      notes: dto.notes ?? null,
      assignedToId: this.ownerForMember(user, dto.assignedToId, currentOwnerId) ?? null,
    };
  }

  private ownerForMember(user: AuthUser, requested: string | null | undefined, current?: string | null): string | null | undefined {
    if (user.role !== 'member') return requested;
    if (requested === undefined) return current ?? user.id;
    if (requested !== user.id) {
      throw validationProblem([{ field: 'assignedToId', message: 'You can assign contacts only to yourself' }]);
    }
    return user.id;
  }

  private async validateChanges(manager: EntityManager, user: AuthUser, id: string, current: Contact, next: Partial<ContactValues>): Promise<void> {
    const companyChanged = next.companyId !== undefined && next.companyId !== current.companyId;
    const ownerChanged = next.assignedToId !== undefined && next.assignedToId !== current.assignedToId && user.role !== 'member';
    await this.validateReferences(manager, companyChanged ? (next.companyId ?? null) : null, ownerChanged ? next.assignedToId : undefined);
    if (next.email !== undefined && next.email.toLowerCase() !== current.email.toLowerCase()) await this.assertEmailFree(manager, user, next.email, id);
  }

  /** A company or owner that does not exist is a 400 naming the field, not a foreign-key 500. `manager`: the caller's transaction, if any. */
  private async validateReferences(manager: EntityManager, companyId: string | null, assignedToId: string | null | undefined): Promise<void> {
    const errors: FieldError[] = [];
    if (companyId && !(await manager.getRepository(Company).existsBy({ id: companyId }))) {
      errors.push({ field: 'companyId', message: 'This company no longer exists; choose another' });
    }
    if (assignedToId) {
      const owner = await this.users.findById(assignedToId, manager);
      if (!owner || !owner.isActive) errors.push({ field: 'assignedToId', message: 'is not an active user; choose another owner' });
    }
    if (errors.length) throw validationProblem(errors);
  }

  private async assertEmailFree(manager: EntityManager, user: AuthUser, email: string, exceptId?: string): Promise<void> {
    const existing = await this.repository.findByEmail(email, exceptId, manager);
    if (existing) throw this.emailConflict(user, email, existing);
  }

  /** 409 naming the contact that holds the email — unless this member may not see it. */
  private emailConflict(user: AuthUser | null, email: string, existing: ContactView | null): ProblemException {
    if (!existing || (user && !maySeeOwnedBy(user, existing.assignedToId))) {
      return new ProblemException(HttpStatus.CONFLICT, `A contact with the email ${email} already exists (assigned to another user)`, {
        errors: [{ field: 'email', message: 'is already used by another contact' }],
      });
    }
    return new ProblemException(HttpStatus.CONFLICT, `A contact with the email ${email} already exists: ${fullName(existing)}`, {
      errors: [{ field: 'email', message: `is already used by ${fullName(existing)}` }],
      existingContactId: existing.id,
    });
  }

  /** The unique index wins a race between the check and the insert: still a 409, never a 500. */
  private async rethrowEmailConflict(error: unknown, user: AuthUser | null, email: string | undefined): Promise<never> {
    const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
    if (code === PG_UNIQUE_VIOLATION) {
      if (!email) throw new ProblemException(HttpStatus.CONFLICT, 'Another contact already has this email', { errors: [{ field: 'email', message: 'is already used by another contact' }] });
      throw this.emailConflict(user, email, await this.repository.findByEmail(email));
    }
    throw error;
  }
}

/** A contact as its GET answers it, as a webhook event's data. */
export function asEventData(view: ContactView): Record<string, unknown> {
  return { ...ContactDto.from(view) };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  if (isValues(a) && isValues(b)) return changedKeys(a, b).length === 0;
  return (a ?? null) === (b ?? null);
}

function isValues(value: unknown): value is CustomValues {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** The names a `contact_updated` event gives its changed fields: a workflow narrows on one custom field as `cf.<key>`, so custom fields are named by key, not as the column. */
function changedFieldNames(current: { customFields: CustomValues }, next: Partial<ContactValues>, changed: (keyof ContactValues)[]): string[] {
  return changed.flatMap((f) => (f === 'customFields' ? changedKeys(current.customFields, next.customFields ?? {}).map((k) => `cf.${k}`) : [f]));
}

/** The timeline entries the product writes itself for a change: status, tags and owner. */
function changeTitles(
  current: { status: ContactStatus; tags: string[] },
  next: Partial<ContactValues>,
  changed: (keyof ContactValues)[],
  added: string[],
  ownerName: string | null,
): string[] {
  const titles: string[] = [];
  if (changed.includes('status')) titles.push(statusChangedTitle(current.status, next.status as ContactStatus));
  if (added.length) titles.push(tagsAddedTitle(added));
  const removed = changed.includes('tags') ? current.tags.filter((t) => !(next.tags ?? []).includes(t)) : [];
  if (removed.length) titles.push(`${removed.length === 1 ? 'Tag' : 'Tags'} removed: ${removed.join(', ')}`);
  if (changed.includes('assignedToId')) titles.push(ownerChangedTitle(ownerName));
  return titles;
}

const batchItemPipe = createValidationPipe();

/** A batch item checked as the body of `POST /api/contacts`, or its field errors. */
async function parseBatchItem(raw: unknown): Promise<{ dto: CreateContactDto; given: Set<string> } | { errors: FieldError[] }> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { errors: [{ field: 'contacts', message: 'Each item must be a contact object' }] };
  try {
    const dto = (await batchItemPipe.transform(raw, { type: 'body', metatype: CreateContactDto })) as CreateContactDto;
    return { dto, given: new Set(Object.keys(raw)) };
  } catch (error) {
    if (error instanceof ProblemException) return { errors: error.extras.errors ?? [] };
    throw error;
  }
}

function failedItem(index: number, errors: FieldError[]): ContactBatchItemResultDto {
  return { index, status: 'failed', errors: humanFieldErrors(errors) };
}

/** Errors caused by the data of a row (too long, bad value, constraint), as opposed to the database being unavailable. */
function isDataError(error: unknown): boolean {
  const code = error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
