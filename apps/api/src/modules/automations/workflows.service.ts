import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { FieldError, validationProblem } from '../../common/filters/problem';
import { escapeLike } from '../../common/sql';
import { UsersService } from '../users/users.service';
import { CreateWorkflowDto, ExecutionCountsDto, ListWorkflowsQueryDto, StepAssignees, UpdateWorkflowDto, WorkflowDto } from './dto/workflow.dto';
import { WorkflowStep } from './entities/workflow-step.entity';
import { TriggerData, Workflow } from './entities/workflow.entity';
import { WorkflowExecutionsRepository } from './workflow-executions.repository';
import { WorkflowReferences } from './workflow-references.service';
import { checkSteps, checkTriggerData, NormalizedStep, StepDefinition, stepName } from './workflow-rules';
import { TriggerEvent } from './workflow.constants';
import { WorkflowsRepository } from './workflows.repository';

const SORTABLE = { name: 'w.name', createdAt: 'w.created_at', updatedAt: 'w.updated_at', triggerEvent: 'w.trigger_event' };

const EMPTY_COUNTS: ExecutionCountsDto = { running: 0, completed: 0, failed: 0, cancelled: 0 };
/**
 * How long a process reuses its list of active workflows per trigger. Every domain event asks for
 * it — an import of 100,000 contacts emits a quarter of a million — and asking the database each
 * time made imports 5× slower and grew the worker by gigabytes of waiting queries. A change made in
 * this process clears it at once; another process sees it within this delay.
 */
const ACTIVE_WORKFLOWS_TTL_MS = 2_000;

