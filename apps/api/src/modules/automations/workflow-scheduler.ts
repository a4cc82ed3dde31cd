import { Injectable, Logger } from '@nestjs/common';
import { AdvisoryLock } from '../../common/locks';
import { Periodic, PeriodicJob } from '../../common/periodic';
import { WorkflowStepQueue } from './workflow-step-queue';
import { DueStepCursor, WorkflowStepsRepository } from './workflow-steps.repository';

const BATCH = 1000;
/** Enough for a burst (an import's worth of delayed steps falling due at once) without an endless tick. */
const MAX_BATCHES_PER_TICK = 50;

/**
 * Finds pending steps that are due, whose earlier steps are done and that no worker holds, and
 * enqueues them. This is what makes delayed steps run, and what recovers every step after Redis is
 * flushed or a worker dies.
 */
@Injectable()
@Periodic({ name: 'workflow-steps-scheduler', lock: AdvisoryLock.WorkflowScheduler })
export class WorkflowScheduler implements PeriodicJob {
  private readonly logger = new Logger(WorkflowScheduler.name);

  constructor(
    private readonly steps: WorkflowStepsRepository,
    private readonly queue: WorkflowStepQueue,
  ) {}

  async tick(): Promise<void> {
    let enqueued = 0;
    let after: DueStepCursor | null = null;
    for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
      const due = await this.steps.due(after, BATCH);
      await this.queue.enqueue(due);
      enqueued += due.length;
      if (due.length < BATCH) break;
      after = due[due.length - 1].cursor;
    }
    if (enqueued) this.logger.log(`Enqueued ${enqueued} due workflow step(s)`);
  }
}
