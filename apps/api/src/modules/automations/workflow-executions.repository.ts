import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { andScopeToOwner, Caller, scopeToOwner } from '../../common/access/access-policy';
import { SortOrder } from '../../common/dto/pagination.dto';
import { escapeLike } from '../../common/sql';
import { queryRows } from '../../common/sql-rows';
import { StepExecutionDto, WorkflowExecutionDto } from './dto/execution.dto';
import { WorkflowActivityDto } from './dto/workflow-stats.dto';
import { StepAction, TriggerEvent } from './workflow.constants';

/** API sort field → SQL of the execution lists. */
export const EXECUTION_SORTS: Record<string, string> = {
  createdAt: 'e.created_at',
  startedAt: 'e.started_at',
  completedAt: 'e.completed_at',
  status: 'e.status',
};

/** An execution with its workflow's name, its contact's name and email, and its progress. */
export interface ExecutionRow {
  id: string;
  workflowId: string;
  workflowName: string;
  contactId: string;
  firstName: string;
  lastName: string;
  email: string;
  status: WorkflowExecutionDto['status'];
  triggerEvent: TriggerEvent;
  startedAt: Date | null;
  completedAt: Date | null;
  errorMessage: string | null;
  createdAt: Date;
  stepCount: string;
  stepsDone: string;
  nextStepAt: Date | null;
}

export interface StepExecutionRow {
  id: string;
  stepId: string | null;
  stepOrder: number;
  action: StepExecutionDto['action'];
  status: StepExecutionDto['status'];
  scheduledFor: Date;
  executedAt: Date | null;
  errorMessage: string | null;
  attempts: number;
  lockedUntil: Date | null;
  claimToken: string | null;
  emailLogId: string | null;
}

/** A step execution just written, as the queue needs it. */
export interface NewStepExecution {
  id: string;
  scheduledFor: Date;
  attempts: number;
  stepOrder: number;
}

export interface ExecutionFilter {
  workflowId?: string;
  contactId?: string;
  status?: string;
  /** Contact email or name. */
  search?: string;
}

export interface ExecutionFigures {
  active: string;
  completedExecutions: string;
  failedSteps: string;
}

export interface StepActivityRow {
  id: string;
  executionId: string;
  workflowId: string;
  workflowName: string;
  contactId: string;
  firstName: string;
  lastName: string;
  email: string;
  action: WorkflowActivityDto['action'];
  status: WorkflowActivityDto['status'];
  errorMessage: string | null;
  executedAt: Date;
}

/**
 * Execution lists and the dashboard's activity join `contact` here instead of asking the contacts
 * module: they page, sort and search over contact columns and narrow by the contact's owner, which
 * through ContactsService would mean loading every visible contact's id first.
 */
const EXECUTION_SELECT = `
  SELECT e.id, e.workflow_id AS "workflowId", w.name AS "workflowName", e.contact_id AS "contactId",
         c.first_name AS "firstName", c.last_name AS "lastName", c.email,
         e.status, e.trigger_event AS "triggerEvent", e.started_at AS "startedAt", e.completed_at AS "completedAt",
         e.error_message AS "errorMessage", e.created_at AS "createdAt",
         agg.step_count AS "stepCount", agg.steps_done AS "stepsDone", agg.next_step_at AS "nextStepAt"
  FROM workflow_execution e
  JOIN workflow w ON w.id = e.workflow_id
  JOIN contact c ON c.id = e.contact_id
  CROSS JOIN LATERAL (
    SELECT count(*) AS step_count,
           count(*) FILTER (WHERE s.status IN ('completed','skipped') AND s.executed_at IS NOT NULL) AS steps_done,
           min(GREATEST(s.scheduled_for, coalesce(s.locked_until, s.scheduled_for))) FILTER (WHERE s.status = 'pending') AS next_step_at
    FROM workflow_step_execution s WHERE s.execution_id = e.id
  ) agg`;

