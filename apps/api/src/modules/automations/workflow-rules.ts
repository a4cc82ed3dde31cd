import type { FieldError } from '../../common/filters/problem';
import { CONTACT_STATUSES } from '../contacts/entities/contact.entity';
import { FIELD_KEY_PATTERN } from '../fields/custom-field-rules';
import { normalizeTag, TAG_MAX_LENGTH } from '../contacts/tags';
import {
  ACTION_DATA_KEYS,
  CONTACT_UPDATE_FIELDS,
  StepAction,
  TRIGGER_DATA_KEYS,
  TriggerEvent,
} from './workflow.constants';
import type { ActionData } from './entities/workflow-step.entity';
import type { TriggerData } from './entities/workflow.entity';

/** Pure rules of the workflow engine: definition checks, scheduling, retry backoff, trigger matching. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface StepDefinition {
  id?: string;
  order?: number;
  action: StepAction;
  delayMinutes?: number;
  emailTemplateId?: string | null;
  actionData?: Record<string, unknown>;
  isEnabled?: boolean;
}

export interface NormalizedStep {
  id?: string;
  /** Index of the step in the request, so later checks can still name `steps.<index>`. */
  inputIndex: number;
  order: number;
  action: StepAction;
  delayMinutes: number;
  emailTemplateId: string | null;
  actionData: ActionData;
  isEnabled: boolean;
}

/** What the builder calls each trigger and action, for messages. */
const TRIGGER_LABELS: Record<TriggerEvent, string> = {
  contact_created: 'Contact created',
  contact_updated: 'Contact updated',
  tag_added: 'Tag added',
  deal_stage_changed: 'Deal stage changed',
  manual: 'Manual',
  form_submitted: 'Form submitted',
};
const ACTION_LABELS: Record<StepAction, string> = {
  send_email: 'Send email',
  add_tag: 'Add tag',
  remove_tag: 'Remove tag',
  change_status: 'Change status',
  assign_to: 'Assign to user',
  wait: 'Wait',
  send_webhook: 'Send webhook',
};

/** Steps are numbered as the builder shows them: by their place in the request, from 1. */
export function stepName(inputIndex: number): string {
  return `Step ${inputIndex + 1}`;
}

function isBlank(value: unknown): boolean {
  return typeof value !== 'string' || value.trim() === '';
}

/** Checks `triggerData` against its trigger; returns the cleaned data and the field errors. */
export function checkTriggerData(
  triggerEvent: TriggerEvent,
  raw: Record<string, unknown> | undefined,
): { data: TriggerData; errors: FieldError[] } {
  const data: TriggerData = {};
  const errors: FieldError[] = [];
  const allowed = TRIGGER_DATA_KEYS[triggerEvent];
  for (const [key, value] of Object.entries(raw ?? {})) {
    const field = `triggerData.${key}`;
    if (!allowed.includes(key)) {
      errors.push({
        field,
        message: allowed.length
          ? `The “${TRIGGER_LABELS[triggerEvent]}” trigger has no ${key} filter (it filters on ${allowed.join(', ')})`
          : `The “${TRIGGER_LABELS[triggerEvent]}” trigger takes no filter`,
      });
      continue;
    }
    if (value === null || value === undefined || value === '') continue;
    if (key === 'tag') {
      if (isBlank(value) || (value as string).trim().length > TAG_MAX_LENGTH) errors.push({ field, message: `must be 1 to ${TAG_MAX_LENGTH} characters` });
      else data.tag = normalizeTag(value as string);
    } else if (key === 'pipelineId' || key === 'stageId' || key === 'formId') {
      if (typeof value !== 'string' || !UUID.test(value)) errors.push({ field, message: 'must be a UUID' });
      else data[key] = value;
    } else if (key === 'field') {
      // A custom field as `cf.<key>`; WorkflowReferences checks that it exists.
      if (typeof value !== 'string' || !((CONTACT_UPDATE_FIELDS as readonly string[]).includes(value) || (value.startsWith('cf.') && FIELD_KEY_PATTERN.test(value.slice(3))))) {
        errors.push({ field, message: `must be one of ${CONTACT_UPDATE_FIELDS.join(', ')}, or cf.<key> for a custom field` });
      } else data.field = value;
    }
  }
  return { data, errors };
}

/**
 * Checks each step's action-specific fields and orders the steps. Field names point at the step
 * as the client sent it (`steps.2.actionData.tag`), whatever its `order`.
 */
