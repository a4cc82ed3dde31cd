import type { components } from '@corral/api-client';

export type Workflow = components['schemas']['WorkflowDto'];
export type WorkflowStep = components['schemas']['WorkflowStepDto'];
export type TriggerEvent = Workflow['triggerEvent'];
export type StepAction = WorkflowStep['action'];
export type WorkflowInput = components['schemas']['CreateWorkflowDto'];
export type Execution = components['schemas']['WorkflowExecutionDto'];
export type ExecutionDetail = components['schemas']['WorkflowExecutionDetailDto'];
export type StepExecution = components['schemas']['StepExecutionDto'];
export type ExecutionStatus = Execution['status'];

export const TRIGGERS: { value: TriggerEvent; label: string; description: string }[] = [
  { value: 'contact_created', label: 'Contact created', description: 'When a contact is added by hand, by import or through the API.' },
  { value: 'tag_added', label: 'Tag added', description: 'When a contact gets a tag.' },
  { value: 'contact_updated', label: 'Contact updated', description: 'When a contact’s details change.' },
  { value: 'deal_stage_changed', label: 'Deal stage changed', description: 'When a deal of the contact enters a stage.' },
  { value: 'manual', label: 'Manual', description: 'Only when someone enrols contacts with “Run now”.' },
];

export const ACTIONS: { value: StepAction; label: string }[] = [
  { value: 'send_email', label: 'Send email' },
  { value: 'add_tag', label: 'Add tag' },
  { value: 'remove_tag', label: 'Remove tag' },
  { value: 'change_status', label: 'Change status' },
  { value: 'assign_to', label: 'Assign to user' },
  { value: 'wait', label: 'Wait' },
];

export const CONTACT_STATUSES = ['lead', 'prospect', 'customer', 'archived'] as const;
type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** Contact fields a `contact_updated` trigger can watch, with their labels. */
export const CONTACT_FIELDS: { value: string; label: string }[] = [
  { value: 'status', label: 'Status' },
  { value: 'tags', label: 'Tags' },
  { value: 'assignedToId', label: 'Owner' },
  { value: 'email', label: 'Email' },
  { value: 'firstName', label: 'First name' },
  { value: 'lastName', label: 'Last name' },
  { value: 'phone', label: 'Phone' },
  { value: 'companyId', label: 'Company' },
  { value: 'notes', label: 'Notes' },
];

export function triggerLabel(trigger: TriggerEvent): string {
  return TRIGGERS.find((t) => t.value === trigger)?.label ?? trigger;
}

export function actionLabel(action: StepAction): string {
  return ACTIONS.find((a) => a.value === action)?.label ?? action;
}

export interface Delay {
  days: number;
  hours: number;
  minutes: number;
}

export function splitDelay(totalMinutes: number): Delay {
  return { days: Math.floor(totalMinutes / 1440), hours: Math.floor((totalMinutes % 1440) / 60), minutes: totalMinutes % 60 };
}

export function joinDelay(delay: Delay): number {
  return delay.days * 1440 + delay.hours * 60 + delay.minutes;
}

/** "3 days 2 h", "45 min", or "" for no delay. */
export function formatDelay(totalMinutes: number): string {
  if (totalMinutes <= 0) return '';
  const { days, hours, minutes } = splitDelay(totalMinutes);
  return [days && `${days} ${days === 1 ? 'day' : 'days'}`, hours && `${hours} h`, minutes && `${minutes} min`].filter(Boolean).join(' ');
}

/** One step in the builder; `key` is stable across reorders (new steps have no `id` yet). */
export interface StepDraft {
  key: string;
  id?: string;
  action: StepAction;
  delay: Delay;
  emailTemplateId: string;
  tag: string;
  status: string;
  userId: string;
  isEnabled: boolean;
}

export interface WorkflowDraft {
  name: string;
  description: string;
  triggerEvent: TriggerEvent;
  tag: string;
  pipelineId: string;
  stageId: string;
  field: string;
  isActive: boolean;
  steps: StepDraft[];
}

let nextKey = 0;
function newKey(): string {
  nextKey += 1;
  return `step-${nextKey}`;
}

