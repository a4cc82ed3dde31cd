import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { WebhookEventsService } from '../webhooks/webhook-events.service';
import { maySeeOwnedBy, notFound } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { validationProblem } from '../../common/filters/problem';
import { ContactsService } from '../contacts/contacts.service';
import {
  ListAllExecutionsQueryDto,
  ListExecutionsQueryDto,
  RunWorkflowResultDto,
  StepExecutionDto,
  WorkflowExecutionDetailDto,
  WorkflowExecutionDto,
} from './dto/execution.dto';
import { Workflow } from './entities/workflow.entity';
import { EXECUTION_SORTS, ExecutionRow, StepExecutionRow, WorkflowExecutionsRepository } from './workflow-executions.repository';
import { WorkflowStepQueue } from './workflow-step-queue';
import { planSchedule } from './workflow-rules';
import { TriggerEvent } from './workflow.constants';
import { WorkflowsService } from './workflows.service';

function toExecutionDto(row: ExecutionRow): WorkflowExecutionDto {
  return {
    id: row.id,
    workflowId: row.workflowId,
    workflowName: row.workflowName,
    contact: { id: row.contactId, name: `${row.firstName} ${row.lastName}`.trim() || row.email, email: row.email },
    status: row.status,
    triggerEvent: row.triggerEvent,
    startedAt: row.startedAt?.toISOString() ?? null,
    completedAt: row.completedAt?.toISOString() ?? null,
    errorMessage: row.errorMessage,
    stepCount: Number(row.stepCount),
    stepsDone: Number(row.stepsDone),
    nextStepAt: row.nextStepAt && ['pending', 'in_progress'].includes(row.status) ? row.nextStepAt.toISOString() : null,
    createdAt: row.createdAt.toISOString(),
  };
}

function toStepDto(row: StepExecutionRow): StepExecutionDto {
  const waitingForRetry = row.status === 'pending' && !row.claimToken && row.lockedUntil !== null && row.errorMessage !== null;
  return {
    id: row.id,
    stepId: row.stepId,
    order: row.stepOrder,
    action: row.action,
    status: row.status,
    scheduledFor: row.scheduledFor.toISOString(),
    executedAt: row.executedAt?.toISOString() ?? null,
    errorMessage: row.errorMessage,
    attempts: row.attempts,
    retryAt: waitingForRetry ? (row.lockedUntil as Date).toISOString() : null,
    emailLogId: row.emailLogId,
  };
}

