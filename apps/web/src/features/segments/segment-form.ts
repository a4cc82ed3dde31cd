import type { components } from '@corral/api-client';
import { CONTACT_STATUSES, contactStatusLabel } from '../../lib/contact-statuses';
import type { FieldDefinition, FieldType } from '../../lib/custom-fields/field-types';
import type { SegmentDefinition } from './api/segments';

type FieldOp = components['schemas']['SegmentFieldConditionDto']['op'];
type EmailOp = components['schemas']['SegmentEmailConditionDto']['op'];
type ApiCondition = SegmentDefinition['conditions'][number];

/** The API's nesting limit (segment-rules MAX_DEPTH): the top group is level 1. */
export const MAX_DEPTH = 3;

/**
 * How a field's values compare, as segment-rules.ts on the API sees them: it decides the
 * operators offered and the value input shown.
 */
export type FieldKind = 'text' | 'choice' | 'company' | 'owner' | 'tags' | 'multiselect' | 'number' | 'boolean' | 'timestamp' | 'date' | 'datetime';

export interface FieldChoice {
  /** The name in a condition: `status`, `company.name`, `cf.plan`, `company.cf.sic_code`. */
  name: string;
  label: string;
  group: 'Contact' | 'Company' | 'Contact custom fields' | 'Company custom fields';
  kind: FieldKind;
  nullable: boolean;
  options?: { value: string; label: string }[];
}

export const BUILT_IN_FIELDS: FieldChoice[] = [
  { name: 'status', label: 'Status', group: 'Contact', kind: 'choice', nullable: false, options: CONTACT_STATUSES.map((s) => ({ value: s, label: contactStatusLabel(s) })) },
  { name: 'tags', label: 'Tags', group: 'Contact', kind: 'tags', nullable: true },
  { name: 'email', label: 'Email', group: 'Contact', kind: 'text', nullable: false },
  { name: 'firstName', label: 'First name', group: 'Contact', kind: 'text', nullable: true },
  { name: 'lastName', label: 'Last name', group: 'Contact', kind: 'text', nullable: true },
  { name: 'phone', label: 'Phone', group: 'Contact', kind: 'text', nullable: true },
  { name: 'companyId', label: 'Company', group: 'Contact', kind: 'company', nullable: true },
  { name: 'assignedToId', label: 'Owner', group: 'Contact', kind: 'owner', nullable: true },
  { name: 'createdAt', label: 'Created', group: 'Contact', kind: 'timestamp', nullable: false },
  { name: 'company.name', label: 'Company name', group: 'Company', kind: 'text', nullable: true },
  { name: 'company.industry', label: 'Company industry', group: 'Company', kind: 'text', nullable: true },
  { name: 'company.size', label: 'Company size', group: 'Company', kind: 'text', nullable: true },
];

const CUSTOM_KINDS: Record<FieldType, FieldKind> = {
  text: 'text',
  textarea: 'text',
  url: 'text',
  email: 'text',
  phone: 'text',
  number: 'number',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  select: 'choice',
  multiselect: 'multiselect',
};

/** The built-in fields, then the custom fields of contacts (`cf.<key>`) and of their companies (`company.cf.<key>`). */
export function fieldCatalog(contactFields: FieldDefinition[], companyFields: FieldDefinition[]): FieldChoice[] {
  const custom = (prefix: string, group: FieldChoice['group']) => (f: FieldDefinition): FieldChoice => ({
    name: `${prefix}${f.key}`,
    label: f.label,
    group,
    kind: CUSTOM_KINDS[f.type],
    nullable: true,
    options: f.options,
  });
  return [...BUILT_IN_FIELDS, ...contactFields.map(custom('cf.', 'Contact custom fields')), ...companyFields.map(custom('company.cf.', 'Company custom fields'))];
}

