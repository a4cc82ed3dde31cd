import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../common/sql-rows';
import { LIVE_SENDER_KEYS_SQL } from '../emails/sending/sender-liveness.repository';
import { StepAction } from './workflow.constants';

/**
 * Not held by a worker: no lease, a lease run out, or a lease of a process that has died (its
 * sender key's lock is gone), which a new worker takes over without waiting out the 15 minutes.
 * A retry's backoff (a lease without a holder) is waited out.
 */
const STEP_FREE_SQL = `(s.locked_until IS NULL OR s.locked_until < now()
  OR (s.claim_token IS NOT NULL AND s.claimed_by IS NOT NULL AND s.claimed_by NOT IN (${LIVE_SENDER_KEYS_SQL})))`;

/** Keyset position in the due steps; the time travels as text so microseconds survive the round trip through JS. */
export interface DueStepCursor {
  at: string;
  id: string;
}

export interface DueStep {
  id: string;
  attempts: number;
  cursor: DueStepCursor;
}

/** A step execution a worker holds, with what running it needs. */
export interface ClaimedStep {
  id: string;
  executionId: string;
  stepId: string | null;
  order: number;
  action: StepAction;
  attempts: number;
  workflowId: string;
  contactId: string;
}

/** What a step execution ended as; `emailLogId` is kept from an earlier attempt when not given. */
export interface StepResult {
  status: 'completed' | 'skipped' | 'failed';
  message: string | null;
  emailLogId: string | null;
}

/**
 * The worker's SQL of workflow_step_execution and the executions they advance: the scheduler
 * finds due steps, the engine claims one, then records its outcome. An outcome is written only
 * while the claim token still holds, so a worker whose lease ran out changes nothing.
 */
