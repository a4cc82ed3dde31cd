import { ApiHideProperty, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ListQueryDto, PageDto } from '../../../common/dto/pagination.dto';
import type { Workflow } from '../entities/workflow.entity';
import type { WorkflowStep } from '../entities/workflow-step.entity';
import { MAX_DELAY_MINUTES, MAX_STEPS, STEP_ACTIONS, StepAction, TRIGGER_EVENTS, TriggerEvent } from '../workflow.constants';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toBoolean = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class TriggerDataDto {
  /** tag_added: only this tag starts the workflow (any tag when absent). */
  @ApiPropertyOptional({ maxLength: 50 })
  tag?: string;
  /** deal_stage_changed: only deals of this pipeline. */
  @ApiPropertyOptional({ format: 'uuid' })
  pipelineId?: string;
  /** deal_stage_changed: only deals entering this stage. */
  @ApiPropertyOptional({ format: 'uuid' })
  stageId?: string;
  /** contact_updated: only updates that changed this field (API name, e.g. `status`, or `cf.<key>` for a custom field). */
  @ApiPropertyOptional({ example: 'status' })
  field?: string;
  /** form_submitted: only signups of this form (any form when absent). */
  @ApiPropertyOptional({ format: 'uuid' })
  formId?: string;
}

export class ActionDataDto {
  /** add_tag / remove_tag. */
  @ApiPropertyOptional({ maxLength: 50 })
  tag?: string;
  /** change_status: lead, prospect, customer or archived. */
  @ApiPropertyOptional({ enum: ['lead', 'prospect', 'customer', 'archived'] })
  status?: string;
  /** assign_to: an active user. */
  @ApiPropertyOptional({ format: 'uuid' })
  userId?: string;
  /**
   * send_webhook: a webhook endpoint (Settings → Webhooks). Its URL receives the payload and its
   * secret signs it (Standard Webhooks), so a workflow's webhook is verified like every other.
   */
  @ApiPropertyOptional({ format: 'uuid' })
  endpointId?: string;
}

export class WorkflowStepInputDto {
  /** Set to keep an existing step (and its execution history) when updating a workflow. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  id?: string;

  /** Position; steps run in ascending order. Defaults to the position in the array. */
  @ApiPropertyOptional({ type: 'integer', minimum: 1 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1)
  @Max(10_000)
  order?: number;

  @ApiProperty({ enum: STEP_ACTIONS })
  @IsIn(STEP_ACTIONS, { message: `must be one of ${STEP_ACTIONS.join(', ')}` })
  action: StepAction;

  /** Minutes after the previous step (after the trigger for the first step); days × 1440. */
  @ApiPropertyOptional({ type: 'integer', minimum: 0, maximum: MAX_DELAY_MINUTES, default: 0 })
  @IsOptional()
  @IsInt({ message: 'must be a whole number of minutes' })
  @Min(0, { message: 'must not be negative' })
  @Max(MAX_DELAY_MINUTES, { message: 'must be at most one year' })
  delayMinutes?: number;

  /** Required for send_email, refused for other actions. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a UUID' })
  emailTemplateId?: string | null;

  @ApiPropertyOptional({ type: ActionDataDto })
  @IsOptional()
  @IsObject({ message: 'must be an object' })
  actionData?: Record<string, unknown>;

  /** A disabled step is kept but skipped when executions reach it. */
  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean()
  isEnabled?: boolean;

  // Read-only (WorkflowStepDto.assignee), allowed so a step read from the API can be sent back as it
  // came; unknown fields are otherwise refused. Never read: the owner is `actionData.userId`.
  @ApiHideProperty()
  @Allow()
  assignee?: unknown;
}

export class CreateWorkflowDto {
  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiProperty({ enum: TRIGGER_EVENTS })
  @IsIn(TRIGGER_EVENTS, { message: `must be one of ${TRIGGER_EVENTS.join(', ')}` })
  triggerEvent: TriggerEvent;

  @ApiPropertyOptional({ type: TriggerDataDto })
  @ValidateIf((_, value) => value !== undefined)
  @IsObject({ message: 'must be an object' })
  triggerData?: Record<string, unknown>;

  /**
   * Only active workflows start executions; turning one off lets running executions finish. A new
   * workflow is a draft (inactive) unless this says otherwise, so a half-built one never acts on contacts.
   */
  @ApiPropertyOptional({ default: false })
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  isActive?: boolean;

  /** The whole ordered list of steps. */
  @ApiPropertyOptional({ type: [WorkflowStepInputDto], maxItems: MAX_STEPS })
  @ValidateIf((_, value) => value !== undefined)
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_STEPS)
  @IsArray({ message: 'must be an array of steps' })
  @Type(() => WorkflowStepInputDto)
  steps?: WorkflowStepInputDto[];
}

/**
 * Partial update. `steps`, when present, is the complete new list: steps with an `id` are kept
 * (their pending executions carry on), steps without one are added, missing ones are removed.
 */
