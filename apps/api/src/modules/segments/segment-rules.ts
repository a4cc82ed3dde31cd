/**
 * Pure rules of segment definitions: their shape, which operators fit which field, the value each
 * operator takes, and the references between segments (no cycles). No database here: the fields a
 * definition may name come in as a catalog (built-in fields plus the custom field definitions).
 */
import type { FieldError } from '../../common/filters/problem';
import type { FieldRule } from '../fields/custom-field-rules';
import { CONTACT_STATUSES } from '../contacts/entities/contact.entity';
import { isCalendarDate, toUtcDateTime } from '../fields/custom-field-rules';

export const MAX_DEPTH = 3;
export const MAX_CONDITIONS = 50;
const MAX_LIST = 500;
const MAX_TEXT = 500;
const MAX_DAYS = 36_500;

export const FIELD_OPS = [
  'eq',
  'neq',
  'in',
  'not_in',
  'contains',
  'not_contains',
  'starts_with',
  'empty',
  'not_empty',
  'gt',
  'gte',
  'lt',
  'lte',
  'before',
  'after',
  'within_last_days',
  'more_than_days_ago',
] as const;
export type FieldOp = (typeof FIELD_OPS)[number];
export const EMAIL_OPS = ['received', 'opened', 'clicked', 'not_opened', 'not_clicked'] as const;
export type EmailOp = (typeof EMAIL_OPS)[number];
export const DEAL_OPS = ['has', 'has_not'] as const;
export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export const SEGMENT_OPS = ['in', 'not_in'] as const;

export interface SegmentGroup {
  match: 'all' | 'any';
  conditions: SegmentCondition[];
}
export interface FieldCondition {
  field: string;
  op: FieldOp;
  value?: unknown;
}
export interface EmailCondition {
  type: 'email';
  op: EmailOp;
  campaignId?: string;
  withinDays?: number;
}
export interface DealCondition {
  type: 'deal';
  op: (typeof DEAL_OPS)[number];
  status?: (typeof DEAL_STATUSES)[number];
  pipelineId?: string;
  stageId?: string;
}
export interface SegmentRefCondition {
  type: 'segment';
  op: (typeof SEGMENT_OPS)[number];
  segmentId: string;
}
export type SegmentCondition = SegmentGroup | FieldCondition | EmailCondition | DealCondition | SegmentRefCondition;
export type SegmentDefinition = SegmentGroup;

/**
 * How a field's values compare. `text` compares ignoring case; `tags` and `multiselect` are lists
 * of values; `timestamp` is a timestamptz column, `date` and `datetime` the ISO text custom fields hold.
 */
export type FieldKind = 'text' | 'choice' | 'id' | 'tags' | 'multiselect' | 'number' | 'boolean' | 'timestamp' | 'date' | 'datetime';

export interface FieldSpec {
  kind: FieldKind;
  /** A record can hold no value (so empty / not_empty mean something). */
  nullable: boolean;
  /** For `choice` and `multiselect`: the values allowed. */
  options?: string[];
}

/** The fields a definition may name, by their name in a condition (`status`, `company.name`, `cf.plan`, …). */
export type FieldCatalog = Map<string, FieldSpec>;

const BUILT_IN_FIELDS: [string, FieldSpec][] = [
  ['status', { kind: 'choice', nullable: false, options: [...CONTACT_STATUSES] }],
  ['tags', { kind: 'tags', nullable: true }],
  ['email', { kind: 'text', nullable: false }],
  ['firstName', { kind: 'text', nullable: true }],
  ['lastName', { kind: 'text', nullable: true }],
  ['phone', { kind: 'text', nullable: true }],
  ['companyId', { kind: 'id', nullable: true }],
  ['assignedToId', { kind: 'id', nullable: true }],
  ['createdAt', { kind: 'timestamp', nullable: false }],
  ['company.name', { kind: 'text', nullable: true }],
  ['company.industry', { kind: 'text', nullable: true }],
  ['company.size', { kind: 'text', nullable: true }],
];

