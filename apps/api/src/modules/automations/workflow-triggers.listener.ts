import { Injectable, Logger } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import {
  ContactCreatedEvent,
  ContactUpdatedEvent,
  DealStageChangedEvent,
  Delivered,
  DomainEvent,
  FormSubmittedEvent,
  TagAddedEvent,
} from '../../common/events';
import { Workflow } from './entities/workflow.entity';
import { WorkflowExecutionsRepository } from './workflow-executions.repository';
import { WorkflowExecutionsService } from './workflow-executions.service';
import { TriggerContext, triggerMatches } from './workflow-rules';
import { WorkflowsService } from './workflows.service';

/**
 * A change a workflow made starts no workflow that already ran for the same contact within this
 * window: it stops two workflows from feeding each other forever (A sets a status that starts B,
 * B sets one that starts A again), while a workflow never retriggers itself at all.
 */
const CHAIN_WINDOW_MINUTES = 60;

/**
 * Starts executions from domain events. Listeners run in whichever process delivered the event
 * (API requests, import and workflow jobs in the worker, the outbox sweep), which is why they
 * live in the domain module and not the worker module. An event delivered twice starts one
 * execution per workflow: executions are keyed by the event's id. A failure is thrown back to the
 * outbox, which keeps the event for its sweep to retry (errors are not suppressed).
 */
@Injectable()
export class WorkflowTriggersListener {
  private readonly logger = new Logger(WorkflowTriggersListener.name);

  constructor(
    private readonly workflows: WorkflowsService,
    private readonly executions: WorkflowExecutionsService,
    private readonly executionRows: WorkflowExecutionsRepository,
  ) {}

  @OnEvent(DomainEvent.ContactCreated, { async: true, promisify: true, suppressErrors: false })
  async onContactCreated(event: Delivered<ContactCreatedEvent>): Promise<void> {
    if (event.startsWorkflows === false) return;
    return this.trigger(event.eventId, event.contactId, { event: 'contact_created' });
  }

  @OnEvent(DomainEvent.ContactUpdated, { async: true, promisify: true, suppressErrors: false })
  async onContactUpdated(event: Delivered<ContactUpdatedEvent>): Promise<void> {
    if (event.startsWorkflows === false) return;
    return this.trigger(event.eventId, event.contactId, { event: 'contact_updated', changedFields: event.changedFields }, event.sourceWorkflowId);
  }

  @OnEvent(DomainEvent.TagAdded, { async: true, promisify: true, suppressErrors: false })
  async onTagAdded(event: Delivered<TagAddedEvent>): Promise<void> {
    if (event.startsWorkflows === false) return;
    return this.trigger(event.eventId, event.contactId, { event: 'tag_added', tag: event.tag }, event.sourceWorkflowId);
  }

  @OnEvent(DomainEvent.DealStageChanged, { async: true, promisify: true, suppressErrors: false })
  async onDealStageChanged(event: Delivered<DealStageChangedEvent>): Promise<void> {
    // Workflows act on contacts: a deal without a contact has nobody to enrol.
    if (!event.contactId) return;
    return this.trigger(event.eventId, event.contactId, { event: 'deal_stage_changed', pipelineId: event.pipelineId, stageId: event.toStageId });
  }

  @OnEvent(DomainEvent.FormSubmitted, { async: true, promisify: true, suppressErrors: false })
  async onFormSubmitted(event: Delivered<FormSubmittedEvent>): Promise<void> {
    return this.trigger(event.eventId, event.contactId, { event: 'form_submitted', formId: event.formId });
  }

  private async trigger(eventId: string, contactId: string, context: TriggerContext, sourceWorkflowId?: string): Promise<void> {
    try {
      const candidates = await this.workflows.findActiveByTrigger(context.event);
      const matching = candidates.filter((w) => w.id !== sourceWorkflowId && triggerMatches(w.triggerEvent, w.triggerData, context));
      const allowed = sourceWorkflowId ? await this.withoutRecentRuns(matching, contactId, eventId) : matching;
      for (const workflow of allowed) {
        await this.executions.start(workflow, contactId, context.event, eventId);
      }
    } catch (error) {
      this.logger.error(`Workflow trigger ${context.event} for contact ${contactId} failed: ${(error as Error).message}`);
      throw error;
    }
  }

  /** `eventId`: an execution this same event started is no recent run (a redelivery finds it already there). */
  private async withoutRecentRuns(workflows: Workflow[], contactId: string, eventId: string): Promise<Workflow[]> {
    if (!workflows.length) return workflows;
    const recent = await this.executionRows.workflowsRunRecently(contactId, workflows.map((w) => w.id), CHAIN_WINDOW_MINUTES, eventId);
    const skip = new Set(recent);
    for (const id of skip) this.logger.warn(`Workflow ${id} not restarted for contact ${contactId}: a workflow change within ${CHAIN_WINDOW_MINUTES} min`);
    return workflows.filter((w) => !skip.has(w.id));
  }
}
