import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { andScopeToOwner, maySeeOwnedBy, notFound, scopeToOwner } from '../../common/access/access-policy';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { Page, parseSort } from '../../common/dto/pagination.dto';
import { validationProblem } from '../../common/filters/problem';
import { escapeLike } from '../../common/sql';
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
import { WorkflowStepQueue } from './workflow-step-queue';
import { planSchedule } from './workflow-rules';
import { TriggerEvent } from './workflow.constants';
import { WorkflowsService } from './workflows.service';

const SORTABLE = { createdAt: 'e.created_at', startedAt: 'e.started_at', completedAt: 'e.completed_at', status: 'e.status' };

interface ExecutionRow {
  id: string;
  workflow_id: string;
  workflow_name: string;
  contact_id: string;
  first_name: string;
  last_name: string;
  email: string;
  status: WorkflowExecutionDto['status'];
  trigger_event: TriggerEvent;
  started_at: Date | null;
  completed_at: Date | null;
  error_message: string | null;
  created_at: Date;
  step_count: string;
  steps_done: string;
  next_step_at: Date | null;
}

interface StepRow {
  id: string;
  step_id: string | null;
  step_order: number;
  action: StepExecutionDto['action'];
  status: StepExecutionDto['status'];
  scheduled_for: Date;
  executed_at: Date | null;
  error_message: string | null;
  attempts: number;
  locked_until: Date | null;
  claim_token: string | null;
  email_log_id: string | null;
}

const EXECUTION_SELECT = `
  SELECT e.id, e.workflow_id, w.name AS workflow_name, e.contact_id, c.first_name, c.last_name, c.email,
         e.status, e.trigger_event, e.started_at, e.completed_at, e.error_message, e.created_at,
         agg.step_count, agg.steps_done, agg.next_step_at
  FROM workflow_execution e
  JOIN workflow w ON w.id = e.workflow_id
  JOIN contact c ON c.id = e.contact_id
  CROSS JOIN LATERAL (
    SELECT count(*) AS step_count,
           count(*) FILTER (WHERE s.status IN ('completed','skipped') AND s.executed_at IS NOT NULL) AS steps_done,
           min(GREATEST(s.scheduled_for, coalesce(s.locked_until, s.scheduled_for))) FILTER (WHERE s.status = 'pending') AS next_step_at
    FROM workflow_step_execution s WHERE s.execution_id = e.id
  ) agg`;

function toExecutionDto(row: ExecutionRow): WorkflowExecutionDto {
  return {
    id: row.id,
    workflowId: row.workflow_id,
    workflowName: row.workflow_name,
    contact: { id: row.contact_id, name: `${row.first_name} ${row.last_name}`.trim() || row.email, email: row.email },
    status: row.status,
    triggerEvent: row.trigger_event,
    startedAt: row.started_at?.toISOString() ?? null,
    completedAt: row.completed_at?.toISOString() ?? null,
    errorMessage: row.error_message,
    stepCount: Number(row.step_count),
    stepsDone: Number(row.steps_done),
    nextStepAt: row.next_step_at && ['pending', 'in_progress'].includes(row.status) ? row.next_step_at.toISOString() : null,
    createdAt: row.created_at.toISOString(),
  };
}

