import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { assertVisible, maySeeOwnedBy, notFound } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { DomainEvent, PendingDomainEvent } from '../../common/events';
import { FieldError, ProblemException, validationProblem } from '../../common/filters/problem';
import { RawFieldFilter } from '../fields/custom-field-filters';
import { changedKeys, CustomValues, mergeValues } from '../fields/custom-field-rules';
import { FieldsService } from '../fields/fields.service';
import { OutboxService, RecordedEvents } from '../outbox/outbox.service';
import { UsersService } from '../users/users.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { ActivitiesService, RecordActivity } from './activities.service';
import { ContactFilter } from './contact-query';
import { CONTACT_SORTS, ContactsRepository, ContactView } from './contacts.repository';
import { ContactDto, CreateContactDto, ListContactsQueryDto, UpdateContactDto, fullName } from './dto/contact.dto';
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

/** The writable columns of a contact, as the API names them. */
interface ContactValues {
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  companyId: string | null;
  status: ContactStatus;
  tags: string[];
  notes: string | null;
  assignedToId: string | null;
  customFields: CustomValues;
}

/** The fields a PATCH copies as given; custom fields are merged into the stored ones instead, after their own check. */
const BUILT_IN_FIELDS: Exclude<keyof ContactValues, 'customFields'>[] = ['firstName', 'lastName', 'email', 'phone', 'companyId', 'status', 'tags', 'notes', 'assignedToId'];
const FIELDS: (keyof ContactValues)[] = [...BUILT_IN_FIELDS, 'customFields'];
const PG_UNIQUE_VIOLATION = '23505';

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

  /** Contacts by id, in the order given, without visibility (for jobs and workflows); missing ids are left out. */
  findByIds(ids: string[]): Promise<ContactView[]> {
    return this.repository.findViews([...new Set(ids)]);
  }

  /** `manager`: inside the caller's transaction (a second pooled connection there can wait forever on a full pool). */
  async findById(id: string, manager?: EntityManager): Promise<ContactView | null> {
    return this.repository.findView(id, manager);
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
    const customFields = mergeValues({}, await this.fields.validateValues('contact', input.customFields, { partial: false }));
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

  private async updateSignup(id: string, input: SignupValues): Promise<ContactView> {
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
        // A workflow narrows on one custom field as `cf.<key>`, so the event names the keys, not the column.
        const changedFields = changed.flatMap((f) => (f === 'customFields' ? changedKeys(current.customFields, next.customFields ?? {}).map((k) => `cf.${k}`) : [f]));
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
    const entries: Omit<RecordActivity, 'contactId' | 'type'>[] = [];
    if (changed.includes('status')) entries.push({ title: statusChangedTitle(current.status, next.status as ContactStatus) });
    if (added.length) entries.push({ title: tagsAddedTitle(added) });
    const removed = changed.includes('tags') ? current.tags.filter((t) => !(next.tags ?? []).includes(t)) : [];
    if (removed.length) entries.push({ title: `${removed.length === 1 ? 'Tag' : 'Tags'} removed: ${removed.join(', ')}` });
    if (changed.includes('assignedToId')) {
      const owner = next.assignedToId ? await this.users.findById(next.assignedToId, manager) : null;
      entries.push({ title: ownerChangedTitle(owner?.name ?? null) });
    }
    for (const entry of entries) {
      await this.activities.record({ ...entry, contactId: current.id, type: 'system', actorId }, manager);
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