/** Workflow definitions: CRUD with the whole ordered step list validated and written in one transaction. */
@Injectable()
export class WorkflowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Workflow) private readonly workflows: Repository<Workflow>,
    private readonly references: WorkflowReferences,
    private readonly users: UsersService,
    private readonly workflowRows: WorkflowsRepository,
    private readonly executionRows: WorkflowExecutionsRepository,
  ) {}

  private readonly activeByTrigger = new Map<TriggerEvent, { at: number; workflows: Promise<Workflow[]> }>();

  async list(query: ListWorkflowsQueryDto): Promise<Page<WorkflowDto>> {
    const order = parseSort(query.sort, SORTABLE, '-createdAt');
    const qb = this.workflows.createQueryBuilder('w');
    if (query.search) qb.andWhere('(w.name ILIKE :q OR w.description ILIKE :q)', { q: `%${escapeLike(query.search)}%` });
    if (query.triggerEvent) qb.andWhere('w.trigger_event = :trigger', { trigger: query.triggerEvent });
    if (query.isActive !== undefined) qb.andWhere('w.is_active = :active', { active: query.isActive });
    const [rows, total] = await qb.orderBy(order.column, order.direction).addOrderBy('w.id').take(query.limit).skip(query.offset).getManyAndCount();
    const ids = rows.map((w) => w.id);
    const [steps, counts] = await Promise.all([this.stepsOf(ids), this.executionCounts(ids)]);
    const assignees = await this.assigneesOf(steps);
    const data = rows.map((w) => WorkflowDto.from({ ...w, steps: steps.filter((s) => s.workflowId === w.id) } as Workflow, counts.get(w.id) ?? EMPTY_COUNTS, assignees));
    return { data, total, limit: query.limit, offset: query.offset };
  }

  async get(id: string): Promise<WorkflowDto> {
    const workflow = await this.getEntity(id);
    const [counts, assignees] = await Promise.all([this.executionCounts([id]), this.assigneesOf(workflow.steps ?? [])]);
    return WorkflowDto.from(workflow, counts.get(id) ?? EMPTY_COUNTS, assignees);
  }

  /** The workflow with its steps (ascending order); 404 when missing. */
  async getEntity(id: string, manager?: EntityManager): Promise<Workflow> {
    const repository = manager ? manager.getRepository(Workflow) : this.workflows;
    const workflow = await repository.findOne({ where: { id }, relations: { steps: true }, order: { steps: { order: 'ASC' } } });
    if (!workflow) throw new NotFoundException(`Workflow ${id} not found`);
    return workflow;
  }

  /** Active workflows started by this event, with their steps in order (cached: ACTIVE_WORKFLOWS_TTL_MS). */
  findActiveByTrigger(triggerEvent: TriggerEvent): Promise<Workflow[]> {
    const cached = this.activeByTrigger.get(triggerEvent);
    if (cached && Date.now() - cached.at < ACTIVE_WORKFLOWS_TTL_MS) return cached.workflows;
    const workflows = this.workflows.find({
      where: { triggerEvent, isActive: true },
      relations: { steps: true },
      order: { createdAt: 'ASC', steps: { order: 'ASC' } },
    });
    this.activeByTrigger.set(triggerEvent, { at: Date.now(), workflows });
    workflows.catch(() => this.activeByTrigger.delete(triggerEvent));
    return workflows;
  }

  async create(dto: CreateWorkflowDto, actorId: string | null): Promise<WorkflowDto> {
    const { triggerData, steps } = await this.validate(dto.triggerEvent, dto.triggerData, dto.steps);
    const id = await this.dataSource.transaction(async (manager) => {
      const workflow = await manager.getRepository(Workflow).save(
        manager.getRepository(Workflow).create({
          name: dto.name,
          description: dto.description ?? null,
          triggerEvent: dto.triggerEvent,
          triggerData,
          isActive: dto.isActive ?? false,
          createdById: actorId,
        }),
      );
      await this.writeSteps(manager, workflow.id, steps);
      return workflow.id;
    });
    this.activeByTrigger.clear();
    return this.get(id);
  }

  async update(id: string, dto: UpdateWorkflowDto): Promise<WorkflowDto> {
    const current = await this.getEntity(id);
    const triggerEvent = dto.triggerEvent ?? current.triggerEvent;
    // A new trigger makes the old filter meaningless, so it must come with its own (or none).
    const rawTriggerData = dto.triggerData ?? (dto.triggerEvent && dto.triggerEvent !== current.triggerEvent ? {} : (current.triggerData as Record<string, unknown>));
    // Steps not sent are left as they are (a step whose template was deleted must not block a rename).
    const { triggerData, steps } = await this.validate(triggerEvent, rawTriggerData, dto.steps, current.steps ?? []);
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(Workflow);
      // Lock the row so two editors saving steps at once serialize instead of interleaving.
      await repository.createQueryBuilder('w').setLock('pessimistic_write').where('w.id = :id', { id }).getOne();
      await repository.update(id, {
        ...(dto.name !== undefined && { name: dto.name }),
        ...(dto.description !== undefined && { description: dto.description }),
        triggerEvent,
        triggerData,
        ...(dto.isActive !== undefined && { isActive: dto.isActive }),
        updatedAt: new Date(),
      });
      if (dto.steps) await this.writeSteps(manager, id, steps);
    });
    this.activeByTrigger.clear();
    return this.get(id);
  }

  /**
   * Deletes the workflow with its executions, stopping the running ones: a step job that comes
   * later finds nothing to claim. The locking order that keeps this from deadlocking with the
   * engine is WorkflowsRepository's.
   */
  async remove(id: string): Promise<void> {
    const deleted = await this.dataSource.transaction(async (manager) => {
      if (!(await this.workflowRows.lockForDelete(manager, id))) return false;
      await this.workflowRows.lockStepExecutionsOf(manager, id);
      await this.workflowRows.deleteStepExecutionsOf(manager, id);
      await this.workflowRows.delete(manager, id);
      return true;
    });
    this.activeByTrigger.clear();
    if (!deleted) throw new NotFoundException(`Workflow ${id} not found`);
  }

  /** Refuses to start executions of an inactive workflow (manual runs). */
  assertActive(workflow: Workflow): void {
    if (!workflow.isActive) throw new ConflictException(`Workflow "${workflow.name}" is inactive: activate it before running it`);
  }

  private async validate(
    triggerEvent: TriggerEvent,
    rawTriggerData: Record<string, unknown> | undefined,
    rawSteps: StepDefinition[] | undefined,
    existingSteps?: WorkflowStep[],
  ): Promise<{ triggerData: TriggerData; steps: NormalizedStep[] }> {
    const trigger = checkTriggerData(triggerEvent, rawTriggerData);
    const checked = checkSteps(rawSteps ?? []);
    const errors: FieldError[] = [...trigger.errors, ...checked.errors];
    if (existingSteps) {
      const known = new Set(existingSteps.map((s) => s.id));
      for (const step of checked.steps) {
        if (step.id && !known.has(step.id)) {
          errors.push({ field: `steps.${step.inputIndex}.id`, message: `${stepName(step.inputIndex)}: it is not a step of this workflow; reload the page and try again` });
        }
      }
    }
    errors.push(...(await this.references.check(trigger.data, checked.steps)));
    if (errors.length) throw validationProblem(errors);
    return { triggerData: trigger.data, steps: checked.steps };
  }

  /** Replaces the step list: keeps steps by id (so executions stay linked), inserts new ones, deletes the rest. */
  private async writeSteps(manager: EntityManager, workflowId: string, steps: NormalizedStep[]): Promise<void> {
    const repository = manager.getRepository(WorkflowStep);
    const keep = steps.filter((s) => s.id).map((s) => s.id as string);
    const existing = await repository.find({ where: { workflowId } });
    const removed = existing.filter((s) => !keep.includes(s.id)).map((s) => s.id);
    if (removed.length) await repository.delete({ id: In(removed) });
    for (const step of steps) {
      const values = {
        workflowId,
        order: step.order,
        action: step.action,
        delayMinutes: step.delayMinutes,
        emailTemplateId: step.emailTemplateId,
        actionData: step.actionData,
        isEnabled: step.isEnabled,
      };
      if (step.id) await repository.update(step.id, { ...values, updatedAt: new Date() });
      else await repository.insert(values);
    }
  }

  private stepsOf(workflowIds: string[]): Promise<WorkflowStep[]> {
    if (!workflowIds.length) return Promise.resolve([]);
    return this.dataSource.getRepository(WorkflowStep).find({ where: { workflowId: In(workflowIds) }, order: { order: 'ASC' } });
  }

  /** The users the assign_to steps name, in one query; a deleted user is simply absent. */
  private async assigneesOf(steps: WorkflowStep[]): Promise<StepAssignees> {
    const ids = [...new Set(steps.filter((s) => s.action === 'assign_to' && s.actionData?.userId).map((s) => s.actionData.userId as string))];
    const users = await this.users.findByIds(ids);
    return new Map(users.map((u) => [u.id, { id: u.id, name: u.name, isActive: u.isActive }]));
  }

  /** Execution counts per workflow in one grouped query. */
  async executionCounts(workflowIds: string[]): Promise<Map<string, ExecutionCountsDto>> {
    const counts = new Map<string, ExecutionCountsDto>();
    if (!workflowIds.length) return counts;
    for (const row of await this.executionRows.countsByStatus(workflowIds)) {
      const entry = counts.get(row.workflowId) ?? { ...EMPTY_COUNTS };
      const n = Number(row.n);
      if (row.status === 'pending' || row.status === 'in_progress') entry.running += n;
      else if (row.status === 'completed') entry.completed += n;
      else if (row.status === 'failed') entry.failed += n;
      else if (row.status === 'cancelled') entry.cancelled += n;
      counts.set(row.workflowId, entry);
    }
    return counts;
  }
}
