import { HttpException, Injectable, NotFoundException } from '@nestjs/common';
import { ContactsService } from '../contacts/contacts.service';
import { ContactStatus } from '../contacts/entities/contact.entity';
import { EmailSendError } from '../emails/sending/email-errors';
import { EmailSendingService } from '../emails/sending/email-sending.service';
import { TemplatesService } from '../emails/templates/templates.service';
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
 * status and owner (with `sourceWorkflowId`, so the events they emit carry the self-retrigger
 * guard), the email engine's single-send path for emails.
 */
@Injectable()
export class WorkflowActions {
  constructor(
    private readonly contacts: ContactsService,
    private readonly users: UsersService,
    private readonly email: EmailSendingService,
    private readonly templates: TemplatesService,
  ) {}

  async perform(request: StepRequest): Promise<StepOutcome> {
    const { step, workflow, contactId } = request;
    const contact = await this.contacts.findById(contactId);
    // Deleting a contact deletes its executions; this only happens in the moment between the two.
    if (!contact) return { status: 'skipped', message: 'The contact was deleted' };
    if (contact.status === 'archived') return { status: 'skipped', message: 'The contact is archived' };
    const label = `Workflow “${workflow.name}”`;
    const change = { actorId: null, sourceWorkflowId: workflow.id };
    switch (step.action) {
      case 'wait':
        return { status: 'completed' };
      case 'add_tag': {
        const tag = step.actionData.tag as string;
        await this.onContact(() => this.contacts.addTags(contactId, [tag], change));
        return { status: 'completed', activity: { title: `${label} added the tag “${tag}”` } };
      }
      case 'remove_tag': {
        const tag = step.actionData.tag as string;
        await this.onContact(() => this.contacts.removeTag(contactId, tag, change));
        return { status: 'completed', activity: { title: `${label} removed the tag “${tag}”` } };
      }
      case 'change_status': {
        const status = step.actionData.status as ContactStatus;
        await this.onContact(() => this.contacts.updateFields(contactId, { status }, change));
        return { status: 'completed', activity: { title: `${label} set the status to ${status}` } };
      }
      case 'assign_to': {
        const user = step.actionData.userId ? await this.users.findById(step.actionData.userId) : null;
        if (!user || !user.isActive) throw new WorkflowStepFailure('The user to assign to no longer exists or is deactivated', false);
        await this.onContact(() => this.contacts.updateFields(contactId, { assignedToId: user.id }, change));
        return { status: 'completed', activity: { title: `${label} assigned the contact to ${user.name}` } };
      }
      case 'send_email':
        return this.sendEmail(request, label);
    }
  }

  private async sendEmail(request: StepRequest, label: string): Promise<StepOutcome> {
    const templateId = request.step.emailTemplateId;
    if (!templateId) throw new WorkflowStepFailure('This step has no email template', false);
    try {
      // Keyed by the step execution: a retried step gets the first attempt's email, never a second one.
      const result = await this.email.sendTemplateToContact({ templateId, contactId: request.contactId, workflowStepExecutionId: request.stepExecutionId });
      if (result.status === 'skipped') {
        const why = result.reason === 'address_suppressed' ? 'The address is suppressed (unsubscribed, bounced, blocked or erased)' : 'The contact is archived';
        return { status: 'skipped', message: why };
      }
      const template = await this.templates.get(templateId).catch(() => null);
      const what = template ? `the email “${template.name}”` : 'an email';
      return { status: 'completed', emailLogId: result.emailLogId ?? undefined, activity: { title: `${label} sent ${what}` } };
    } catch (error) {
      if (error instanceof EmailSendError) throw new WorkflowStepFailure(error.message, error.transient);
      throw error;
    }
  }

  /** Refusals by the contacts module (contact gone, too many tags) fail the step; anything else is retried. */
  private async onContact<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof NotFoundException) throw new WorkflowStepFailure('The contact was deleted', false);
      if (error instanceof HttpException && error.getStatus() < 500) throw new WorkflowStepFailure(error.message, false);
      throw error;
    }
  }
}