@Injectable()
export class WorkflowStepsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Pending steps that are due, whose earlier steps are done and that no worker holds, of executions
   * still running: at most `limit`, in due order, after `after`.
   */
  async due(after: DueStepCursor | null, limit: number): Promise<DueStep[]> {
    const rows: { id: string; attempts: number; cursor_at: string }[] = await this.dataSource.query(
      `SELECT s.id, s.attempts, s.scheduled_for::text AS cursor_at
       FROM workflow_step_execution s
       JOIN workflow_execution e ON e.id = s.execution_id AND e.status IN ('pending','in_progress')
       WHERE s.status = 'pending' AND s.scheduled_for <= now()
         AND ${STEP_FREE_SQL}
         AND ($1::timestamptz IS NULL OR (s.scheduled_for, s.id) > ($1::timestamptz, $2::uuid))
         AND NOT EXISTS (SELECT 1 FROM workflow_step_execution p
                         WHERE p.execution_id = s.execution_id AND p.step_order < s.step_order AND p.status = 'pending')
       ORDER BY s.scheduled_for, s.id
       LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, limit],
    );
    return rows.map((row) => ({ id: row.id, attempts: row.attempts, cursor: { at: row.cursor_at, id: row.id } }));
  }

  /**
   * Claims the step for `leaseSeconds` if it is due, pending, not held by another worker, its
   * earlier steps are done and its execution still runs; counts the attempt. Null otherwise: the
   * conditional UPDATE is what keeps two workers from both running one step.
   */
  async claim(stepExecutionId: string, token: string, leaseSeconds: number, senderKey: number): Promise<ClaimedStep | null> {
    const [claimed] = await queryRows<ClaimedStep>(
      this.dataSource,
      `UPDATE workflow_step_execution s
       SET claim_token = $2, locked_until = now() + make_interval(secs => $3), claimed_by = $4, attempts = s.attempts + 1, updated_at = now()
       FROM workflow_execution e
       WHERE s.id = $1 AND e.id = s.execution_id
         AND s.status = 'pending' AND s.scheduled_for <= now()
         AND ${STEP_FREE_SQL}
         AND e.status IN ('pending','in_progress')
         AND NOT EXISTS (SELECT 1 FROM workflow_step_execution p
                         WHERE p.execution_id = s.execution_id AND p.step_order < s.step_order AND p.status = 'pending')
       RETURNING s.id, s.execution_id AS "executionId", s.step_id AS "stepId", s.step_order AS "order", s.action, s.attempts,
                 e.workflow_id AS "workflowId", e.contact_id AS "contactId"`,
      [stepExecutionId, token, leaseSeconds, senderKey],
    );
    return claimed ?? null;
  }

  /** The execution's first claimed step starts it. */
  async markExecutionStarted(executionId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE workflow_execution SET status = 'in_progress', started_at = coalesce(started_at, now()), updated_at = now()
       WHERE id = $1 AND status = 'pending'`,
      [executionId],
    );
  }

  /**
   * Lets go of a failed attempt's claim and keeps the step from being claimed again for
   * `delaySeconds`: the lease doubles as the backoff. False when the step is no longer this
   * claim's or no longer pending (cancelled, or deleted with its workflow).
   */
  async releaseForRetry(id: string, token: string, delaySeconds: number, errorMessage: string): Promise<boolean> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE workflow_step_execution
       SET claim_token = NULL, claimed_by = NULL, locked_until = now() + make_interval(secs => $3), error_message = $4, updated_at = now()
       WHERE id = $1 AND claim_token = $2 AND status = 'pending'
       RETURNING id`,
      [id, token, delaySeconds, errorMessage],
    );
    return rows.length > 0;
  }

  /** Records the claimed step's outcome; null when the claim was lost (cancelled, or finished by another worker after the lease ran out). */
  async recordOutcome(manager: EntityManager, id: string, token: string, result: StepResult): Promise<{ scheduledFor: Date; executedAt: Date } | null> {
    const [row] = await queryRows<{ scheduledFor: Date; executedAt: Date }>(
      manager,
      `UPDATE workflow_step_execution
       SET status = $3, executed_at = now(), error_message = $4, email_log_id = coalesce($5, email_log_id),
           claim_token = NULL, claimed_by = NULL, locked_until = NULL, updated_at = now()
       WHERE id = $1 AND claim_token = $2 AND status = 'pending'
       RETURNING scheduled_for AS "scheduledFor", executed_at AS "executedAt"`,
      [id, token, result.status, result.message, result.emailLogId],
    );
    return row ?? null;
  }

  /** After a failed step: the execution's remaining steps will not run. */
  async skipRemaining(manager: EntityManager, executionId: string): Promise<void> {
    await manager.query(
      `UPDATE workflow_step_execution SET status = 'skipped', error_message = 'An earlier step failed', updated_at = now()
       WHERE execution_id = $1 AND status = 'pending'`,
      [executionId],
    );
  }

  async failExecution(manager: EntityManager, executionId: string, errorMessage: string): Promise<void> {
    await manager.query(
      `UPDATE workflow_execution SET status = 'failed', completed_at = now(), error_message = $2, updated_at = now()
       WHERE id = $1 AND status IN ('pending','in_progress')`,
      [executionId, errorMessage],
    );
  }

  /** Pushes the pending steps after `afterOrder` back by `seconds`. */
  async postponeLaterSteps(manager: EntityManager, executionId: string, afterOrder: number, seconds: number): Promise<void> {
    await manager.query(
      `UPDATE workflow_step_execution SET scheduled_for = scheduled_for + make_interval(secs => $3), updated_at = now()
       WHERE execution_id = $1 AND step_order > $2 AND status = 'pending'`,
      [executionId, afterOrder, seconds],
    );
  }

  /** The execution's next pending step, or null when none is left. */
  async nextPending(manager: EntityManager, executionId: string): Promise<{ id: string; scheduledFor: Date; attempts: number } | null> {
    const [row] = await manager.query(
      `SELECT id, scheduled_for AS "scheduledFor", attempts FROM workflow_step_execution
       WHERE execution_id = $1 AND status = 'pending' ORDER BY step_order LIMIT 1`,
      [executionId],
    );
    return row ?? null;
  }

  async completeExecution(manager: EntityManager, executionId: string): Promise<void> {
    await manager.query(
      `UPDATE workflow_execution SET status = 'completed', completed_at = now(), updated_at = now()
       WHERE id = $1 AND status IN ('pending','in_progress')`,
      [executionId],
    );
  }
}
