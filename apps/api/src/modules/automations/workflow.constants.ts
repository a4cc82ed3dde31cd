/**
 * Domain events (and `manual`, `POST /api/workflows/{id}/run`) that can start a workflow: the `triggerEvent`
 * enum of the OpenAPI document. `triggerData` narrows them: `{tag}` for tag_added, `{pipelineId?, stageId?}`
 * for deal_stage_changed, `{field?}` for contact_updated, `{formId?}` for form_submitted (see TriggerDataDto).
 */
export const TRIGGER_EVENTS = ['contact_created', 'contact_updated', 'tag_added', 'deal_stage_changed', 'manual', 'form_submitted'] as const;
export type TriggerEvent = (typeof TRIGGER_EVENTS)[number];

export const STEP_ACTIONS = ['send_email', 'add_tag', 'remove_tag', 'change_status', 'assign_to', 'wait', 'send_webhook'] as const;
export type StepAction = (typeof STEP_ACTIONS)[number];

export const EXECUTION_STATUSES = ['pending', 'in_progress', 'completed', 'cancelled', 'failed'] as const;
export type ExecutionStatus = (typeof EXECUTION_STATUSES)[number];

export const STEP_EXECUTION_STATUSES = ['pending', 'completed', 'failed', 'skipped'] as const;
export type StepExecutionStatus = (typeof STEP_EXECUTION_STATUSES)[number];

/** Contact fields (API names) a `contact_updated` workflow can narrow on. */
export const CONTACT_UPDATE_FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyId',
  'status',
  'tags',
  'notes',
  'assignedToId',
] as const;

/** `triggerData` keys each trigger accepts; anything else is a 400 naming the key. */
export const TRIGGER_DATA_KEYS: Record<TriggerEvent, readonly string[]> = {
  contact_created: [],
  contact_updated: ['field'],
  tag_added: ['tag'],
  deal_stage_changed: ['pipelineId', 'stageId'],
  manual: [],
  form_submitted: ['formId'],
};

/** `actionData` keys each action accepts. */
export const ACTION_DATA_KEYS: Record<StepAction, readonly string[]> = {
  send_email: [],
  add_tag: ['tag'],
  remove_tag: ['tag'],
  change_status: ['status'],
  assign_to: ['userId'],
  wait: [],
  send_webhook: ['endpointId'],
};

export const MAX_STEPS = 50;
/** One year: longer waits are almost always a typo (minutes entered as seconds). */
export const MAX_DELAY_MINUTES = 525_600;