export function newStep(action: StepAction): StepDraft {
  return { key: newKey(), action, delay: { days: 0, hours: 0, minutes: 0 }, emailTemplateId: '', tag: '', status: '', userId: '', isEnabled: true };
}

export function emptyDraft(): WorkflowDraft {
  return { name: '', description: '', triggerEvent: 'contact_created', tag: '', pipelineId: '', stageId: '', field: '', isActive: true, steps: [newStep('send_email')] };
}

export function draftFromWorkflow(workflow: Workflow): WorkflowDraft {
  const data = workflow.triggerData;
  return {
    name: workflow.name,
    description: workflow.description ?? '',
    triggerEvent: workflow.triggerEvent,
    tag: data.tag ?? '',
    pipelineId: data.pipelineId ?? '',
    stageId: data.stageId ?? '',
    field: data.field ?? '',
    isActive: workflow.isActive,
    steps: workflow.steps.map((step) => ({
      key: step.id,
      id: step.id,
      action: step.action,
      delay: splitDelay(step.delayMinutes),
      emailTemplateId: step.emailTemplateId ?? '',
      tag: step.actionData.tag ?? '',
      status: step.actionData.status ?? '',
      userId: step.actionData.userId ?? '',
      isEnabled: step.isEnabled,
    })),
  };
}

function triggerData(draft: WorkflowDraft): WorkflowInput['triggerData'] {
  switch (draft.triggerEvent) {
    case 'tag_added':
      return draft.tag.trim() ? { tag: draft.tag.trim() } : {};
    case 'deal_stage_changed':
      return { ...(draft.pipelineId && { pipelineId: draft.pipelineId }), ...(draft.stageId && { stageId: draft.stageId }) };
    case 'contact_updated':
      return draft.field ? { field: draft.field } : {};
    default:
      return {};
  }
}

function actionData(step: StepDraft): WorkflowStep['actionData'] {
  switch (step.action) {
    case 'add_tag':
    case 'remove_tag':
      return { tag: step.tag.trim() };
    case 'change_status':
      return step.status ? { status: step.status as ContactStatus } : {};
    case 'assign_to':
      return step.userId ? { userId: step.userId } : {};
    default:
      return {};
  }
}

/** The request body: the steps in the order shown, so `steps.<i>` in a 400 names the i-th card. */
export function draftToInput(draft: WorkflowDraft): WorkflowInput {
  return {
    name: draft.name.trim(),
    description: draft.description.trim() || null,
    triggerEvent: draft.triggerEvent,
    triggerData: triggerData(draft),
    isActive: draft.isActive,
    steps: draft.steps.map((step, index) => ({
      ...(step.id && { id: step.id }),
      order: index + 1,
      action: step.action,
      delayMinutes: joinDelay(step.delay),
      emailTemplateId: step.action === 'send_email' ? step.emailTemplateId || null : null,
      actionData: actionData(step),
      isEnabled: step.isEnabled,
    })),
  };
}

/**
 * Who an “Assign to” step gives contacts to, in words: the name from the users list, else the
 * viewer when it is them, else (a member, who may not list users) that it is someone else.
 */
export function assigneeLabel(userId: string, users: { id: string; name: string }[], me: { id: string; name: string }): string {
  if (!userId) return 'Nobody chosen yet';
  const named = users.find((u) => u.id === userId);
  if (named) return named.name;
  return userId === me.id ? `${me.name} (you)` : 'A teammate (only managers and admins see who)';
}

/** Moves one item of a list (drag and drop). */
export function moveItem<T>(items: T[], from: number, to: number): T[] {
  const next = [...items];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

/** Errors of one step card, keyed by its own field names (`actionData.tag` → `tag`). */
export function stepErrors(fieldErrors: Record<string, string>, index: number): Record<string, string> {
  const prefix = `steps.${index}.`;
  const result: Record<string, string> = {};
  for (const [field, message] of Object.entries(fieldErrors)) {
    if (!field.startsWith(prefix)) continue;
    const own = field.slice(prefix.length).replace(/^actionData\./, '');
    result[own === 'delayMinutes' ? 'delay' : own] = message;
  }
  return result;
}
