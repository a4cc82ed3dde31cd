import { ForbiddenException, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { assertVisible, maySeeOwnedBy, notFound, scopeQueryToOwner } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { DomainEvent } from '../../common/events';
import { FieldError, validationProblem } from '../../common/filters/problem';
import { currentApiKeyId } from '../../common/request-context';
import { escapeLike } from '../../common/sql';
import { ActivitiesService } from '../contacts/activities.service';
import { CompaniesService } from '../contacts/companies.service';
import { ContactsService } from '../contacts/contacts.service';
import { customFieldConditions, RawFieldFilter } from '../fields/custom-field-filters';
import { mergeValues } from '../fields/custom-field-rules';
import { FieldsService } from '../fields/fields.service';
import { OutboxService, RecordedEvents } from '../outbox/outbox.service';
import { UsersService } from '../users/users.service';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { dealEventTypes, placeDeal, placeInColumn, PlacementRequest, stageChangeEntry } from './deal-rules';
import { DealsRepository } from './deals.repository';
import { CreateDealDto, DealDto, DealStageHistoryDto, ListDealsQueryDto, MoveDealDto, UpdateDealDto } from './dto/deal.dto';
import { DealStageHistory } from './entities/deal-stage-history.entity';
import { Deal } from './entities/deal.entity';
import { Pipeline } from './entities/pipeline.entity';
import { Stage } from './entities/stage.entity';
import { PipelinesRepository } from './pipelines.repository';

const SORTABLE = {
  createdAt: 'd.created_at',
  updatedAt: 'd.updated_at',
  title: 'd.title',
  value: 'd.value',
  closeDate: 'd.close_date',
  status: 'd.status',
  stage: 's.sort_order',
};

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Deals: CRUD, moves on the board, stage history. Every stage change — create, PATCH stageId or
 * status, board move, stage deletion — writes one history row in the same transaction and
 * records one `deal_stage_changed` in the outbox, delivered after commit.
 */
@Injectable()
export class DealsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly contacts: ContactsService,
    private readonly companies: CompaniesService,
    private readonly outbox: OutboxService,
    private readonly activities: ActivitiesService,
    private readonly dealRows: DealsRepository,
    private readonly pipelineRows: PipelinesRepository,
    private readonly fields: FieldsService,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /** Deals joined with everything a DealDto shows. */
  private withRelations(manager?: EntityManager): SelectQueryBuilder<Deal> {
    return (manager ?? this.dataSource.manager)
      .getRepository(Deal)
      .createQueryBuilder('d')
      .leftJoinAndSelect('d.contact', 'c')
      .leftJoinAndSelect('d.company', 'co')
      .leftJoinAndSelect('d.assignedTo', 'u')
      .innerJoinAndSelect('d.stage', 's')
      .innerJoinAndSelect('d.pipeline', 'p');
  }

  /** `customFields`: the list's `cf.*` parameters (CustomFieldParams). */
  async list(user: AuthUser, query: ListDealsQueryDto, customFields: RawFieldFilter[] = []): Promise<Page<Deal>> {
    const order = (await this.fields.resolveSort('deal', query.sort, 'd')) ?? parseSort(query.sort, SORTABLE, '-createdAt');
    const filters = await this.fields.resolveFilters('deal', customFields);
    const qb = this.withRelations();
    scopeQueryToOwner(qb, 'd', user);
    if (query.pipelineId) qb.andWhere('d.pipeline_id = :pipelineId', { pipelineId: query.pipelineId });
    if (query.stageId) qb.andWhere('d.stage_id = :stageId', { stageId: query.stageId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.assignedToId) qb.andWhere('d.assignedToId = :assignedToId', { assignedToId: query.assignedToId });
    if (query.contactId) qb.andWhere('d.contact_id = :contactId', { contactId: query.contactId });
    if (query.companyId) qb.andWhere('d.company_id = :companyId', { companyId: query.companyId });
    if (query.search) applyDealSearch(qb, query.search);
    const params: Record<string, unknown> = {};
    const param = (value: unknown) => {
      const name = `cf${Object.keys(params).length}`;
      params[name] = value;
      return `:${name}`;
    };
    for (const condition of customFieldConditions('d', filters, param)) qb.andWhere(condition);
    qb.setParameters(params);
    const [data, total] = await qb
      .orderBy(order.column, order.direction, order.direction === 'ASC' ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('d.id')
      .limit(query.limit)
      .offset(query.offset)
      .getManyAndCount();
    return { data, total, limit: query.limit, offset: query.offset };
  }

  /** The deal if this user may see it; 404 otherwise (members do not learn others' deals exist). */
  async get(user: AuthUser, id: string, manager?: EntityManager): Promise<Deal> {
    const qb = this.withRelations(manager).where('d.id = :id', { id });
    scopeQueryToOwner(qb, 'd', user);
    const deal = await qb.getOne();
    if (!deal) throw notFound('Deal', id);
    return deal;
  }

  async create(user: AuthUser, dto: CreateDealDto): Promise<Deal> {
    let pending: RecordedEvents = null;
    // Before the transaction: a deal's transaction must never wait for a second pooled connection.
    const customFields = mergeValues({}, await this.fields.validateValues('deal', dto.customFields ?? {}, { partial: false }));
    const id = await this.dataSource.transaction(async (manager) => {
      const errors: FieldError[] = [];
      const pipeline = dto.pipelineId
        ? await manager.findOne(Pipeline, { where: { id: dto.pipelineId } })
        : await manager.findOne(Pipeline, { where: { isDefault: true } });
      if (!pipeline || !(await this.pipelineRows.sharePipeline(manager, pipeline.id))) {
        throw validationProblem([{ field: 'pipelineId', message: 'This pipeline no longer exists; choose another' }]);
      }
      const stages = await manager.find(Stage, { where: { pipelineId: pipeline.id } });
      const placement = placeDeal(null, pipeline.id, stages, pick(dto), today());
      if (!placement.ok) errors.push(...placement.errors);

      const assignedToId = dto.assignedToId === undefined ? user.id : dto.assignedToId;
      this.assertMayAssign(user, assignedToId);
      errors.push(...(await this.ownerErrors(manager, assignedToId, user)));
      const refs = await this.findContactAndCompany(manager, user, dto.contactId ?? null, dto.companyId ?? null);
      errors.push(...refs.errors);
      if (errors.length || !placement.ok) throw validationProblem(errors);

      const deal = manager.create(Deal, {
        title: dto.title,
        description: dto.description ?? null,
        value: dto.value ?? 0,
        currency: dto.currency ?? 'USD',
        contactId: dto.contactId ?? null,
        // A deal with a contact belongs to the contact's company unless told otherwise.
        companyId: dto.companyId !== undefined ? dto.companyId : refs.contactCompanyId,
        pipelineId: pipeline.id,
        stageId: placement.stage.id,
        status: placement.status,
        closeDate: placement.closeDate,
        assignedToId,
        createdById: user.id,
        position: await this.dealRows.nextPosition(manager, placement.stage.id),
        stageChangedAt: new Date(),
        customFields,
      });
      await manager.save(deal);
      pending = await this.recordStageChange(manager, deal, null, placement.stage, user.id);
      await this.publish(manager, [{ id: deal.id, types: dealEventTypes(null, deal.status, true) }]);
      return deal.id;
    });
    // After commit: listeners (workflow triggers) read the committed deal.
    await this.outbox.deliver(pending);
    return this.get(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateDealDto): Promise<Deal> {
    let pending: RecordedEvents = null;
    const customFields = dto.customFields === undefined ? null : await this.fields.validateValues('deal', dto.customFields, { partial: true });
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.lockVisible(manager, user, id);
      const errors: FieldError[] = [];
      const pipelineId = dto.pipelineId ?? deal.pipelineId;
      if (pipelineId !== deal.pipelineId && !(await this.pipelineRows.sharePipeline(manager, pipelineId))) {
        throw validationProblem([{ field: 'pipelineId', message: 'This pipeline no longer exists; choose another' }]);
      }
      const stages = await manager.find(Stage, { where: { pipelineId } });
      const placement = placeDeal(deal, pipelineId, stages, pick(dto), today());
      if (!placement.ok) errors.push(...placement.errors);

      if (dto.assignedToId !== undefined && dto.assignedToId !== deal.assignedToId) {
        this.assertMayAssign(user, dto.assignedToId);
        errors.push(...(await this.ownerErrors(manager, dto.assignedToId, user)));
      }
      const contactChanged = dto.contactId !== undefined && dto.contactId !== deal.contactId;
      const companyChanged = dto.companyId !== undefined && dto.companyId !== deal.companyId;
      const refs = await this.findContactAndCompany(
        manager,
        user,
        contactChanged ? (dto.contactId ?? null) : null,
        companyChanged ? (dto.companyId ?? null) : null,
      );
      errors.push(...refs.errors);
      if (errors.length || !placement.ok) throw validationProblem(errors);

      const fromStage = stages.find((s) => s.id === deal.stageId) ?? (await manager.findOneByOrFail(Stage, { id: deal.stageId }));
      const statusBefore = deal.status;
      Object.assign(deal, {
        ...(dto.title !== undefined && { title: dto.title }),
        ...(dto.description !== undefined && { description: dto.description }),
        ...(dto.value !== undefined && { value: dto.value }),
        ...(dto.currency !== undefined && { currency: dto.currency }),
        ...(dto.contactId !== undefined && { contactId: dto.contactId }),
        ...(dto.companyId !== undefined && { companyId: dto.companyId }),
        ...(dto.assignedToId !== undefined && { assignedToId: dto.assignedToId }),
        ...(customFields && { customFields: mergeValues(deal.customFields, customFields) }),
        status: placement.status,
        closeDate: placement.closeDate,
      });
      if (contactChanged && dto.companyId === undefined && refs.contactCompanyId && !deal.companyId) {
        deal.companyId = refs.contactCompanyId;
      }
      if (placement.stageChanged) {
        deal.pipelineId = pipelineId;
        deal.stageId = placement.stage.id;
        deal.stageChangedAt = new Date();
        deal.position = await this.dealRows.nextPosition(manager, placement.stage.id);
      }
      await manager.save(deal);
      if (placement.stageChanged) pending = await this.recordStageChange(manager, deal, fromStage, placement.stage, user.id);
      await this.publish(manager, [{ id: deal.id, types: dealEventTypes(statusBefore, deal.status, placement.stageChanged) }]);
    });
    await this.outbox.deliver(pending);
    return this.get(user, id);
  }

  /**
   * A drag on the board: into `stageId` of the deal's pipeline at `index` among the column's
   * deals this user sees. Reordering within a column is not a stage change (no history, no event).
   */
  async move(user: AuthUser, id: string, dto: MoveDealDto): Promise<Deal> {
    let pending: RecordedEvents = null;
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.lockVisible(manager, user, id);
      const stages = await manager.find(Stage, { where: { pipelineId: deal.pipelineId } });
      const placement = placeDeal(deal, deal.pipelineId, stages, { stageId: dto.stageId }, today());
      if (!placement.ok) throw validationProblem(placement.errors);
      // One mover per column at a time.
      await this.pipelineRows.lockStage(manager, placement.stage.id);

      const fromStage = stages.find((s) => s.id === deal.stageId)!;
      if (placement.stageChanged) {
        const statusBefore = deal.status;
        await manager.update(Deal, deal.id, {
          stageId: placement.stage.id,
          status: placement.status,
          closeDate: placement.closeDate,
          stageChangedAt: new Date(),
        });
        Object.assign(deal, { stageId: placement.stage.id, status: placement.status, closeDate: placement.closeDate });
        pending = await this.recordStageChange(manager, deal, fromStage, placement.stage, user.id);
        await this.publish(manager, [{ id: deal.id, types: dealEventTypes(statusBefore, placement.status, true) }]);
      }
      if (placement.status === 'open') {
        const column = await manager.getRepository(Deal).find({
          select: { id: true, assignedToId: true },
          where: { stageId: placement.stage.id, status: 'open' },
          order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
        });
        const visible = new Set(column.filter((row) => maySeeOwnedBy(user, row.assignedToId)).map((row) => row.id));
        const order = placeInColumn(
          column.map((row) => row.id),
          (dealId) => visible.has(dealId),
          deal.id,
          dto.index,
        );
        await this.dealRows.renumberColumn(manager, order);
      }
    });
    await this.outbox.deliver(pending);
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const deal = await this.get(user, id);
    await this.dataSource.transaction(async (manager) => {
      // Deleted meanwhile by someone else: their delete announced it.
      if ((await manager.delete(Deal, deal.id)).affected) await this.webhooks.publish(manager, [{ type: 'deal.deleted', data: { id: deal.id } }]);
    });
  }

  /** The deal's stage history, oldest first, each entry with when the deal left that stage. */
  async history(user: AuthUser, id: string): Promise<DealStageHistoryDto[]> {
    await this.get(user, id);
    const rows = await this.dealRows.stageHistory(id);
    const changers = await this.users.findByIds([...new Set(rows.flatMap((row) => row.changedById ?? []))]);
    const names = new Map(changers.map((u) => [u.id, u.name]));
    return rows.map((row) => {
      const changedByName = row.changedById && names.get(row.changedById);
      return {
        id: row.id,
        fromStage: row.fromName === null ? null : { id: row.fromStageId, name: row.fromName },
        toStage: { id: row.toStageId, name: row.toName },
        changedBy: row.changedById && changedByName ? { id: row.changedById, name: changedByName } : null,
        apiKey: row.apiKeyId && row.apiKeyName ? { id: row.apiKeyId, name: row.apiKeyName } : null,
        changedAt: row.changedAt.toISOString(),
        leftAt: row.leftAt?.toISOString() ?? null,
      };
    });
  }

  /**
   * Moves every deal of `from` to the end of `to` (same pipeline) inside the caller's transaction,
   * for deleting a stage. Records their stage-change events and returns them, to deliver after commit.
   * Entering a closing stage closes the deals; entering a working stage keeps their status.
   */
  async moveAllDeals(manager: EntityManager, from: Stage, to: Stage, actorId: string): Promise<RecordedEvents> {
    const moved = await this.dealRows.moveAll(manager, from.id, to.id, to.outcome);
    if (moved.length === 0) return null;
    await this.dealRows.insertHistory(
      manager,
      moved.map((m) => m.id),
      { pipelineId: to.pipelineId, fromStageId: from.id, toStageId: to.id, fromStageName: from.name, toStageName: to.name, changedById: actorId },
    );
    await this.publish(
      manager,
      moved.map((m) => ({ id: m.id, types: dealEventTypes(m.previousStatus, to.outcome ?? m.previousStatus, true) })),
    );
    for (const deal of moved) {
      if (!deal.contactId) continue;
      const entry = stageChangeEntry({ title: deal.title, value: Number(deal.value), currency: deal.currency }, from, to);
      await this.activities.record({ contactId: deal.contactId, type: 'system', ...entry, actorId }, manager);
    }
    return this.outbox.record(
      manager,
      moved.map((m) => ({
        name: DomainEvent.DealStageChanged,
        payload: { dealId: m.id, contactId: m.contactId, pipelineId: to.pipelineId, fromStageId: from.id, toStageId: to.id, actorId },
      })),
    );
  }

  /** Publishes each deal's event types with the deal as its GET answers it, read inside the change's transaction: one call for them all. */
  private async publish(manager: EntityManager, changes: { id: string; types: ReturnType<typeof dealEventTypes> }[]): Promise<void> {
    if (!changes.length) return;
    const deals = await this.withRelations(manager)
      .where('d.id = ANY(:ids)', { ids: changes.map((c) => c.id) })
      .getMany();
    const byId = new Map(deals.map((deal) => [deal.id, DealDto.from(deal)]));
    await this.webhooks.publish(
      manager,
      changes.flatMap((change) => {
        const dto = byId.get(change.id);
        return dto ? change.types.map((type) => ({ type, data: { ...dto } })) : [];
      }),
    );
  }

  private async recordStageChange(
    manager: EntityManager,
    deal: Deal,
    from: Stage | null,
    to: Pick<Stage, 'id' | 'name' | 'outcome'>,
    actorId: string,
  ): Promise<RecordedEvents> {
    await manager.insert(DealStageHistory, {
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      fromStageId: from?.id ?? null,
      fromStageName: from?.name ?? null,
      toStageId: to.id,
      toStageName: to.name,
      changedById: actorId,
      apiKeyId: currentApiKeyId(),
    });
    if (deal.contactId) {
      await this.activities.record({ contactId: deal.contactId, type: 'system', ...stageChangeEntry(deal, from, to), actorId }, manager);
    }
    return this.outbox.record(manager, [
      {
        name: DomainEvent.DealStageChanged,
        payload: { dealId: deal.id, contactId: deal.contactId, pipelineId: deal.pipelineId, fromStageId: from?.id ?? null, toStageId: to.id, actorId },
      },
    ]);
  }

  /**
   * Locks the deal for this change. Its pipeline is share-locked first: stage edits lock the
   * pipeline exclusively, so moves and stage edits queue behind each other in one lock order.
   */
  private async lockVisible(manager: EntityManager, user: AuthUser, id: string): Promise<Deal> {
    const pipelineId = await this.dealRows.pipelineIdOf(manager, id);
    if (pipelineId) await this.pipelineRows.sharePipeline(manager, pipelineId);
    // Narrowed in the locking statement itself, so a member's edit of a deal they cannot see locks nothing.
    const qb = manager.getRepository(Deal).createQueryBuilder('d').where('d.id = :id', { id }).setLock('pessimistic_write');
    scopeQueryToOwner(qb, 'd', user);
    return assertVisible(user, 'Deal', id, await qb.getOne());
  }

  /** Members keep what they own: they cannot hand a deal to someone else or leave it unowned. */
  private assertMayAssign(user: AuthUser, assignedToId: string | null): void {
    if (user.role === 'member' && assignedToId !== user.id) {
      throw new ForbiddenException('Members can only assign deals to themselves');
    }
  }

  /** Lookups take the transaction's manager: a deal's transaction must never wait for a second pooled connection. */
  private async ownerErrors(manager: EntityManager, assignedToId: string | null, user: AuthUser): Promise<FieldError[]> {
    if (!assignedToId || assignedToId === user.id) return [];
    const owner = await this.users.findById(assignedToId, manager);
    return owner?.isActive ? [] : [{ field: 'assignedToId', message: 'is not an active user; choose another owner' }];
  }

  /** The contact and company a deal points at must exist; a member may only pick their own contacts. */
  private async findContactAndCompany(
    manager: EntityManager,
    user: AuthUser,
    contactId: string | null,
    companyId: string | null,
  ): Promise<{ errors: FieldError[]; contactCompanyId: string | null }> {
    const errors: FieldError[] = [];
    let contactCompanyId: string | null = null;
    if (contactId) {
      const contact = await this.contacts.findById(contactId, manager);
      if (!contact || !maySeeOwnedBy(user, contact.assignedToId)) errors.push({ field: 'contactId', message: 'This contact no longer exists or is not yours; choose another' });
      else contactCompanyId = contact.companyId;
    }
    if (companyId) {
      const [company] = await this.companies.findByIds([companyId], manager);
      if (!company) errors.push({ field: 'companyId', message: 'This company no longer exists; choose another' });
    }
    return { errors, contactCompanyId };
  }
}

/** Title, contact name or email, or company name (expects the aliases of `withRelations`). */
export function applyDealSearch(qb: SelectQueryBuilder<Deal>, search: string): void {
  qb.andWhere(
    `(d.title ILIKE :q OR (c.first_name || ' ' || c.last_name) ILIKE :q OR c.email ILIKE :q OR co.name ILIKE :q)`,
    { q: `%${escapeLike(search.trim())}%` },
  );
}

function pick(dto: CreateDealDto | UpdateDealDto): PlacementRequest {
  return { stageId: dto.stageId, status: dto.status, closeDate: dto.closeDate };
}
