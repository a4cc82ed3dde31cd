import type { components } from '@corral/api-client';
import type { FieldPath } from 'react-hook-form';
import type { ContactStatus } from '../../lib/contact-statuses';
import type { PipelineOption } from '../../lib/lookups';

export type Workflow = components['schemas']['WorkflowDto'];
export type WorkflowStep = components['schemas']['WorkflowStepDto'];
export type TriggerEvent = Workflow['triggerEvent'];
export type StepAction = WorkflowStep['action'];
export type StepAssignee = NonNullable<WorkflowStep['assignee']>;
export type WorkflowInput = components['schemas']['CreateWorkflowDto'];
export type Execution = components['schemas']['WorkflowExecutionDto'];
export type ExecutionDetail = components['schemas']['WorkflowExecutionDetailDto'];
export type StepExecution = components['schemas']['StepExecutionDto'];
export type ExecutionStatus = Execution['status'];

export const TRIGGERS: { value: TriggerEvent; label: string; description: string }[] = [
  { value: 'contact_created', label: 'Contact created', description: 'When a contact is added by hand or through the API, or by an import that chooses to start workflows.' },
  { value: 'tag_added', label: 'Tag added', description: 'When a contact gets a tag (from an import only when it chooses to start workflows).' },
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
  { value: 'send_webhook', label: 'Send webhook' },
];

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

