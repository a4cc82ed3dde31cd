import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { ActivitiesService } from '../contacts/activities.service';
import { WorkflowStep } from './entities/workflow-step.entity';
import { Workflow } from './entities/workflow.entity';
import { StepOutcome, WorkflowActions } from './workflow-actions.service';
import { WorkflowStepFailure } from './workflow-step-failure';
import { WorkflowStepQueue } from './workflow-step-queue';
import { MAX_STEP_ATTEMPTS, retryDelayMs } from './workflow-rules';
import { StepAction } from './workflow.constants';

/** How long a claim lasts: longer than any single action (SMTP timeouts included) can take. */
const LEASE_SECONDS = 15 * 60;
/** A step that ran later than this past its due time pushes the later steps back by as much. */
const LATENESS_TOLERANCE_MS = 60_000;

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

/**
 * Runs one step execution: claim (a conditional UPDATE, so two workers never both run it),
 * act, then record the outcome and advance the execution in one transaction.
 */
@Injectable()
export class WorkflowEngine {
  private readonly logger = new Logger(WorkflowEngine.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly actions: WorkflowActions,
    private readonly activities: ActivitiesService,
    private readonly queue: WorkflowStepQueue,
  ) {}

  /** Idempotent: a step that is not due, already claimed or already finished is left alone. Never throws. */
  async runStep(stepExecutionId: string): Promise<void> {
    const token = randomUUID();
    let claimed: ClaimedStep | null = null;
    try {
      claimed = await this.claim(stepExecutionId, token);
      if (!claimed) return;
      const outcome = await this.perform(claimed);
      await this.finish(claimed, token, outcome);
    } catch (error) {
      if (!claimed) {
        this.logger.error(`Workflow step ${stepExecutionId} could not be claimed: ${(error as Error).message}`);
        return;
      }
      await this.handleFailure(claimed, token, error).catch((inner: Error) =>
        // The lease runs out and the scheduler hands the step to a worker again.
        this.logger.error(`Workflow step ${stepExecutionId} failed and could not be recorded: ${inner.message}`),
      );
    }
  }

  async claim(stepExecutionId: string, token: string): Promise<ClaimedStep | null> {
    const [rows] = (await this.dataSource.query(
      `UPDATE workflow_step_execution s
       SET claim_token = $2, locked_until = now() + make_interval(secs => $3), attempts = s.attempts + 1, updated_at = now()
       FROM workflow_execution e
       WHERE s.id = $1 AND e.id = s.execution_id
         AND s.status = 'pending' AND s.scheduled_for <= now()
         AND (s.locked_until IS NULL OR s.locked_until < now())
         AND e.status IN ('pending','in_progress')
         AND NOT EXISTS (SELECT 1 FROM workflow_step_execution p
                         WHERE p.execution_id = s.execution_id AND p.step_order < s.step_order AND p.status = 'pending')
       RETURNING s.id, s.execution_id, s.step_id, s.step_order, s.action, s.attempts, e.workflow_id, e.contact_id`,
      [stepExecutionId, token, LEASE_SECONDS],
    )) as [Record<string, unknown>[], number];
    if (!rows.length) return null;
    const row = rows[0];
    await this.dataSource.query(
      `UPDATE workflow_execution SET status = 'in_progress', started_at = coalesce(started_at, now()), updated_at = now()
       WHERE id = $1 AND status = 'pending'`,
      [row.execution_id],
    );
    return {
      id: row.id as string,
      executionId: row.execution_id as string,
      stepId: row.step_id as string | null,
      order: row.step_order as number,
      action: row.action as StepAction,
      attempts: row.attempts as number,
      workflowId: row.workflow_id as string,
      contactId: row.contact_id as string,
    };
  }

  private async perform(claimed: ClaimedStep): Promise<StepOutcome> {
    const workflow = await this.dataSource.getRepository(Workflow).findOneBy({ id: claimed.workflowId });
    const step = claimed.stepId ? await this.dataSource.getRepository(WorkflowStep).findOneBy({ id: claimed.stepId }) : null;
    if (!workflow || !step) return { status: 'skipped', message: 'This step was removed from the workflow' };
    if (!step.isEnabled) return { status: 'skipped', message: 'This step is disabled' };
    return this.actions.perform({ stepExecutionId: claimed.id, workflow, step, contactId: claimed.contactId });
  }