const COMMON: FieldOp[] = ['eq', 'neq', 'in', 'not_in'];
const DATES: FieldOp[] = ['before', 'after', 'within_last_days', 'more_than_days_ago'];
const OPS_BY_KIND: Record<FieldKind, FieldOp[]> = {
  text: [...COMMON, 'contains', 'not_contains', 'starts_with'],
  choice: COMMON,
  company: COMMON,
  owner: COMMON,
  tags: ['contains', 'not_contains', 'in', 'not_in'],
  multiselect: ['contains', 'not_contains', 'in', 'not_in'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  boolean: ['eq'],
  timestamp: DATES,
  date: DATES,
  datetime: DATES,
};

const LIST_KINDS: FieldKind[] = ['tags', 'multiselect'];

/** The operators a field allows, with the words the builder shows for them. */
export function opsFor(field: FieldChoice): { op: FieldOp; label: string }[] {
  const ops = [...OPS_BY_KIND[field.kind], ...(field.nullable ? (['empty', 'not_empty'] as FieldOp[]) : [])];
  const list = LIST_KINDS.includes(field.kind);
  const label: Record<FieldOp, string> = {
    eq: 'is',
    neq: 'is not',
    in: list ? 'has any of' : 'is any of',
    not_in: list ? 'has none of' : 'is none of',
    contains: list ? 'has' : 'contains',
    not_contains: list ? 'does not have' : 'does not contain',
    starts_with: 'starts with',
    empty: 'is empty',
    not_empty: 'is not empty',
    gt: 'greater than',
    gte: 'at least',
    lt: 'less than',
    lte: 'at most',
    before: 'before',
    after: 'after',
    within_last_days: 'in the last … days',
    more_than_days_ago: 'more than … days ago',
  };
  return ops.map((op) => ({ op, label: label[op] }));
}

export const EMAIL_OPS: { op: EmailOp; label: string }[] = [
  { op: 'received', label: 'received' },
  { op: 'opened', label: 'opened' },
  { op: 'clicked', label: 'clicked' },
  { op: 'not_opened', label: 'did not open' },
  { op: 'not_clicked', label: 'did not click' },
];

export type ConditionKind = 'group' | 'field' | 'email' | 'deal' | 'segment';

/**
 * One condition as the form holds it: every kind's inputs as text, so react-hook-form can keep
 * them while the user switches kinds or operators; `toDefinition` keeps what the kind and op use.
 */
export interface ConditionDraft {
  kind: ConditionKind;
  match: 'all' | 'any';
  conditions: ConditionDraft[];
  field: string;
  op: string;
  value: string;
  values: string[];
  /** The picked company's name beside its id in `value` (the picker shows it). */
  valueLabel: string;
  campaignId: string;
  withinDays: string;
  status: string;
  pipelineId: string;
  stageId: string;
  segmentId: string;
}

export interface SegmentForm {
  name: string;
  description: string;
  match: 'all' | 'any';
  conditions: ConditionDraft[];
}

export function emptyCondition(kind: ConditionKind): ConditionDraft {
  const op = { group: '', field: 'eq', email: 'opened', deal: 'has', segment: 'in' }[kind];
  return {
    kind,
    match: 'all',
    conditions: kind === 'group' ? [emptyCondition('field')] : [],
    field: kind === 'field' ? 'status' : '',
    op,
    value: '',
    values: [],
    valueLabel: '',
    campaignId: '',
    withinDays: '',
    status: '',
    pipelineId: '',
    stageId: '',
    segmentId: '',
  };
}

/** The operator takes no value, one, or a list. */
export function valueShape(op: string): 'none' | 'one' | 'list' | 'days' | 'date' {
  if (op === 'empty' || op === 'not_empty') return 'none';
  if (op === 'in' || op === 'not_in') return 'list';
  if (op === 'within_last_days' || op === 'more_than_days_ago') return 'days';
  if (op === 'before' || op === 'after') return 'date';
  return 'one';
}

function typedValue(field: FieldChoice | undefined, text: string): string | number | boolean {
  if (field?.kind === 'number') return text.trim() === '' ? Number.NaN : Number(text);
  if (field?.kind === 'boolean') return text === 'true';
  return text;
}

/** A number the user typed, or the text itself so the API names what is wrong with it. */
const days = (text: string): number => (text.trim() === '' ? Number.NaN : Number(text));

function toCondition(draft: ConditionDraft, fields: Map<string, FieldChoice>): ApiCondition {
  switch (draft.kind) {
    case 'group':
      return { match: draft.match, conditions: draft.conditions.map((c) => toCondition(c, fields)) };
    case 'email':
      return {
        type: 'email',
        op: draft.op as EmailOp,
        ...(draft.campaignId && { campaignId: draft.campaignId }),
        ...(draft.withinDays.trim() && { withinDays: days(draft.withinDays) }),
      };
    case 'deal':
      return {
        type: 'deal',
        op: draft.op as 'has' | 'has_not',
        ...(draft.status && { status: draft.status as 'open' | 'won' | 'lost' }),
        ...(draft.pipelineId && { pipelineId: draft.pipelineId }),
        ...(draft.stageId && { stageId: draft.stageId }),
      };
    case 'segment':
      return { type: 'segment', op: draft.op as 'in' | 'not_in', segmentId: draft.segmentId };
    case 'field': {
      const field = fields.get(draft.field);
      const op = draft.op as FieldOp;
      const shape = valueShape(op);
      if (shape === 'none') return { field: draft.field, op };
      if (shape === 'list') return { field: draft.field, op, value: draft.values.map((v) => typedValue(field, v) as string | number) };
      if (shape === 'days') return { field: draft.field, op, value: days(draft.value) };
      return { field: draft.field, op, value: shape === 'date' ? draft.value : typedValue(field, draft.value) };
    }
  }
}

/**
 * The definition the API takes. NaN (a number left empty) becomes null in JSON, which the API
 * refuses under the condition's own path, so the message lands where the user typed.
 */
export function toDefinition(form: Pick<SegmentForm, 'match' | 'conditions'>, fields: FieldChoice[]): SegmentDefinition {
  const byName = new Map(fields.map((f) => [f.name, f]));
  return { match: form.match, conditions: form.conditions.map((c) => toCondition(c, byName)) };
}

function toDraft(condition: ApiCondition): ConditionDraft {
  if ('conditions' in condition) return { ...emptyCondition('group'), match: condition.match, conditions: condition.conditions.map(toDraft) };
  if ('field' in condition) {
    const { value } = condition;
    return {
      ...emptyCondition('field'),
      field: condition.field,
      op: condition.op,
      value: Array.isArray(value) || value === undefined ? '' : String(value),
      values: Array.isArray(value) ? value.map(String) : [],
    };
  }
  if (condition.type === 'email') {
    return { ...emptyCondition('email'), op: condition.op, campaignId: condition.campaignId ?? '', withinDays: condition.withinDays === undefined ? '' : String(condition.withinDays) };
  }
  if (condition.type === 'deal') {
    return { ...emptyCondition('deal'), op: condition.op, status: condition.status ?? '', pipelineId: condition.pipelineId ?? '', stageId: condition.stageId ?? '' };
  }
  return { ...emptyCondition('segment'), op: condition.op, segmentId: condition.segmentId };
}

export function toForm(segment?: { name: string; description: string | null; definition: SegmentDefinition }): SegmentForm {
  if (!segment) return { name: '', description: '', match: 'all', conditions: [emptyCondition('field')] };
  return { name: segment.name, description: segment.description ?? '', match: segment.definition.match, conditions: segment.definition.conditions.map(toDraft) };
}

export interface ConditionProblem {
  field: string;
  message: string;
}

/**
 * The API's messages about one condition (`definition.conditions.1.conditions.0.value` belongs to
 * the condition at `conditions.1.conditions.0`). A group ('' for the definition itself) takes only
 * those naming the group, its match or its list; its conditions show their own.
 */
export function problemsAt(problems: ConditionProblem[], path: string, group: boolean): string[] {
  const own = path ? `definition.${path}` : 'definition';
  const mine = (field: string) => {
    if (field === own) return true;
    if (group) return field === `${own}.match` || field === `${own}.conditions`;
    return field.startsWith(`${own}.`);
  };
  return problems.filter((p) => mine(p.field)).map((p) => p.message);
}