const CUSTOM_KINDS: Record<FieldRule['type'], FieldKind> = {
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

/** The built-in fields plus the custom fields of contacts (`cf.<key>`) and companies (`company.cf.<key>`). */
export function fieldCatalog(contactFields: Pick<FieldRule, 'key' | 'type' | 'options'>[], companyFields: Pick<FieldRule, 'key' | 'type' | 'options'>[]): FieldCatalog {
  const spec = (f: Pick<FieldRule, 'key' | 'type' | 'options'>): FieldSpec => ({ kind: CUSTOM_KINDS[f.type], nullable: true, options: f.options.map((o) => o.value) });
  return new Map([
    ...BUILT_IN_FIELDS,
    ...contactFields.map((f) => [`cf.${f.key}`, spec(f)] as [string, FieldSpec]),
    ...companyFields.map((f) => [`company.cf.${f.key}`, spec(f)] as [string, FieldSpec]),
  ]);
}

const COMMON: FieldOp[] = ['eq', 'neq', 'in', 'not_in'];
const DATES: FieldOp[] = ['before', 'after', 'within_last_days', 'more_than_days_ago'];
const OPS_BY_KIND: Record<FieldKind, FieldOp[]> = {
  text: [...COMMON, 'contains', 'not_contains', 'starts_with'],
  choice: COMMON,
  id: COMMON,
  tags: ['contains', 'not_contains', 'in', 'not_in'],
  multiselect: ['contains', 'not_contains', 'in', 'not_in'],
  number: ['eq', 'neq', 'gt', 'gte', 'lt', 'lte'],
  boolean: ['eq'],
  timestamp: DATES,
  date: DATES,
  datetime: DATES,
};

/** The operators a field allows. */
export function opsFor(spec: FieldSpec): FieldOp[] {
  return [...OPS_BY_KIND[spec.kind], ...(spec.nullable ? (['empty', 'not_empty'] as FieldOp[]) : [])];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDays = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_DAYS;

/** Why `value` is not one value of this field (for eq, contains, in's items, …), or null. */
function scalarProblem(spec: FieldSpec, value: unknown): string | null {
  switch (spec.kind) {
    case 'text':
    case 'tags':
      if (typeof value !== 'string' || !value.trim()) return 'must be a non-empty text';
      return value.length > MAX_TEXT ? `must be at most ${MAX_TEXT} characters` : null;
    case 'choice':
    case 'multiselect':
      return typeof value === 'string' && spec.options?.includes(value) ? null : `must be one of ${spec.options?.join(', ') || '(no options)'}`;
    case 'id':
      return isUuid(value) ? null : 'must be a UUID';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'must be true or false';
    default:
      return 'has no single value';
  }
}

/** Why `value` is not a point in time fitting this date field, or null. */
function instantProblem(spec: FieldSpec, value: unknown): string | null {
  if (typeof value !== 'string') return 'must be a date (YYYY-MM-DD)';
  if (isCalendarDate(value)) return null;
  if (spec.kind !== 'date' && toUtcDateTime(value)) return null;
  return spec.kind === 'date' ? 'must be a date (YYYY-MM-DD)' : 'must be a date (YYYY-MM-DD) or an ISO 8601 date-time';
}

function valueProblem(spec: FieldSpec, op: FieldOp, value: unknown): string | null {
  switch (op) {
    case 'empty':
    case 'not_empty':
      return value === undefined ? null : 'must be absent for this operator';
    case 'in':
    case 'not_in': {
      if (!Array.isArray(value) || value.length === 0) return 'must be a non-empty list';
      if (value.length > MAX_LIST) return `must hold at most ${MAX_LIST} values`;
      const bad = value.map((v) => scalarProblem(spec, v)).find((p) => p !== null);
      return bad ? `each value ${bad}` : null;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return scalarProblem(spec, value);
    case 'before':
    case 'after':
      return instantProblem(spec, value);
    case 'within_last_days':
    case 'more_than_days_ago':
      return isDays(value) ? null : `must be a whole number of days from 1 to ${MAX_DAYS}`;
    default:
      return scalarProblem(spec, value);
  }
}

function unknownKeys(condition: Record<string, unknown>, allowed: string[], path: string, errors: FieldError[]): void {
  for (const key of Object.keys(condition)) if (!allowed.includes(key)) errors.push({ field: `${path}.${key}`, message: 'is not a property of this condition' });
}

function checkField(condition: Record<string, unknown>, path: string, catalog: FieldCatalog, errors: FieldError[]): void {
  unknownKeys(condition, ['field', 'op', 'value'], path, errors);
  const spec = typeof condition.field === 'string' ? catalog.get(condition.field) : undefined;
  if (!spec) {
    errors.push({ field: `${path}.field`, message: 'is not a contact or company field (custom fields: cf.<key>, company.cf.<key>)' });
    return;
  }
  const ops = opsFor(spec);
  if (!ops.includes(condition.op as FieldOp)) {
    errors.push({ field: `${path}.op`, message: `must be one of ${ops.join(', ')} for ${condition.field}` });
    return;
  }
  const problem = valueProblem(spec, condition.op as FieldOp, condition.value);
  if (problem) errors.push({ field: `${path}.value`, message: problem });
}

function checkTyped(condition: Record<string, unknown>, path: string, errors: FieldError[], references: { id: string; path: string }[]): void {
  const oneOf = (key: string, values: readonly string[]) => {
    if (!values.includes(condition[key] as string)) errors.push({ field: `${path}.${key}`, message: `must be one of ${values.join(', ')}` });
  };
  const optionalUuid = (key: string) => {
    if (condition[key] !== undefined && !isUuid(condition[key])) errors.push({ field: `${path}.${key}`, message: 'must be a UUID' });
  };
  switch (condition.type) {
    case 'email':
      unknownKeys(condition, ['type', 'op', 'campaignId', 'withinDays'], path, errors);
      oneOf('op', EMAIL_OPS);
      optionalUuid('campaignId');
      if (condition.withinDays !== undefined && !isDays(condition.withinDays)) {
        errors.push({ field: `${path}.withinDays`, message: `must be a whole number of days from 1 to ${MAX_DAYS}` });
      }
      return;
    case 'deal':
      unknownKeys(condition, ['type', 'op', 'status', 'pipelineId', 'stageId'], path, errors);
      oneOf('op', DEAL_OPS);
      if (condition.status !== undefined) oneOf('status', DEAL_STATUSES);
      optionalUuid('pipelineId');
      optionalUuid('stageId');
      return;
    case 'segment':
      unknownKeys(condition, ['type', 'op', 'segmentId'], path, errors);
      oneOf('op', SEGMENT_OPS);
      if (isUuid(condition.segmentId)) references.push({ id: condition.segmentId.toLowerCase(), path: `${path}.segmentId` });
      else errors.push({ field: `${path}.segmentId`, message: 'must be a UUID' });
      return;
    default:
      errors.push({ field: `${path}.type`, message: 'must be email, deal or segment (or give `field` for a field condition)' });
  }
}

function checkGroup(group: unknown, path: string, depth: number, catalog: FieldCatalog, errors: FieldError[], references: { id: string; path: string }[]): void {
  if (!isObject(group)) {
    errors.push({ field: path, message: 'must be a group {match, conditions}' });
    return;
  }
  if (depth > MAX_DEPTH) {
    errors.push({ field: path, message: `groups nest ${MAX_DEPTH} levels deep at most` });
    return;
  }
  unknownKeys(group, ['match', 'conditions'], path, errors);
  if (group.match !== 'all' && group.match !== 'any') errors.push({ field: `${path}.match`, message: 'must be all or any' });
  if (!Array.isArray(group.conditions)) {
    errors.push({ field: `${path}.conditions`, message: 'must be a list of conditions' });
    return;
  }
  if (group.conditions.length > MAX_CONDITIONS) errors.push({ field: `${path}.conditions`, message: `must hold at most ${MAX_CONDITIONS} conditions` });
  group.conditions.forEach((condition: unknown, i: number) => {
    const at = `${path}.conditions.${i}`;
    if (!isObject(condition)) errors.push({ field: at, message: 'must be a condition or a group' });
    else if ('conditions' in condition || 'match' in condition) checkGroup(condition, at, depth + 1, catalog, errors, references);
    else if ('field' in condition) checkField(condition, at, catalog, errors);
    else checkTyped(condition, at, errors, references);
  });
}

/**
 * The problems of a definition, each naming the path of the bad part (`definition.conditions.1.value`),
 * and the segments it refers to (with their paths, for the cycle and existence checks).
 */
export function checkDefinition(definition: unknown, catalog: FieldCatalog, path = 'definition'): { errors: FieldError[]; references: { id: string; path: string }[] } {
  const errors: FieldError[] = [];
  const references: { id: string; path: string }[] = [];
  checkGroup(definition, path, 1, catalog, errors, references);
  return { errors, references };
}

/** The segment ids a (valid) definition refers to directly. */
export function referencedSegments(definition: SegmentDefinition): string[] {
  const ids: string[] = [];
  const walk = (group: SegmentGroup) => {
    for (const condition of group.conditions) {
      if ('conditions' in condition) walk(condition);
      else if ('type' in condition && condition.type === 'segment') ids.push(condition.segmentId.toLowerCase());
    }
  };
  walk(definition);
  return ids;
}

/**
 * The path of the reference that leads from a segment (`selfId`, null for one not saved yet) back to
 * itself through `references`, or null when there is no cycle. `definitions` holds the other saved
 * segments' definitions by id.
 */
export function cyclePath(selfId: string | null, references: { id: string; path: string }[], definitions: Map<string, SegmentDefinition>): string | null {
  if (!selfId) return null;
  for (const reference of references) {
    const seen = new Set<string>();
    const pending = [reference.id];
    while (pending.length) {
      const id = pending.pop() as string;
      if (id === selfId) return reference.path;
      if (seen.has(id)) continue;
      seen.add(id);
      const definition = definitions.get(id);
      if (definition) pending.push(...referencedSegments(definition));
    }
  }
  return null;
}
