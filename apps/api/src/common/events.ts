/**
 * Domain events modules publish through @nestjs/event-emitter. Contacts and deals record them in
 * the outbox (modules/outbox) inside the transaction of the change and deliver them after commit;
 * automations (and anything else) listen. Payloads carry ids, never entities, so a listener
 * always reads the current state.
 */
export const DomainEvent = {
  ContactCreated: 'contact_created',
  ContactUpdated: 'contact_updated',
  TagAdded: 'tag_added',
  DealStageChanged: 'deal_stage_changed',
  FormSubmitted: 'form_submitted',
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

/** A signup form accepted a submission (before any double opt-in confirmation). */
export interface FormSubmittedEvent {
  formId: string;
  submissionId: string;
  contactId: string;
}

export type DomainEventName = (typeof DomainEvent)[keyof typeof DomainEvent];

interface DomainEventPayloads {
  [DomainEvent.ContactCreated]: ContactCreatedEvent;
  [DomainEvent.ContactUpdated]: ContactUpdatedEvent;
  [DomainEvent.TagAdded]: TagAddedEvent;
  [DomainEvent.DealStageChanged]: DealStageChangedEvent;
  [DomainEvent.FormSubmitted]: FormSubmittedEvent;
}

/** An event a change produced, as its module hands it to the outbox. */
export type PendingDomainEvent = { [N in DomainEventName]: { name: N; payload: DomainEventPayloads[N] } }[DomainEventName];

/**
 * What a listener receives: the payload plus the id of its outbox row. An event may be delivered
 * more than once (the sweep after a crash between delivery and its acknowledgement), so a listener
 * with lasting effects keys them by `eventId`.
 */
export type Delivered<T> = T & { eventId: string };
