import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'crypto';
import { DataSource } from 'typeorm';
import { ActivitiesService } from '../contacts/activities.service';
import { EmailSendingService } from '../emails/sending/email-sending.service';
import { WorkflowStep } from './entities/workflow-step.entity';
import { Workflow } from './entities/workflow.entity';
import { StepOutcome, WorkflowActions } from './workflow-actions.service';
import { WorkflowExecutionsService } from './workflow-executions.service';
import { WorkflowStepFailure } from './workflow-step-failure';
import { WorkflowStepQueue } from './workflow-step-queue';
import { MAX_STEP_ATTEMPTS, retryDelayMs } from './workflow-rules';
import { ClaimedStep, WorkflowStepsRepository } from './workflow-steps.repository';

/** How long a claim lasts: longer than any single action (SMTP timeouts included) can take. */
const LEASE_SECONDS = 15 * 60;
/** A step that ran later than this past its due time pushes the later steps back by as much. */
const LATENESS_TOLERANCE_MS = 60_000;

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
    private readonly steps: WorkflowStepsRepository,
    private readonly executions: WorkflowExecutionsService,
    private readonly sending: EmailSendingService,
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
    // The lease names this process's sender key, so that if the process dies a new worker takes the step over at once.
    const claimed = await this.steps.claim(stepExecutionId, token, LEASE_SECONDS, await this.sending.senderKey());
    if (claimed) await this.steps.markExecutionStarted(claimed.executionId);
    return claimed;
  }

  private async perform(claimed: ClaimedStep): Promise<StepOutcome> {
    const workflow = await this.dataSource.getRepository(Workflow).findOneBy({ id: claimed.workflowId });
    const step = claimed.stepId ? await this.dataSource.getRepository(WorkflowStep).findOneBy({ id: claimed.stepId }) : null;
    if (!workflow || !step) return { status: 'skipped', message: 'This step was removed from the workflow' };
    if (!step.isEnabled) return { status: 'skipped', message: 'This step is disabled' };
    return this.actions.perform({ stepExecutionId: claimed.id, executionId: claimed.executionId, workflow, step, contactId: claimed.contactId });
  }

  private async handleFailure(claimed: ClaimedStep, token: string, error: unknown): Promise<void> {
    const message = (error as Error)?.message || String(error);
    // Unknown errors (a database hiccup, a bug) get the same retries as a transient failure.
    const transient = error instanceof WorkflowStepFailure ? error.transient : true;
    if (transient && claimed.attempts < MAX_STEP_ATTEMPTS) {
      const delayMs = retryDelayMs(claimed.attempts);
      const released = await this.steps.releaseForRetry(claimed.id, token, delayMs / 1000, `Attempt ${claimed.attempts} failed: ${message}`);
      // Cancelled or deleted with its workflow meanwhile: there is nothing left to retry.
      if (!released) return;
      this.logger.warn(`Workflow step ${claimed.id} attempt ${claimed.attempts} failed (${message}); retrying in ${delayMs / 1000} s`);
      return;
    }
    const reason = transient ? `${message} (gave up after ${claimed.attempts} attempts)` : message;
    await this.finish(claimed, token, { status: 'failed', message: reason });
  }

  /** Records the outcome, writes the contact's activity, and completes or fails the execution, atomically. */
  private async finish(claimed: ClaimedStep, token: string, outcome: StepOutcome): Promise<void> {
    const next = await this.dataSource.transaction(async (manager) => {
      const recorded = await this.steps.recordOutcome(manager, claimed.id, token, {
        status: outcome.status,
        message: outcome.message ?? null,
        emailLogId: outcome.emailLogId ?? null,
      });
      // Cancelled meanwhile (or, after an expired lease, finished by another worker): nothing to advance.
      if (!recorded) return null;
      if (outcome.activity) {
        await this.activities.recordSystem(claimed.contactId, outcome.activity.title, outcome.activity.description ?? null, manager);
      }
      if (outcome.status === 'failed') {
        await this.steps.skipRemaining(manager, claimed.executionId);
        await this.steps.failExecution(manager, claimed.executionId, `Step ${claimed.order} (${claimed.action}) failed: ${outcome.message ?? 'unknown error'}`);
        // A failed run is over too: the event's status says how it ended.
        await this.executions.publishCompleted(manager, claimed.executionId);
        return null;
      }
      const lateMs = recorded.executedAt.getTime() - recorded.scheduledFor.getTime();
      if (lateMs > LATENESS_TOLERANCE_MS) {
        // Delays count from the previous step, so a step that ran late moves the rest with it.
        await this.steps.postponeLaterSteps(manager, claimed.executionId, claimed.order, lateMs / 1000);
      }
      const pending = await this.steps.nextPending(manager, claimed.executionId);
      if (!pending) {
        await this.steps.completeExecution(manager, claimed.executionId);
        await this.executions.publishCompleted(manager, claimed.executionId);
      }
      return pending;
    });
    if (next && next.scheduledFor.getTime() <= Date.now()) {
      await this.queue.enqueue([{ id: next.id, attempts: next.attempts }]);
    }
  }
}