function toStepDto(row: StepRow): StepExecutionDto {
  const waitingForRetry = row.status === 'pending' && !row.claim_token && row.locked_until !== null && row.error_message !== null;
  return {
    id: row.id,
    stepId: row.step_id,
    order: row.step_order,
    action: row.action,
    status: row.status,
    scheduledFor: row.scheduled_for.toISOString(),
    executedAt: row.executed_at?.toISOString() ?? null,
    errorMessage: row.error_message,
    attempts: row.attempts,
    retryAt: waitingForRetry ? (row.locked_until as Date).toISOString() : null,
    emailLogId: row.email_log_id,
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
      const inserted: { id: string; created_at: Date }[] = await manager.query(
        // Without a conflict target: both the running (workflow, contact) and the (workflow, event) indexes apply.
        `INSERT INTO workflow_execution (workflow_id, contact_id, status, trigger_event, event_id)
         SELECT w.id, $2, 'pending', $3, $4 FROM workflow w WHERE w.id = $1 AND w.is_active
         ON CONFLICT DO NOTHING
         RETURNING id, created_at`,
        [workflow.id, contactId, triggerEvent, eventId],
      );
      if (!inserted.length) return null;
      const { id, created_at: startedAt } = inserted[0];
      if (!steps.length) {
        await manager.query(`UPDATE workflow_execution SET status = 'completed', started_at = now(), completed_at = now() WHERE id = $1`, [id]);
        return { id, first: null };
      }
      const due = planSchedule(steps, startedAt);
      const rows: { id: string; scheduled_for: Date; attempts: number; step_order: number }[] = await manager.query(
        `INSERT INTO workflow_step_execution (execution_id, step_id, step_order, action, scheduled_for)
         SELECT $1, step_id, step_order, action, scheduled_for
         FROM unnest($2::uuid[], $3::int[], $4::varchar[], $5::timestamptz[]) AS t(step_id, step_order, action, scheduled_for)
         RETURNING id, scheduled_for, attempts, step_order`,
        [id, steps.map((s) => s.id), steps.map((s) => s.order), steps.map((s) => s.action), due],
      );
      const first = rows.reduce((a, b) => (a.step_order < b.step_order ? a : b));
      return { id, first };
    });
    if (!started) return null;
    if (started.first && started.first.scheduled_for.getTime() <= Date.now()) {
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
    const params: unknown[] = [id];
    const rows: ExecutionRow[] = await this.dataSource.query(`${EXECUTION_SELECT} WHERE e.id = $1${andScopeToOwner('c', user, params)}`, params);
    if (!rows.length) throw notFound('Workflow execution', id);
    const steps: StepRow[] = await this.dataSource.query(
      `SELECT id, step_id, step_order, action, status, scheduled_for, executed_at, error_message, attempts, locked_until, claim_token, email_log_id
       FROM workflow_step_execution WHERE execution_id = $1 ORDER BY step_order`,
      [id],
    );
    return { ...toExecutionDto(rows[0]), steps: steps.map(toStepDto) };
  }

  /** Stops an execution: it becomes `cancelled` and its pending steps `skipped`. 409 once it has ended. */
  async cancel(id: string, user: AuthUser): Promise<WorkflowExecutionDetailDto> {
    // 404 unless the caller may see it.
    await this.get(id, user);
    const cancelled = await this.dataSource.transaction(async (manager) => {
      // Steps before the execution, as the engine locks them: a step being recorded right now
      // finishes first (its execution may then be over: 409) instead of deadlocking with this.
      await manager.query(`SELECT id FROM workflow_step_execution WHERE execution_id = $1 ORDER BY step_order FOR UPDATE`, [id]);
      // TypeORM answers an UPDATE with [rows, affected].
      const [rows] = (await manager.query(
        `UPDATE workflow_execution SET status = 'cancelled', completed_at = now(), updated_at = now()
         WHERE id = $1 AND status IN ('pending','in_progress') RETURNING id`,
        [id],
      )) as [{ id: string }[], number];
      if (!rows.length) return false;
      await this.skipPending(manager, id, 'Cancelled');
      return true;
    });
    const now = await this.get(id, user);
    // Read after the wait above: a run whose last step was being recorded has just completed.
    if (!cancelled) throw new ConflictException(`This execution is already ${now.status}`);
    return now;
  }

  /** Marks every pending step of an execution skipped (cancel, or an earlier step failed). */
  async skipPending(manager: EntityManager, executionId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE workflow_step_execution SET status = 'skipped', error_message = $2, claim_token = NULL, locked_until = NULL, updated_at = now()
       WHERE execution_id = $1 AND status = 'pending'`,
      [executionId, reason],
    );
  }

  private async list(
    scope: { workflowId?: string; contactId?: string },
    query: ListExecutionsQueryDto,
    user: AuthUser,
  ): Promise<Page<WorkflowExecutionDto>> {
    const order = parseSort(query.sort, SORTABLE, '-createdAt');
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (scope.workflowId) add('e.workflow_id = ?', scope.workflowId);
    if (scope.contactId) add('e.contact_id = ?', scope.contactId);
    if (query.status) add('e.status = ?', query.status);
    const visibility = scopeToOwner('c', user, params);
    if (visibility) where.push(visibility);
    if (query.search) add(`(c.email ILIKE ? OR (c.first_name || ' ' || c.last_name) ILIKE ?)`, `%${escapeLike(query.search)}%`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `${EXECUTION_SELECT} ${whereSql} ORDER BY ${order.column} ${order.direction} NULLS LAST, e.id LIMIT ${query.limit} OFFSET ${query.offset}`,
        params,
      ) as Promise<ExecutionRow[]>,
      this.dataSource.query(
        `SELECT count(*) AS n FROM workflow_execution e JOIN contact c ON c.id = e.contact_id ${whereSql}`,
        params,
      ) as Promise<{ n: string }[]>,
    ]);
    return { data: rows.map(toExecutionDto), total: Number(count[0].n), limit: query.limit, offset: query.offset };
  }
}