/** One step in the builder (new steps have no `id` yet). */
export interface StepDraft {
  id?: string;
  action: StepAction;
  delay: Delay;
  emailTemplateId: string;
  tag: string;
  status: string;
  userId: string;
  /** send_webhook: the webhook endpoint (Settings → Webhooks) that receives it. */
  endpointId: string;
  /** The user `userId` names, as the API described them or as picked; null for none or a deleted user. */
  assignee: StepAssignee | null;
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

export function newStep(action: StepAction): StepDraft {
  return { action, delay: { days: 0, hours: 0, minutes: 0 }, emailTemplateId: '', tag: '', status: '', userId: '', endpointId: '', assignee: null, isEnabled: true };
}

/** A new workflow is off until the user switches it on, so a half-built one never acts on contacts (the API's default too). */
export function emptyDraft(): WorkflowDraft {
  return { name: '', description: '', triggerEvent: 'contact_created', tag: '', pipelineId: '', stageId: '', field: '', isActive: false, steps: [newStep('send_email')] };
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
      id: step.id,
      action: step.action,
      delay: splitDelay(step.delayMinutes),
      emailTemplateId: step.emailTemplateId ?? '',
      tag: step.actionData.tag ?? '',
      status: step.actionData.status ?? '',
      userId: step.actionData.userId ?? '',
      endpointId: step.actionData.endpointId ?? '',
      assignee: step.assignee,
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
    case 'send_webhook':
      return step.endpointId ? { endpointId: step.endpointId } : {};
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

/** Who an “Assign to” step gives contacts to, in words; the API names the user, or gives null once they are deleted. */
export function assigneeLabel(userId: string, assignee: StepAssignee | null): string {
  if (!userId) return 'Nobody chosen yet';
  if (!assignee) return 'a deleted user';
  return assignee.isActive ? assignee.name : `${assignee.name} (deactivated)`;
}

export const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The filter a trigger's data sets, in words, or null for triggers that take none. `short` is the
 * workflows list's caption under the trigger chip: only a filter that is set, tersely ("tag “vip”",
 * "owner", "to “Won”", "in “Sales”"), else null.
 */
export function triggerCondition(
  triggerEvent: TriggerEvent,
  data: Workflow['triggerData'],
  pipelines: PipelineOption[],
  { short = false }: { short?: boolean } = {},
): string | null {
  switch (triggerEvent) {
    case 'tag_added':
      if (!data.tag) return short ? null : 'For any tag';
      return short ? `tag “${data.tag}”` : `Only for the tag “${data.tag}”`;
    case 'contact_updated': {
      if (!data.field) return short ? null : 'When any field changes';
      const field = (CONTACT_FIELDS.find((f) => f.value === data.field)?.label ?? data.field).toLowerCase();
      return short ? field : `Only when ${field} changes`;
    }
    case 'deal_stage_changed': {
      // The API accepts a stage without its pipeline, so the stage is looked up across all of them.
      const pipeline = pipelines.find((p) => (data.pipelineId ? p.id === data.pipelineId : p.stages.some((s) => s.id === data.stageId)));
      const stage = pipeline?.stages.find((s) => s.id === data.stageId);
      if (short) {
        if (stage) return `to “${stage.name}”`;
        return pipeline ? `in “${pipeline.name}”` : null;
      }
      if (data.stageId) return `Entering “${stage?.name ?? 'a stage'}” in ${pipeline?.name ?? 'a pipeline'}`;
      if (data.pipelineId) return `Entering any stage of ${pipeline?.name ?? 'a pipeline'}`;
      return 'Entering any stage of any pipeline';
    }
    default:
      return null;
  }
}

/** What a step does, in words: "Send email: Welcome", "Wait 2 days", "Assign to: Ana Lopez". */
export function stepSummary(step: WorkflowStep, names: { template: (id: string) => string }): string {
  switch (step.action) {
    case 'send_email':
      return `Send email: ${step.emailTemplateId ? names.template(step.emailTemplateId) : 'no template chosen'}`;
    case 'add_tag':
      return `Add tag: ${step.actionData.tag ?? ''}`;
    case 'remove_tag':
      return `Remove tag: ${step.actionData.tag ?? ''}`;
    case 'change_status':
      return `Change status: ${step.actionData.status ? capitalize(step.actionData.status) : 'none chosen'}`;
    case 'assign_to':
      return `Assign to: ${assigneeLabel(step.actionData.userId ?? '', step.assignee)}`;
    case 'wait':
      return step.delayMinutes > 0 ? `Wait ${formatDelay(step.delayMinutes)}` : 'Wait (no delay set)';
    case 'send_webhook':
      return step.actionData.endpointId ? 'Send webhook (signed, to a webhook endpoint)' : 'Send webhook: no endpoint chosen';
  }
}

/** When a step acts, counted from the one before; null for a wait step, whose summary already says it. */
export function stepTiming(step: WorkflowStep, index: number): string | null {
  if (step.action === 'wait') return null;
  const after = index === 0 ? 'the trigger' : `step ${index}`;
  return step.delayMinutes > 0 ? `${formatDelay(step.delayMinutes)} after ${after}` : `Right after ${after}`;
}

/**
 * What is wrong with an “Assign to” step whose owner can no longer be picked, or null when
 * nothing is: a deactivated `assignee`, or none at all for a deleted user. The warning says what
 * the API does: running the step fails it at once (no retry), which fails the contact's
 * execution; saving is refused while a step names such a user.
 */
export function ownerProblem(step: Pick<StepDraft, 'userId' | 'assignee' | 'isEnabled'>): { label: string; warning: string } | null {
  if (!step.userId || step.assignee?.isActive) return null;
  const owner = step.assignee;
  const who = owner ? `${owner.name} has been deactivated.` : 'The user this step assigned to has been deleted.';
  const consequence = step.isEnabled
    ? 'When this step runs it fails, so the contact’s execution fails and its later steps are skipped. Pick an active user: until then the workflow cannot be saved.'
    : 'The step is switched off, so executions skip it, but the workflow cannot be saved until you pick an active user or remove the step.';
  return { label: owner ? `${owner.name} (deactivated)` : 'Deleted user', warning: `${who} ${consequence}` };
}

/**
 * Where the builder shows each field the API names (`steps.2.actionData.tag`): a step's action data
 * under its own input, its delay under the delay (the days input takes the focus). What is left
 * out (`steps.2.id`, the step list as a whole, an unknown filter) has no input to fix it at, so it
 * goes to the top of the form.
 */
export function workflowFormFields(stepCount: number): Record<string, FieldPath<WorkflowDraft>> {
  const fields: Record<string, FieldPath<WorkflowDraft>> = {
    name: 'name',
    description: 'description',
    triggerEvent: 'triggerEvent',
    'triggerData.tag': 'tag',
    'triggerData.pipelineId': 'pipelineId',
    'triggerData.stageId': 'stageId',
    'triggerData.field': 'field',
  };
  for (let i = 0; i < stepCount; i += 1) {
    fields[`steps.${i}.action`] = `steps.${i}.action`;
    fields[`steps.${i}.delayMinutes`] = `steps.${i}.delay.days`;
    fields[`steps.${i}.emailTemplateId`] = `steps.${i}.emailTemplateId`;
    for (const key of ['tag', 'status', 'userId', 'endpointId'] as const) fields[`steps.${i}.actionData.${key}`] = `steps.${i}.${key}`;
  }
  return fields;
}
