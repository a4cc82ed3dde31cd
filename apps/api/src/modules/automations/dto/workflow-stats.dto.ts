import { ApiProperty } from '@nestjs/swagger';
import { STEP_ACTIONS, StepAction } from '../workflow.constants';

/** A step a workflow ran (or failed to run) on a contact. */
export class WorkflowActivityDto {
  @ApiProperty({ format: 'uuid' })
  stepExecutionId: string;
  @ApiProperty({ format: 'uuid' })
  executionId: string;
  @ApiProperty({ format: 'uuid' })
  workflowId: string;
  @ApiProperty()
  workflowName: string;
  @ApiProperty({ format: 'uuid' })
  contactId: string;
  @ApiProperty()
  contactName: string;
  @ApiProperty({ enum: STEP_ACTIONS })
  action: StepAction;
  @ApiProperty({ enum: ['completed', 'failed', 'skipped'] })
  status: 'completed' | 'failed' | 'skipped';
  @ApiProperty({ type: String, nullable: true })
  errorMessage: string | null;
  @ApiProperty({ format: 'date-time' })
  executedAt: string;
}

/** The `workflows` block of `GET /api/dashboard`. */
export class WorkflowStatsDto {
  /** Workflows switched on. */
  @ApiProperty({ type: 'integer' })
  active: number;
  @ApiProperty({ type: 'integer' })
  completedExecutions: number;
  /** Step executions that failed for good. */
  @ApiProperty({ type: 'integer' })
  failedSteps: number;
  /** The latest steps that ran, newest first. */
  @ApiProperty({ type: [WorkflowActivityDto] })
  recentActivity: WorkflowActivityDto[];
}
