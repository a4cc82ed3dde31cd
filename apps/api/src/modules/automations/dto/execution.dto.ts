import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsUUID } from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import {
  EXECUTION_STATUSES,
  ExecutionStatus,
  STEP_ACTIONS,
  STEP_EXECUTION_STATUSES,
  StepAction,
  StepExecutionStatus,
  TRIGGER_EVENTS,
  TriggerEvent,
} from '../workflow.constants';

export class ListExecutionsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: EXECUTION_STATUSES })
  @IsOptional()
  @IsIn(EXECUTION_STATUSES, { message: `must be one of ${EXECUTION_STATUSES.join(', ')}` })
  status?: ExecutionStatus;
}

export class ListAllExecutionsQueryDto extends ListExecutionsQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  workflowId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  contactId?: string;
}

export class RunWorkflowDto {
  /** Contacts to enrol (at most 1000 per call); each must be visible to the caller. */
  @ApiProperty({ type: [String], format: 'uuid', minItems: 1, maxItems: 1000 })
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one contact' })
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true, message: 'must be a list of UUIDs' })
  contactIds: string[];
}

export class RunSkippedDto {
  @ApiProperty({ format: 'uuid' })
  contactId: string;
  /** Why no execution started, e.g. the contact is already in this workflow. */
  @ApiProperty()
  reason: string;
}

export class RunWorkflowResultDto {
  /** Ids of the executions that started. */
  @ApiProperty({ type: [String], format: 'uuid' })
  executionIds: string[];
  @ApiProperty({ type: [RunSkippedDto] })
  skipped: RunSkippedDto[];
}

export class ExecutionContactDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ format: 'email' })
  email: string;
}

export class StepExecutionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  /** The workflow step it runs; null once that step was removed from the workflow. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  stepId: string | null;
  @ApiProperty({ type: 'integer' })
  order: number;
  @ApiProperty({ enum: STEP_ACTIONS })
  action: StepAction;
  @ApiProperty({ enum: STEP_EXECUTION_STATUSES })
  status: StepExecutionStatus;
  @ApiProperty({ format: 'date-time' })
  scheduledFor: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  executedAt: string | null;
  /** Why the step failed or was skipped; for a pending step, the error of its last attempt. */
  @ApiProperty({ type: String, nullable: true })
  errorMessage: string | null;
  @ApiProperty({ type: 'integer' })
  attempts: number;
  /** When a pending step that failed transiently is tried again. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  retryAt: string | null;
  /** The email log of a send_email step. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  emailLogId: string | null;
}

export class WorkflowExecutionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ format: 'uuid' })
  workflowId: string;
  @ApiProperty()
  workflowName: string;
  @ApiProperty({ type: ExecutionContactDto })
  contact: ExecutionContactDto;
  @ApiProperty({ enum: EXECUTION_STATUSES })
  status: ExecutionStatus;
  @ApiProperty({ enum: TRIGGER_EVENTS })
  triggerEvent: TriggerEvent;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  completedAt: string | null;
  @ApiProperty({ type: String, nullable: true })
  errorMessage: string | null;
  @ApiProperty({ type: 'integer' })
  stepCount: number;
  /** Steps that ran: completed, or skipped when reached (disabled, archived contact); not those a failure or cancel skipped. */
  @ApiProperty({ type: 'integer' })
  stepsDone: number;
  /** When the next pending step is due (or retried); null when none is left. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  nextStepAt: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class WorkflowExecutionDetailDto extends WorkflowExecutionDto {
  @ApiProperty({ type: [StepExecutionDto] })
  steps: StepExecutionDto[];
}

export class WorkflowExecutionPageDto extends PageDto(WorkflowExecutionDto) {}
