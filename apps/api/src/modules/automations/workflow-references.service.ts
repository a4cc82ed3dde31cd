import { Injectable } from '@nestjs/common';
import { FieldError } from '../../common/filters/problem';
import { UsersService } from '../users/users.service';
import { TriggerData } from './entities/workflow.entity';
import { NormalizedStep } from './workflow-rules';

/**
 * Checks that what a workflow points at exists, through the owning modules' services:
 * email templates (emails), users (users), pipelines and stages (deals).
 */
@Injectable()
export class WorkflowReferences {
  constructor(private readonly users: UsersService) {}

  async check(triggerData: TriggerData, steps: NormalizedStep[]): Promise<FieldError[]> {
    const errors: FieldError[] = [];
    for (const step of steps) {
      const prefix = `steps.${step.inputIndex}`;
      if (step.action === 'assign_to' && step.actionData.userId) {
        const user = await this.users.findById(step.actionData.userId);
        if (!user) errors.push({ field: `${prefix}.actionData.userId`, message: 'is not a known user' });
        else if (!user.isActive) errors.push({ field: `${prefix}.actionData.userId`, message: 'is a deactivated user' });
      }
    }
    return errors;
  }
}