/** The SQL of `workflow_execution` and its `workflow_step_execution` rows outside the worker: enrolling, reading, cancelling, counting. */
@Injectable()
export class WorkflowExecutionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A new pending execution, unless the workflow is inactive (or gone), the contact is already in
   * it, or this event already started it: then null. Without a conflict target, both the running
   * (workflow, contact) and the (workflow, event) unique indexes apply.
   */
  async insertExecution(
    manager: EntityManager,
    execution: { workflowId: string; contactId: string; triggerEvent: TriggerEvent; eventId: string | null },
  ): Promise<{ id: string; createdAt: Date } | null> {
    const [inserted] = await manager.query(
      `INSERT INTO workflow_execution (workflow_id, contact_id, status, trigger_event, event_id)
       SELECT w.id, $2, 'pending', $3, $4 FROM workflow w WHERE w.id = $1 AND w.is_active
       ON CONFLICT DO NOTHING
       RETURNING id, created_at AS "createdAt"`,
      [execution.workflowId, execution.contactId, execution.triggerEvent, execution.eventId],
    );
    return inserted ?? null;
  }

  /** Ends at once an execution of a workflow without steps. */
  async completeEmpty(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`UPDATE workflow_execution SET status = 'completed', started_at = now(), completed_at = now() WHERE id = $1`, [id]);
  }

  /** The step executions of a new execution, each with its due time, in one statement. */
  insertStepExecutions(
    manager: EntityManager,
    executionId: string,
    steps: { stepId: string; order: number; action: StepAction; scheduledFor: Date }[],
  ): Promise<NewStepExecution[]> {
    return manager.query(
      `INSERT INTO workflow_step_execution (execution_id, step_id, step_order, action, scheduled_for)
       SELECT $1, step_id, step_order, action, scheduled_for
       FROM unnest($2::uuid[], $3::int[], $4::varchar[], $5::timestamptz[]) AS t(step_id, step_order, action, scheduled_for)
       RETURNING id, scheduled_for AS "scheduledFor", attempts, step_order AS "stepOrder"`,
      [executionId, steps.map((s) => s.stepId), steps.map((s) => s.order), steps.map((s) => s.action), steps.map((s) => s.scheduledFor)],
    );
  }

  /** The execution if the caller may see its contact (the access policy), else null. */
  /** `caller` null: without visibility (a webhook event); `manager`: inside the caller's transaction. */
  async findView(id: string, caller: Caller | null, manager?: EntityManager): Promise<ExecutionRow | null> {
    const params: unknown[] = [id];
    const [row] = await (manager ?? this.dataSource.manager).query(`${EXECUTION_SELECT} WHERE e.id = $1${caller ? andScopeToOwner('c', caller, params) : ''}`, params);
    return row ?? null;
  }

  /** The execution's step executions in step order. */
  stepsOf(executionId: string, manager?: EntityManager): Promise<StepExecutionRow[]> {
    return (manager ?? this.dataSource.manager).query(
      `SELECT id, step_id AS "stepId", step_order AS "stepOrder", action, status, scheduled_for AS "scheduledFor",
              executed_at AS "executedAt", error_message AS "errorMessage", attempts, locked_until AS "lockedUntil",
              claim_token AS "claimToken", email_log_id AS "emailLogId"
       FROM workflow_step_execution WHERE execution_id = $1 ORDER BY step_order`,
      [executionId],
    );
  }

  /** A page of the executions matching `filter` that the caller may see, and how many match. */
  async list(filter: ExecutionFilter, caller: Caller, order: SortOrder, limit: number, offset: number): Promise<{ rows: ExecutionRow[]; total: number }> {
    const params: unknown[] = [];
    const where: string[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replaceAll('?', `$${params.length}`));
    };
    if (filter.workflowId) add('e.workflow_id = ?', filter.workflowId);
    if (filter.contactId) add('e.contact_id = ?', filter.contactId);
    if (filter.status) add('e.status = ?', filter.status);
    const visibility = scopeToOwner('c', caller, params);
    if (visibility) where.push(visibility);
    if (filter.search) add(`(c.email ILIKE ? OR (c.first_name || ' ' || c.last_name) ILIKE ?)`, `%${escapeLike(filter.search)}%`);
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `${EXECUTION_SELECT} ${whereSql} ORDER BY ${order.column} ${order.direction} NULLS LAST, e.id LIMIT ${limit} OFFSET ${offset}`,
        params,
      ) as Promise<ExecutionRow[]>,
      this.dataSource.query(`SELECT count(*) AS n FROM workflow_execution e JOIN contact c ON c.id = e.contact_id ${whereSql}`, params) as Promise<
        { n: string }[]
      >,
    ]);
    return { rows, total: Number(count[0].n) };
  }

  /**
   * Locks the execution's step executions in step order, as the engine locks them: a step being
   * recorded right now finishes first instead of deadlocking with a cancel.
   */
  async lockSteps(manager: EntityManager, executionId: string): Promise<void> {
    await manager.query(`SELECT id FROM workflow_step_execution WHERE execution_id = $1 ORDER BY step_order FOR UPDATE`, [executionId]);
  }

  /** Cancels the execution if it is still running; false when it had already ended. */
  async cancel(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      manager,
      `UPDATE workflow_execution SET status = 'cancelled', completed_at = now(), updated_at = now()
       WHERE id = $1 AND status IN ('pending','in_progress') RETURNING id`,
      [id],
    );
    return rows.length > 0;
  }

  /** Marks every pending step of an execution skipped, releasing any claim on them. */
  async skipPending(manager: EntityManager, executionId: string, reason: string): Promise<void> {
    await manager.query(
      `UPDATE workflow_step_execution SET status = 'skipped', error_message = $2, claim_token = NULL, locked_until = NULL, updated_at = now()
       WHERE execution_id = $1 AND status = 'pending'`,
      [executionId, reason],
    );
  }

  /**
   * Which of `workflowIds` started for the contact within the last `minutes`, not counting an
   * execution `exceptEventId` started (a redelivered event finds its own execution there).
   */
  async workflowsRunRecently(contactId: string, workflowIds: string[], minutes: number, exceptEventId: string): Promise<string[]> {
    const rows: { workflowId: string }[] = await this.dataSource.query(
      `SELECT DISTINCT workflow_id AS "workflowId" FROM workflow_execution
       WHERE contact_id = $1 AND workflow_id = ANY($2::uuid[]) AND created_at > now() - make_interval(mins => $3)
         AND event_id IS DISTINCT FROM $4`,
      [contactId, workflowIds, minutes, exceptEventId],
    );
    return rows.map((row) => row.workflowId);
  }

  /** How many executions each workflow has in each status (absent: none). */
  countsByStatus(workflowIds: string[]): Promise<{ workflowId: string; status: WorkflowExecutionDto['status']; n: string }[]> {
    return this.dataSource.query(
      `SELECT workflow_id AS "workflowId", status, count(*) AS n FROM workflow_execution WHERE workflow_id = ANY($1::uuid[]) GROUP BY workflow_id, status`,
      [workflowIds],
    );
  }

  /** Active workflows (shared, so never narrowed), and the completed executions and failed steps of the contacts the caller may see. */
  async figures(caller: Caller): Promise<ExecutionFigures> {
    const params: unknown[] = [];
    const scope = scopeToOwner('c', caller, params);
    // Managers and admins count without touching contact at all; the join (a hash over a million
    // contacts in bench/dashboard) is only there to narrow a member's figures.
    const own = scope ? `JOIN contact c ON c.id = e.contact_id AND ${scope}` : '';
    const [row] = await this.dataSource.query(
      `SELECT
         (SELECT count(*) FROM workflow WHERE is_active) AS active,
         (SELECT count(*) FROM workflow_execution e ${own} WHERE e.status = 'completed') AS "completedExecutions",
         (SELECT count(*) FROM workflow_step_execution s ${own ? `JOIN workflow_execution e ON e.id = s.execution_id ${own}` : ''}
           WHERE s.status = 'failed') AS "failedSteps"`,
      params,
    );
    return row;
  }

  /** The latest executed steps of the contacts the caller may see, newest first. */
  recentSteps(caller: Caller, limit: number): Promise<StepActivityRow[]> {
    const params: unknown[] = [limit];
    return this.dataSource.query(
      `SELECT s.id, s.execution_id AS "executionId", e.workflow_id AS "workflowId", w.name AS "workflowName",
              e.contact_id AS "contactId", c.first_name AS "firstName", c.last_name AS "lastName", c.email,
              s.action, s.status, s.error_message AS "errorMessage", s.executed_at AS "executedAt"
       FROM workflow_step_execution s
       JOIN workflow_execution e ON e.id = s.execution_id
       JOIN workflow w ON w.id = e.workflow_id
       JOIN contact c ON c.id = e.contact_id
       WHERE s.executed_at IS NOT NULL${andScopeToOwner('c', caller, params)}
       ORDER BY s.executed_at DESC, s.id
       LIMIT $1`,
      params,
    );
  }
}