/** Starting executions (triggers and manual runs), reading them, and cancelling them. */
@Injectable()
export class WorkflowExecutionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly workflows: WorkflowsService,
    private readonly queue: WorkflowStepQueue,
    private readonly contacts: ContactsService,
    private readonly rows: WorkflowExecutionsRepository,
    private readonly webhooks: WebhookEventsService,
  ) {}

  /**
   * Enrols a contact: one execution with a step execution per step, each with its due time.
   * Returns null, starting nothing, when the contact is already in this workflow, the workflow
   * was deactivated meanwhile, or `eventId` (the domain event that triggered it) already started
   * this workflow once. The first step is enqueued when due now; later ones wait for the scheduler.
   */
  async start(workflow: Workflow, contactId: string, triggerEvent: TriggerEvent, eventId: string | null = null): Promise<string | null> {
    const steps = [...(workflow.steps ?? [])].sort((a, b) => a.order - b.order);
    const started = await this.dataSource.transaction(async (manager) => {
      const inserted = await this.rows.insertExecution(manager, { workflowId: workflow.id, contactId, triggerEvent, eventId });
      if (!inserted) return null;
      if (!steps.length) {
        await this.rows.completeEmpty(manager, inserted.id);
        return { id: inserted.id, first: null };
      }
      const due = planSchedule(steps, inserted.createdAt);
      const rows = await this.rows.insertStepExecutions(
        manager,
        inserted.id,
        steps.map((step, index) => ({ stepId: step.id, order: step.order, action: step.action, scheduledFor: due[index] })),
      );
      const first = rows.reduce((a, b) => (a.stepOrder < b.stepOrder ? a : b));
      return { id: inserted.id, first };
    });
    if (!started) return null;
    if (started.first && started.first.scheduledFor.getTime() <= Date.now()) {
      await this.queue.enqueue([{ id: started.first.id, attempts: started.first.attempts }]);
    }
    return started.id;
  }

  /** `POST /workflows/:id/run`: enrols the listed contacts the caller can see. */
  async run(workflowId: string, contactIds: string[], user: AuthUser): Promise<RunWorkflowResultDto> {
    const workflow = await this.workflows.getEntity(workflowId);
    this.workflows.assertActive(workflow);
    const unique = [...new Set(contactIds.map((id) => id.toLowerCase()))];
    const found = await this.contacts.findByIds(unique);
    const visibleIds = new Set(found.filter((c) => maySeeOwnedBy(user, c.assignedToId)).map((c) => c.id));
    const unknown = contactIds.map((id, index) => ({ id, index })).filter((c) => !visibleIds.has(c.id.toLowerCase()));
    if (unknown.length) {
      throw validationProblem(unknown.map((c) => ({ field: `contactIds.${c.index}`, message: 'is not one of the contacts you can see' })));
    }
    const result: RunWorkflowResultDto = { executionIds: [], skipped: [] };
    for (const contactId of unique) {
      const id = await this.start(workflow, contactId, 'manual');
      if (id) result.executionIds.push(id);
      else result.skipped.push({ contactId, reason: 'already in this workflow' });
    }
    return result;
  }

  async listForWorkflow(workflowId: string, query: ListExecutionsQueryDto, user: AuthUser): Promise<Page<WorkflowExecutionDto>> {
    await this.workflows.getEntity(workflowId);
    return this.list({ workflowId }, query, user);
  }

  /** Every execution the caller may see, optionally of one workflow and/or one contact. */
  listAll(query: ListAllExecutionsQueryDto, user: AuthUser): Promise<Page<WorkflowExecutionDto>> {
    return this.list({ workflowId: query.workflowId, contactId: query.contactId }, query, user);
  }

  async get(id: string, user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    const execution = await this.rows.findView(id, user);
    if (!execution) throw notFound('Workflow execution', id);
    const steps = await this.rows.stepsOf(id);
    return { ...toExecutionDto(execution), steps: steps.map(toStepDto) };
  }

  /**
   * Publishes `workflow.execution_completed` with the execution as its GET answers it, inside the
   * transaction (`manager`) that completed or failed it.
   */
  async publishCompleted(manager: EntityManager, id: string): Promise<void> {
    const execution = await this.rows.findView(id, null, manager);
    if (!execution) return;
    const steps = await this.rows.stepsOf(id, manager);
    await this.webhooks.publish(manager, [{ type: 'workflow.execution_completed', data: { ...toExecutionDto(execution), steps: steps.map(toStepDto) } }]);
  }

  /** Stops an execution: it becomes `cancelled` and its pending steps `skipped`. 409 once it has ended. */
  async cancel(id: string, user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    // 404 unless the caller may see it.
    await this.get(id, user);
    const cancelled = await this.dataSource.transaction(async (manager) => {
      // Steps before the execution: a step being recorded right now finishes first (its
      // execution may then be over: 409) instead of deadlocking with this.
      await this.rows.lockSteps(manager, id);
      if (!(await this.rows.cancel(manager, id))) return false;
      await this.rows.skipPending(manager, id, 'Cancelled');
      return true;
    });
    const now = await this.get(id, user);
    // Read after the wait above: a run whose last step was being recorded has just completed.
    if (!cancelled) throw new ConflictException(`This execution is already ${now.status}`);
    return now;
  }

  private async list(
    scope: { workflowId?: string; contactId?: string },
    query: ListExecutionsQueryDto,
    user: AuthUser,
  ): Promise<Page<WorkflowExecutionDto>> {
    const order = parseSort(query.sort, EXECUTION_SORTS, '-createdAt');
    const { rows, total } = await this.rows.list({ ...scope, status: query.status, search: query.search }, user, order, query.limit, query.offset);
    return { data: rows.map(toExecutionDto), total, limit: query.limit, offset: query.offset };
  }
}