export function checkSteps(steps: StepDefinition[]): { steps: NormalizedStep[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const seenOrders = new Map<number, number>();
  const seenIds = new Set<string>();
  const normalized: NormalizedStep[] = steps.map((step, index) => {
    const prefix = `steps.${index}`;
    const name = stepName(index);
    const actionData: ActionData = {};
    const allowed = ACTION_DATA_KEYS[step.action];
    for (const [key, value] of Object.entries(step.actionData ?? {})) {
      if (step.action === 'send_webhook' && key === 'url') {
        // A bare URL would have no secret to sign with, no SSRF check at save and no delivery log: an endpoint has all three.
        errors.push({ field: `${prefix}.actionData.url`, message: `${name}: send to a webhook endpoint (actionData.endpointId, Settings → Webhooks) instead of a URL; its secret signs the request` });
      } else if (!allowed.includes(key)) {
        errors.push({ field: `${prefix}.actionData.${key}`, message: `${name}: a “${ACTION_LABELS[step.action]}” step takes no ${key}` });
      } else if (key === 'tag') {
        if (!isBlank(value) && (value as string).trim().length <= TAG_MAX_LENGTH) actionData.tag = normalizeTag(value as string);
      } else if (key === 'status') {
        if (typeof value === 'string' && (CONTACT_STATUSES as readonly string[]).includes(value)) actionData.status = value;
        else if (value !== undefined && value !== null && value !== '') errors.push({ field: `${prefix}.actionData.status`, message: `${name}: choose a status (${CONTACT_STATUSES.join(', ')})` });
      } else if (key === 'endpointId') {
        if (typeof value === 'string' && UUID.test(value)) actionData.endpointId = value;
        else if (value !== undefined && value !== null && value !== '') errors.push({ field: `${prefix}.actionData.endpointId`, message: `${name}: choose the webhook endpoint to send to` });
      } else if (key === 'userId') {
        if (typeof value === 'string' && UUID.test(value)) actionData.userId = value;
        else if (value !== undefined && value !== null && value !== '') errors.push({ field: `${prefix}.actionData.userId`, message: `${name}: choose the user to assign contacts to` });
      }
    }
    switch (step.action) {
      case 'send_email':
        if (!step.emailTemplateId) errors.push({ field: `${prefix}.emailTemplateId`, message: `${name}: choose an email template` });
        break;
      case 'add_tag':
      case 'remove_tag':
        if (!actionData.tag && !errors.some((e) => e.field === `${prefix}.actionData.tag`)) {
          errors.push({
            field: `${prefix}.actionData.tag`,
            message: `${name}: enter the tag to ${step.action === 'add_tag' ? 'add' : 'remove'} (1 to ${TAG_MAX_LENGTH} characters)`,
          });
        }
        break;
      case 'change_status':
        if (!actionData.status && !errors.some((e) => e.field === `${prefix}.actionData.status`)) {
          errors.push({ field: `${prefix}.actionData.status`, message: `${name}: choose the status to set (${CONTACT_STATUSES.join(', ')})` });
        }
        break;
      case 'assign_to':
        if (!actionData.userId && !errors.some((e) => e.field === `${prefix}.actionData.userId`)) {
          errors.push({ field: `${prefix}.actionData.userId`, message: `${name}: choose the user to assign contacts to` });
        }
        break;
      case 'send_webhook':
        if (!actionData.endpointId && !errors.some((e) => e.field.startsWith(`${prefix}.actionData.`))) {
          errors.push({ field: `${prefix}.actionData.endpointId`, message: `${name}: choose the webhook endpoint to send to (Settings → Webhooks); its secret signs the request` });
        }
        break;
      case 'wait':
        break;
    }
    if (step.action !== 'send_email' && step.emailTemplateId) {
      errors.push({ field: `${prefix}.emailTemplateId`, message: `${name}: only “Send email” steps take an email template` });
    }
    if (step.order !== undefined) {
      const previous = seenOrders.get(step.order);
      if (previous !== undefined) errors.push({ field: `${prefix}.order`, message: `${name}: has the same order as ${stepName(previous).toLowerCase()}` });
      else seenOrders.set(step.order, index);
    }
    if (step.id) {
      if (seenIds.has(step.id)) errors.push({ field: `${prefix}.id`, message: `${name}: the same step appears twice` });
      seenIds.add(step.id);
    }
    return {
      id: step.id,
      inputIndex: index,
      order: step.order ?? index + 1,
      action: step.action,
      delayMinutes: step.delayMinutes ?? 0,
      emailTemplateId: step.action === 'send_email' ? (step.emailTemplateId ?? null) : null,
      actionData,
      isEnabled: step.isEnabled ?? true,
    };
  });
  // Explicit orders sort the steps (array position breaks ties with steps that gave none); stored as 1..n.
  const sorted = [...normalized]
    .sort((a, b) => a.order - b.order || a.inputIndex - b.inputIndex)
    .map((step, position) => ({ ...step, order: position + 1 }));
  return { steps: sorted, errors };
}

/** When each step falls due: every delay counts from the step before it (the first from `start`). */
export function planSchedule(steps: { delayMinutes: number }[], start: Date): Date[] {
  let at = start.getTime();
  return steps.map((step) => {
    at += step.delayMinutes * 60_000;
    return new Date(at);
  });
}

/** Attempts a step gets for transient failures before it is failed for good. */
export const MAX_STEP_ATTEMPTS = 5;

/** Backoff after the n-th failed attempt (1-based): 1, 5, 15, 60 minutes. */
export function retryDelayMs(attempt: number): number {
  const minutes = [1, 5, 15, 60];
  return minutes[Math.min(attempt, minutes.length) - 1] * 60_000;
}

export interface TriggerContext {
  event: TriggerEvent;
  tag?: string;
  pipelineId?: string;
  stageId?: string;
  changedFields?: string[];
  formId?: string;
}

/** Whether a workflow's `triggerData` lets this event through. */
export function triggerMatches(triggerEvent: TriggerEvent, data: TriggerData, context: TriggerContext): boolean {
  if (triggerEvent !== context.event) return false;
  switch (triggerEvent) {
    case 'tag_added':
      return !data.tag || (context.tag !== undefined && normalizeTag(context.tag) === data.tag);
    case 'deal_stage_changed':
      return (!data.pipelineId || data.pipelineId === context.pipelineId) && (!data.stageId || data.stageId === context.stageId);
    case 'contact_updated':
      return !data.field || (context.changedFields ?? []).includes(data.field);
    case 'form_submitted':
      return !data.formId || data.formId === context.formId;
    default:
      return true;
  }
}
