import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository, SelectQueryBuilder } from 'typeorm';
import { maySeeOwnedBy, notFound, scopeQueryToOwner } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { DomainEvent } from '../../common/events';
import { FieldError, validationProblem } from '../../common/filters/problem';
import { escapeLike } from '../../common/sql';
import { queryRows } from '../../common/sql-rows';
import { ActivitiesService } from '../contacts/activities.service';
import { CompaniesService } from '../contacts/companies.service';
import { ContactsService } from '../contacts/contacts.service';
import { mergeValues } from '../fields/custom-field-rules';
import { FieldsService } from '../fields/fields.service';
import { OutboxService, RecordedEvents } from '../outbox/outbox.service';
import { UsersService } from '../users/users.service';
import { placeDeal, placeInColumn, PlacementRequest, stageChangeEntry } from './deal-rules';
import { CreateDealDto, DealStageHistoryDto, ListDealsQueryDto, MoveDealDto, UpdateDealDto } from './dto/deal.dto';
import { DealStageHistory } from './entities/deal-stage-history.entity';
import { Deal } from './entities/deal.entity';
import { Pipeline } from './entities/pipeline.entity';
import { Stage } from './entities/stage.entity';

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
    @InjectRepository(Deal) private readonly deals: Repository<Deal>,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
    private readonly contacts: ContactsService,
    private readonly companies: CompaniesService,
    private readonly outbox: OutboxService,
    private readonly activities: ActivitiesService,
    private readonly fields: FieldsService,
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

  async list(user: AuthUser, query: ListDealsQueryDto): Promise<Page<Deal>> {
    const order = parseSort(query.sort, SORTABLE, '-createdAt');
    const qb = this.withRelations();
    scopeQueryToOwner(qb, 'd', user);
    if (query.pipelineId) qb.andWhere('d.pipeline_id = :pipelineId', { pipelineId: query.pipelineId });
    if (query.stageId) qb.andWhere('d.stage_id = :stageId', { stageId: query.stageId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.assignedToId) qb.andWhere('d.assignedToId = :assignedToId', { assignedToId: query.assignedToId });
    if (query.contactId) qb.andWhere('d.contact_id = :contactId', { contactId: query.contactId });
    if (query.companyId) qb.andWhere('d.company_id = :companyId', { companyId: query.companyId });
    if (query.search) applyDealSearch(qb, query.search);
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
      if (!pipeline || !(await this.sharePipeline(manager, pipeline.id))) {
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
        position: await this.nextPosition(manager, placement.stage.id),
        stageChangedAt: new Date(),
        customFields,
      });
      await manager.save(deal);
      pending = await this.recordStageChange(manager, deal, null, placement.stage, user.id);
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
      if (pipelineId !== deal.pipelineId && !(await this.sharePipeline(manager, pipelineId))) {
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
        deal.position = await this.nextPosition(manager, placement.stage.id);
      }
      await manager.save(deal);
      if (placement.stageChanged) pending = await this.recordStageChange(manager, deal, fromStage, placement.stage, user.id);
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
      // One mover per column at a time, so two concurrent drops cannot interleave their renumbering.
      await manager.query('SELECT id FROM stage WHERE id = $1 FOR UPDATE', [placement.stage.id]);

      const fromStage = stages.find((s) => s.id === deal.stageId)!;
      if (placement.stageChanged) {
        await manager.update(Deal, deal.id, {
          stageId: placement.stage.id,
          status: placement.status,
          closeDate: placement.closeDate,
          stageChangedAt: new Date(),
        });
        Object.assign(deal, { stageId: placement.stage.id, status: placement.status, closeDate: placement.closeDate });
        pending = await this.recordStageChange(manager, deal, fromStage, placement.stage, user.id);
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
        await manager.query(
          `UPDATE deal AS d SET position = o.ord - 1
           FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord)
           WHERE d.id = o.id AND d.position <> o.ord - 1`,
          [order],
        );
      }
    });
    await this.outbox.deliver(pending);
    return this.get(user, id);
  }

  async remove(user: AuthUser, id: string): Promise<void> {
    const deal = await this.get(user, id);
    await this.deals.delete(deal.id);
  }

  /** The deal's stage history, oldest first, each entry with when the deal left that stage. */
  async history(user: AuthUser, id: string): Promise<DealStageHistoryDto[]> {
    await this.get(user, id);
    const rows: {
      id: string;
      from_stage_id: string | null;
      from_name: string | null;
      to_stage_id: string | null;
      to_name: string;
      changed_by_id: string | null;
      changed_by_name: string | null;
      changed_at: Date;
      left_at: Date | null;
    }[] = await this.dataSource.query(
      `SELECT h.id, h.from_stage_id, coalesce(fs.name, h.from_stage_name) AS from_name,
              h.to_stage_id, coalesce(ts.name, h.to_stage_name) AS to_name,
              h.changed_by_id, u.name AS changed_by_name, h.changed_at,
              lead(h.changed_at) OVER (ORDER BY h.changed_at, h.id) AS left_at
       FROM deal_stage_history h
       LEFT JOIN stage fs ON fs.id = h.from_stage_id
       LEFT JOIN stage ts ON ts.id = h.to_stage_id
       LEFT JOIN app_user u ON u.id = h.changed_by_id
       WHERE h.deal_id = $1
       ORDER BY h.changed_at, h.id`,
      [id],
    );
    return rows.map((row) => ({
      id: row.id,
      fromStage: row.from_name === null ? null : { id: row.from_stage_id, name: row.from_name },
      toStage: { id: row.to_stage_id, name: row.to_name },
      changedBy: row.changed_by_id && row.changed_by_name ? { id: row.changed_by_id, name: row.changed_by_name } : null,
      changedAt: row.changed_at.toISOString(),
      leftAt: row.left_at?.toISOString() ?? null,
    }));
  }

  /**
   * Moves every deal of `from` to the end of `to` (same pipeline) inside the caller's transaction,
   * for deleting a stage. Records their stage-change events and returns them, to deliver after commit.
   * Entering a closing stage closes the deals; entering a working stage keeps their status.
   */
  async moveAllDeals(manager: EntityManager, from: Stage, to: Stage, actorId: string): Promise<RecordedEvents> {
    const moved = await queryRows<{ id: string; contact_id: string | null; title: string; value: string; currency: string }>(
      manager,
      `WITH top AS (SELECT coalesce(max(position), -1) AS position FROM deal WHERE stage_id = $2),
            moving AS (SELECT id, row_number() OVER (ORDER BY position, created_at, id) AS rn FROM deal WHERE stage_id = $1)
       UPDATE deal AS d
       SET stage_id = $2,
           position = top.position + moving.rn,
           stage_changed_at = now(),
           updated_at = now(),
           status = coalesce($3, d.status),
           close_date = CASE WHEN $3::varchar IS NOT NULL AND d.status <> $3 THEN current_date ELSE d.close_date END
       FROM top, moving
       WHERE d.id = moving.id
       RETURNING d.id, d.contact_id, d.title, d.value, d.currency`,
      [from.id, to.id, to.outcome],
    );
    if (moved.length === 0) return null;
    await manager.query(
      `INSERT INTO deal_stage_history (deal_id, pipeline_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, changed_by_id)
       SELECT m.id, $2, $3, $4, $5, $6, $7 FROM unnest($1::uuid[]) AS m(id)`,
      [moved.map((m) => m.id), to.pipelineId, from.id, to.id, from.name, to.name, actorId],
    );
    for (const deal of moved) {
      if (!deal.contact_id) continue;
      const entry = stageChangeEntry({ title: deal.title, value: Number(deal.value), currency: deal.currency }, from, to);
      await this.activities.record({ contactId: deal.contact_id, type: 'system', ...entry, actorId }, manager);
    }
    return this.outbox.record(
      manager,
      moved.map((m) => ({
        name: DomainEvent.DealStageChanged,
        payload: { dealId: m.id, contactId: m.contact_id, pipelineId: to.pipelineId, fromStageId: from.id, toStageId: to.id, actorId },
      })),
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
    const [current] = await manager.query(`SELECT pipeline_id FROM deal WHERE id = $1`, [id]);
    if (current) await this.sharePipeline(manager, current.pipeline_id);
    const qb = manager.getRepository(Deal).createQueryBuilder('d').where('d.id = :id', { id }).setLock('pessimistic_write');
    scopeQueryToOwner(qb, 'd', user);
    const deal = await qb.getOne();
    if (!deal) throw notFound('Deal', id);
    return deal;
  }

  /** Share-locks a pipeline against concurrent stage edits; false when it does not exist. */
  private async sharePipeline(manager: EntityManager, pipelineId: string): Promise<boolean> {
    const rows = await manager.query(`SELECT id FROM pipeline WHERE id = $1 FOR SHARE`, [pipelineId]);
    return rows.length > 0;
  }

  private async nextPosition(manager: EntityManager, stageId: string): Promise<number> {
    const [row] = await manager.query(`SELECT coalesce(max(position), -1) + 1 AS next FROM deal WHERE stage_id = $1`, [stageId]);
    return Number(row.next);
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
