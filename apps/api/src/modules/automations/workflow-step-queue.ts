import { InjectQueue } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bull';
import { QueueName, WorkflowStepJob } from '../../queue/queue-names';

/**
 * Puts due step executions on Bull. The database stays the source of truth: a job that is lost
 * (Redis flushed, enqueue failed) is found again by the scheduler, and a duplicate is refused by
 * the claim, so enqueueing is best-effort and never throws.
 */
@Injectable()
export class WorkflowStepQueue {
  private readonly logger = new Logger(WorkflowStepQueue.name);

  constructor(@InjectQueue(QueueName.WorkflowSteps) private readonly queue: Queue<WorkflowStepJob>) {}

  async enqueue(steps: { id: string; attempts: number }[]): Promise<void> {
    if (!steps.length) return;
    try {
      await this.queue.addBulk(
        steps.map((step) => ({
          data: { stepExecutionId: step.id },
          // One job per attempt: Bull ignores a second add while the same attempt is still queued.
          opts: { jobId: `${step.id}:${step.attempts}`, removeOnComplete: true, removeOnFail: true },
        })),
      );
    } catch (error) {
      this.logger.warn(`Could not enqueue ${steps.length} workflow step(s), the scheduler will: ${(error as Error).message}`);
    }
  }
}