  private async handleFailure(claimed: ClaimedStep, token: string, error: unknown): Promise<void> {
    const message = (error as Error)?.message || String(error);
    // Unknown errors (a database hiccup, a bug) get the same retries as a transient failure.
    const transient = error instanceof WorkflowStepFailure ? error.transient : true;
    if (transient && claimed.attempts < MAX_STEP_ATTEMPTS) {
      const delayMs = retryDelayMs(claimed.attempts);
      // The lease doubles as the backoff: the step is claimable again once it runs out.
      const [, affected] = (await this.dataSource.query(
        `UPDATE workflow_step_execution
         SET claim_token = NULL, locked_until = now() + make_interval(secs => $3), error_message = $4, updated_at = now()
         WHERE id = $1 AND claim_token = $2 AND status = 'pending'`,
        [claimed.id, token, delayMs / 1000, `Attempt ${claimed.attempts} failed: ${message}`],
      )) as [unknown[], number];
      // Cancelled or deleted with its workflow meanwhile: there is nothing left to retry.
      if (!affected) return;
      this.logger.warn(`Workflow step ${claimed.id} attempt ${claimed.attempts} failed (${message}); retrying in ${delayMs / 1000} s`);
      return;
    }
    const reason = transient ? `${message} (gave up after ${claimed.attempts} attempts)` : message;
    await this.finish(claimed, token, { status: 'failed', message: reason });
  }

  /** Records the outcome, writes the contact's activity, and completes or fails the execution, atomically. */
  private async finish(claimed: ClaimedStep, token: string, outcome: StepOutcome): Promise<void> {
    const next = await this.dataSource.transaction(async (manager) => {
      const [updated] = (await manager.query(
        `UPDATE workflow_step_execution
         SET status = $3, executed_at = now(), error_message = $4, email_log_id = coalesce($5, email_log_id),
             claim_token = NULL, locked_until = NULL, updated_at = now()
         WHERE id = $1 AND claim_token = $2 AND status = 'pending'
         RETURNING scheduled_for, executed_at`,
        [claimed.id, token, outcome.status, outcome.message ?? null, outcome.emailLogId ?? null],
      )) as [{ scheduled_for: Date; executed_at: Date }[], number];
      // Cancelled meanwhile (or, after an expired lease, finished by another worker): nothing to advance.
      if (!updated.length) return null;
      if (outcome.activity) {
        await this.activities.recordSystem(claimed.contactId, outcome.activity.title, outcome.activity.description ?? null, manager);
      }
      if (outcome.status === 'failed') {
        await manager.query(
          `UPDATE workflow_step_execution SET status = 'skipped', error_message = 'An earlier step failed', updated_at = now()
           WHERE execution_id = $1 AND status = 'pending'`,
          [claimed.executionId],
        );
        await manager.query(
          `UPDATE workflow_execution SET status = 'failed', completed_at = now(), error_message = $2, updated_at = now()
           WHERE id = $1 AND status IN ('pending','in_progress')`,
          [claimed.executionId, `Step ${claimed.order} (${claimed.action}) failed: ${outcome.message ?? 'unknown error'}`],
        );
        return null;
      }
      const lateMs = updated[0].executed_at.getTime() - updated[0].scheduled_for.getTime();
      if (lateMs > LATENESS_TOLERANCE_MS) {
        // Delays count from the previous step, so a step that ran late moves the rest with it.
        await manager.query(
          `UPDATE workflow_step_execution SET scheduled_for = scheduled_for + make_interval(secs => $3), updated_at = now()
           WHERE execution_id = $1 AND step_order > $2 AND status = 'pending'`,
          [claimed.executionId, claimed.order, lateMs / 1000],
        );
      }
      const pending: { id: string; scheduled_for: Date; attempts: number }[] = await manager.query(
        `SELECT id, scheduled_for, attempts FROM workflow_step_execution
         WHERE execution_id = $1 AND status = 'pending' ORDER BY step_order LIMIT 1`,
        [claimed.executionId],
      );
      if (!pending.length) {
        await manager.query(
          `UPDATE workflow_execution SET status = 'completed', completed_at = now(), updated_at = now()
           WHERE id = $1 AND status IN ('pending','in_progress')`,
          [claimed.executionId],
        );
        return null;
      }
      return pending[0];
    });
    if (next && next.scheduled_for.getTime() <= Date.now()) {
      await this.queue.enqueue([{ id: next.id, attempts: next.attempts }]);
    }
  }
}