export class UpdateWorkflowDto {
  // Not @IsOptional on the fields that cannot be empty: it lets null through, to a NOT NULL column (a 500) or ignored.
  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((_, value) => value !== undefined)
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 2000, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ enum: TRIGGER_EVENTS })
  @ValidateIf((_, value) => value !== undefined)
  @IsIn(TRIGGER_EVENTS, { message: `must be one of ${TRIGGER_EVENTS.join(', ')}` })
  triggerEvent?: TriggerEvent;

  @ApiPropertyOptional({ type: TriggerDataDto })
  @ValidateIf((_, value) => value !== undefined)
  @IsObject({ message: 'must be an object' })
  triggerData?: Record<string, unknown>;

  @ApiPropertyOptional()
  @ValidateIf((_, value) => value !== undefined)
  @IsBoolean()
  isActive?: boolean;

  @ApiPropertyOptional({ type: [WorkflowStepInputDto], maxItems: MAX_STEPS })
  @ValidateIf((_, value) => value !== undefined)
  @ValidateNested({ each: true })
  @ArrayMaxSize(MAX_STEPS)
  @IsArray({ message: 'must be an array of steps' })
  @Type(() => WorkflowStepInputDto)
  steps?: WorkflowStepInputDto[];
}

export class ListWorkflowsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: TRIGGER_EVENTS })
  @IsOptional()
  @IsIn(TRIGGER_EVENTS, { message: `must be one of ${TRIGGER_EVENTS.join(', ')}` })
  triggerEvent?: TriggerEvent;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean({ message: 'must be true or false' })
  isActive?: boolean;
}

export class WorkflowStepAssigneeDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ description: 'False once the user was deactivated: the step then fails when it runs' })
  isActive: boolean;
}

/** The users assign_to steps name, by id, loaded in one query for all the workflows of a response. */
export type StepAssignees = ReadonlyMap<string, WorkflowStepAssigneeDto>;

export class WorkflowStepDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ type: 'integer' })
  order: number;
  @ApiProperty({ enum: STEP_ACTIONS })
  action: StepAction;
  @ApiProperty({ type: 'integer' })
  delayMinutes: number;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  emailTemplateId: string | null;
  @ApiProperty({ type: ActionDataDto })
  actionData: ActionDataDto;
  @ApiProperty()
  isEnabled: boolean;
  // Spelled out in `description`: these JSDoc comments do not reach the OpenAPI document.
  @ApiProperty({
    type: WorkflowStepAssigneeDto,
    nullable: true,
    readOnly: true,
    description:
      'assign_to steps: the user `actionData.userId` names, for every reader (members may not list users). ' +
      'Null for other actions and when that user was deleted. Read-only: ignored in a create or update.',
  })
  assignee: WorkflowStepAssigneeDto | null;

  static from(step: WorkflowStep, assignees: StepAssignees): WorkflowStepDto {
    const userId = step.action === 'assign_to' ? step.actionData?.userId : undefined;
    return {
      id: step.id,
      order: step.order,
      action: step.action,
      delayMinutes: step.delayMinutes,
      emailTemplateId: step.emailTemplateId,
      actionData: step.actionData ?? {},
      isEnabled: step.isEnabled,
      assignee: userId ? (assignees.get(userId) ?? null) : null,
    };
  }
}

export class ExecutionCountsDto {
  /** Executions pending or in progress. */
  @ApiProperty({ type: 'integer' })
  running: number;
  @ApiProperty({ type: 'integer' })
  completed: number;
  @ApiProperty({ type: 'integer' })
  failed: number;
  @ApiProperty({ type: 'integer' })
  cancelled: number;
}

export class WorkflowDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ type: String, nullable: true })
  description: string | null;
  @ApiProperty({ enum: TRIGGER_EVENTS })
  triggerEvent: TriggerEvent;
  @ApiProperty({ type: TriggerDataDto })
  triggerData: TriggerDataDto;
  @ApiProperty()
  isActive: boolean;
  @ApiProperty({ type: [WorkflowStepDto] })
  steps: WorkflowStepDto[];
  @ApiProperty({ type: ExecutionCountsDto })
  executionCounts: ExecutionCountsDto;
  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  createdById: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ format: 'date-time' })
  updatedAt: string;

  static from(workflow: Workflow, counts: ExecutionCountsDto, assignees: StepAssignees): WorkflowDto {
    return {
      id: workflow.id,
      name: workflow.name,
      description: workflow.description,
      triggerEvent: workflow.triggerEvent,
      triggerData: workflow.triggerData ?? {},
      isActive: workflow.isActive,
      steps: [...(workflow.steps ?? [])].sort((a, b) => a.order - b.order).map((step) => WorkflowStepDto.from(step, assignees)),
      executionCounts: counts,
      createdById: workflow.createdById,
      createdAt: workflow.createdAt.toISOString(),
      updatedAt: workflow.updatedAt.toISOString(),
    };
  }
}

export class WorkflowPageDto extends PageDto(WorkflowDto) {}
