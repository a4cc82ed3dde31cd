import { HttpException, Inject, Injectable, NotFoundException, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { ContactDto } from '../contacts/dto/contact.dto';
import { ContactsService } from '../contacts/contacts.service';
import { ContactStatus } from '../contacts/entities/contact.entity';
import { EmailSendError } from '../emails/sending/email-errors';
import { EmailSendingService } from '../emails/sending/email-sending.service';
import { TemplatesService } from '../emails/templates/templates.service';
import { UsersService } from '../users/users.service';
import { WebhookEndpointsService } from '../webhooks/webhook-endpoints.service';
import { WebhookSender } from '../webhooks/webhook-sender';
import { WorkflowExecution } from './entities/workflow-execution.entity';
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
  executionId: string;
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
export class WorkflowActions implements OnApplicationShutdown {
  /** The webhook endpoints' own sender: the same timeout, SSRF check at connect, no redirects and signing. */
  private readonly webhookSender: WebhookSender;

  constructor(
    private readonly contacts: ContactsService,
    private readonly users: UsersService,
    private readonly email: EmailSendingService,
    private readonly templates: TemplatesService,
    private readonly endpoints: WebhookEndpointsService,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.webhookSender = new WebhookSender({ timeoutMs: config.webhookTimeoutMs, allowPrivate: config.webhookAllowPrivate });
  }

  onApplicationShutdown(): void {
    this.webhookSender.close();
  }

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
      case 'send_webhook':
        return this.sendWebhook(request, contact, label);
    }
  }

  /**
   * POSTs `{type: 'workflow.send_webhook', timestamp, data: {contact, trigger, workflowId, executionId}}`
   * to the step's endpoint, signed with its secret. The step execution's id is the `webhook-id`, the
   * same at every retry, so the receiver can tell a retry from a second send. A non-2xx answer or
   * none in time is transient (the step's retries with backoff, then failed); an endpoint gone,
   * switched off or at a refused address is not.
   */
  private async sendWebhook(request: StepRequest, contact: Parameters<typeof ContactDto.from>[0], label: string): Promise<StepOutcome> {
    const endpointId = request.step.actionData.endpointId;
    const endpoint = endpointId ? await this.endpoints.get(endpointId).catch(() => null) : null;
    if (!endpoint) throw new WorkflowStepFailure('The webhook endpoint of this step no longer exists', false);
    // Members read step messages and the timeline: the URL (often a secret itself) stays with the admins.
    const name = `webhook endpoint ${endpoint.description ? `“${endpoint.description}”` : endpoint.id.slice(0, 8)}`;
    if (!endpoint.isActive) throw new WorkflowStepFailure(`The ${name} is switched off`, false);
    const execution = await this.dataSource.getRepository(WorkflowExecution).findOneBy({ id: request.executionId });
    const body = JSON.stringify({
      type: 'workflow.send_webhook',
      timestamp: new Date().toISOString(),
      data: {
        contact: ContactDto.from(contact),
        trigger: { event: execution?.triggerEvent ?? request.workflow.triggerEvent },
        workflowId: request.workflow.id,
        executionId: request.executionId,
      },
    });
    const result = await this.webhookSender.send({ url: endpoint.url, secret: endpoint.secret, msgId: request.stepExecutionId, body });
    if (!result.ok) {
      const why = result.error ?? `The ${name} answered ${result.status}`;
      throw new WorkflowStepFailure(why, !why.startsWith('Refused'));
    }
    return { status: 'completed', activity: { title: `${label} sent a webhook to the ${name}`, description: `Answered ${result.status}` } };
  }

  private async sendEmail(request: StepRequest, label: string): Promise<StepOutcome> {
    const templateId = request.step.emailTemplateId;
    if (!templateId) throw new WorkflowStepFailure('This step has no email template', false);
    try {
      // Keyed by the step execution: a retried step gets the first attempt's email, never a second one.
      const topicId = request.step.actionData?.topicId ?? null;
      const result = await this.email.sendTemplateToContact({ templateId, contactId: request.contactId, workflowStepExecutionId: request.stepExecutionId, topicId });
      if (result.status === 'skipped') {
        const why =
          result.reason === 'address_suppressed'
            ? 'The address is suppressed (unsubscribed, bounced, blocked or erased)'
            : result.reason === 'unsubscribed_topic'
              ? 'The contact is not subscribed to the email’s topic'
              : 'The contact is archived';
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
