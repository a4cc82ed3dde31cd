import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { ShutdownCoordinator } from '../../common/shutdown';
import { QueueName, WorkflowStepJob } from '../../queue/queue-names';
import { WorkflowEngine } from './workflow-engine.service';

/** Runs due workflow steps. The engine claims each step in PostgreSQL, so duplicate jobs are harmless. */
@Processor(QueueName.WorkflowSteps)
export class WorkflowStepProcessor {
  constructor(
    private readonly engine: WorkflowEngine,
    private readonly shutdown: ShutdownCoordinator,
  ) {}

  /**
   * A step already running finishes before the process stops (its email included); once stopping,
   * none is claimed: it stays due, and the next worker's scheduler enqueues it again.
   */
  @Process({ concurrency: 4 })
  async run(job: Job<WorkflowStepJob>): Promise<void> {
    if (this.shutdown.stopping) return;
    await this.shutdown.track(() => this.engine.runStep(job.data.stepExecutionId));
  }
}
