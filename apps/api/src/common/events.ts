/**
 * Domain events modules publish through @nestjs/event-emitter. Contacts and deals emit them;
 * automations (and anything else) listen. Payloads carry ids, never entities, so a listener
 * always reads the current state.
 */
export const DomainEvent = {
  ContactCreated: 'contact_created',
  ContactUpdated: 'contact_updated',
  TagAdded: 'tag_added',
  DealStageChanged: 'deal_stage_changed',
} as const;

export interface ContactCreatedEvent {
  contactId: string;
  /** The user who acted, or null when the product itself acted (import by a job, a workflow). */
  actorId: string | null;
  /** False when the change must start no workflow (an import that was not asked to run them). */
  startsWorkflows?: boolean;
}

export interface ContactUpdatedEvent {
  contactId: string;
  actorId: string | null;
  /** API field names whose value changed, e.g. ['status', 'assignedToId']. */
  changedFields: string[];
  /** Set when a workflow execution made the change, so that workflow does not retrigger itself. */
  sourceWorkflowId?: string;
  /** As in ContactCreatedEvent. */
  startsWorkflows?: boolean;
}

export interface TagAddedEvent {
  contactId: string;
  actorId: string | null;
  tag: string;
  sourceWorkflowId?: string;
  /** As in ContactCreatedEvent. */
  startsWorkflows?: boolean;
}

export interface DealStageChangedEvent {
  dealId: string;
  contactId: string | null;
  pipelineId: string;
  fromStageId: string | null;
  toStageId: string;
  actorId: string | null;
}
