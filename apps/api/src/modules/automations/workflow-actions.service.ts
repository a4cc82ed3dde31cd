import { Injectable } from '@nestjs/common';
import { UsersService } from '../users/users.service';
import { WorkflowStep } from './entities/workflow-step.entity';
import { Workflow } from './entities/workflow.entity';
import { WorkflowStepFailure } from './workflow-step-failure';

export interface StepOutcome {
  status: 'completed' | 'skipped' | 'failed';
  message?: string;
  emailLogId?: string;
  /** The system activity written on the contact, in the same transaction as the outcome. */
  activity?: { title: string; description?: string };
}

export interface StepRequest {
  stepExecutionId: string;
  workflow: Workflow;
  step: WorkflowStep;
  contactId: string;
}

/**
 * What a step does to a contact, through the owning modules' services: contacts for tags,
 * status and owner (with `sourceWorkflowId`, so the events they emit carry the guard), the email
 * engine's single-send path for emails.
 */
@Injectable()
export class WorkflowActions {
  constructor(private readonly users: UsersService) {}

  async perform(request: StepRequest): Promise<StepOutcome> {
    const { step, workflow } = request;
    const label = `Workflow “${workflow.name}”`;
    switch (step.action) {
      case 'wait':
        return { status: 'completed' };
      case 'assign_to': {
        const user = step.actionData.userId ? await this.users.findById(step.actionData.userId) : null;
        if (!user || !user.isActive) throw new WorkflowStepFailure('The user to assign to no longer exists or is deactivated', false);
        return { status: 'completed', activity: { title: `${label}: assigned to ${user.name}` } };
      }
      default:
        throw new WorkflowStepFailure(`The ${step.action} action is not available`, false);
    }
  }
}
