import { Injectable, NotFoundException } from '@nestjs/common';
import { ListQueryDto } from '../../common/dto/pagination.dto';
import { FieldError } from '../../common/filters/problem';
import { PipelinesService } from '../deals/pipelines.service';
import { TemplatesService } from '../emails/templates/templates.service';
import { WebhookEndpointsService } from '../webhooks/webhook-endpoints.service';
import { FieldsService } from '../fields/fields.service';
import { UsersService } from '../users/users.service';
import { TriggerData } from './entities/workflow.entity';
import { NormalizedStep, stepName } from './workflow-rules';

/**
 * Checks that what a workflow points at exists, through the owning modules' services:
 * email templates (emails), users (users), pipelines and stages (deals).
 */
@Injectable()
export class WorkflowReferences {
  constructor(
    private readonly users: UsersService,
    private readonly pipelines: PipelinesService,
    private readonly templates: TemplatesService,
    private readonly fields: FieldsService,
    private readonly endpoints: WebhookEndpointsService,
  ) {}

  async check(triggerData: TriggerData, steps: NormalizedStep[]): Promise<FieldError[]> {
    const errors: FieldError[] = [...(await this.checkStage(triggerData)), ...(await this.checkField(triggerData))];
    const assigned = steps.flatMap((step) => (step.action === 'assign_to' && step.actionData.userId ? [step.actionData.userId as string] : []));
    const users = new Map((await this.users.findByIds([...new Set(assigned)])).map((user) => [user.id, user]));
    for (const step of steps) {
      const prefix = `steps.${step.inputIndex}`;
      const name = stepName(step.inputIndex);
      if (step.action === 'send_email' && step.emailTemplateId && !(await this.exists(() => this.templates.get(step.emailTemplateId as string)))) {
        errors.push({ field: `${prefix}.emailTemplateId`, message: `${name}: this email template no longer exists; choose another` });
      }
      if (step.action === 'send_webhook' && step.actionData.endpointId && !(await this.exists(() => this.endpoints.get(step.actionData.endpointId as string)))) {
        errors.push({ field: `${prefix}.actionData.endpointId`, message: `${name}: this webhook endpoint no longer exists; choose another` });
      }
      if (step.action === 'assign_to' && step.actionData.userId) {
        const user = users.get(step.actionData.userId as string);
        if (!user) errors.push({ field: `${prefix}.actionData.userId`, message: `${name}: this user no longer exists; choose another` });
        else if (!user.isActive) errors.push({ field: `${prefix}.actionData.userId`, message: `${name}: ${user.name} has been deactivated; choose an active user` });
      }
    }
    return errors;
  }

  /** Runs a lookup that throws NotFoundException when the record is missing; anything else still throws. */
  private async found<T>(lookup: () => Promise<T>): Promise<T | null> {
    try {
      return await lookup();
    } catch (error) {
      if (error instanceof NotFoundException) return null;
      throw error;
    }
  }

  private async exists(lookup: () => Promise<unknown>): Promise<boolean> {
    return (await this.found(lookup)) !== null;
  }

  private async checkField(data: TriggerData): Promise<FieldError[]> {
    if (!data.field?.startsWith('cf.')) return [];
    const key = data.field.slice(3);
    if ((await this.fields.definitions('contact')).some((f) => f.key === key)) return [];
    return [{ field: 'triggerData.field', message: `The trigger’s field ${data.field} is not a contact custom field; choose another` }];
  }

  private async checkStage(data: TriggerData): Promise<FieldError[]> {
    if (data.pipelineId) {
      const pipeline = await this.found(() => this.pipelines.get(data.pipelineId as string));
      if (!pipeline) return [{ field: 'triggerData.pipelineId', message: 'The trigger’s pipeline no longer exists; choose another' }];
      if (data.stageId && !pipeline.stages.some((s) => s.id === data.stageId)) {
        return [{ field: 'triggerData.stageId', message: `Choose a stage of the pipeline “${pipeline.pipeline.name}”` }];
      }
      return [];
    }
    if (data.stageId) {
      // Pipelines are few (a handful per account): one page holds them all.
      const page = await this.pipelines.list(Object.assign(new ListQueryDto(), { limit: 200, offset: 0 }));
      if (!page.data.some((p) => p.stages.some((s) => s.id === data.stageId))) {
        return [{ field: 'triggerData.stageId', message: 'The trigger’s stage no longer exists; choose another' }];
      }
    }
    return [];
  }
}
