import { Process, Processor } from '@nestjs/bull';
import type { Job } from 'bull';
import { QueueName, WorkflowStepJob } from '../../queue/queue-names';
import { WorkflowEngine } from './workflow-engine.service';

/** Runs due workflow steps. The engine claims each step in PostgreSQL, so duplicate jobs are harmless. */
@Processor(QueueName.WorkflowSteps)
export class WorkflowStepProcessor {
  constructor(private readonly engine: WorkflowEngine) {}

  @Process({ concurrency: 4 })
  async run(job: Job<WorkflowStepJob>): Promise<void> {
    await this.engine.runStep(job.data.stepExecutionId);
  }
}
