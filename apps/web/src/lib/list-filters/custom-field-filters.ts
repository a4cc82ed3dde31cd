import { formatCustomValue } from '../custom-fields/format-custom-value';
import type { FieldDefinition, FieldType } from '../custom-fields/field-types';

/**
 * Filters on custom fields as the lists' query parameters name them (API.md "Custom fields and
 * saved views"): `cf.<key>=v` (equality; for multiselect: contains), `cf.<key>[gte|lte|gt|lt]=v`
 * for numbers and dates, `cf.<key>[empty]=true`.
 */
export type FilterOperator = 'eq' | 'gte' | 'lte' | 'gt' | 'lt' | 'empty';

export interface CustomFilter {
  /** The query parameter: `cf.plan`, `cf.score[gte]`. */
  param: string;
  key: string;
  op: FilterOperator;
  value: string;
}

const RANGED: FieldType[] = ['number', 'date', 'datetime'];
const RANGE_OPERATORS: FilterOperator[] = ['gte', 'lte', 'gt', 'lt'];
const SYMBOLS: Record<Exclude<FilterOperator, 'eq' | 'empty'>, string> = { gte: '≥', lte: '≤', gt: '>', lt: '<' };

/** The operators a field's type allows, with their labels, in the order a menu offers them. */
export function operatorsFor(type: FieldType): { op: FilterOperator; label: string }[] {
  const eqLabel = type === 'multiselect' ? 'includes' : type === 'number' ? '=' : RANGED.includes(type) ? 'on' : 'is';
  const ranged = RANGED.includes(type)
    ? RANGE_OPERATORS.map((op) => ({ op, label: type === 'number' ? SYMBOLS[op as keyof typeof SYMBOLS] : { gte: 'on or after', lte: 'on or before', gt: 'after', lt: 'before' }[op as keyof typeof SYMBOLS] }))
    : [];
  return [{ op: 'eq', label: eqLabel }, ...ranged, { op: 'empty', label: 'is empty' }];
}

export function paramOf(key: string, op: FilterOperator): string {
  return op === 'eq' ? `cf.${key}` : `cf.${key}[${op}]`;
}

export const isCustomFilterParam = (param: string) => param.startsWith('cf.');

/** The custom field filter a query parameter holds, or null for any other parameter. */
export function parseFilterParam(param: string, value: string): CustomFilter | null {
  const match = /^cf\.([a-z][a-z0-9_]*)(?:\[(gte|lte|gt|lt|empty)\])?$/.exec(param);
  return match ? { param, key: match[1], op: (match[2] as FilterOperator | undefined) ?? 'eq', value } : null;
}

/** The custom field filters among a list's filters, in their order. */
export function customFiltersOf(filters: Record<string, string | string[]>): CustomFilter[] {
  return Object.entries(filters).flatMap(([param, value]) => {
    const filter = parseFilterParam(param, Array.isArray(value) ? value[0] : value);
    return filter ? [filter] : [];
  });
}

/**
 * The value a filter sends for what was typed or picked: a datetime-local input's wall-clock time
 * becomes the instant it is here (the API stores datetimes in UTC); `empty` always sends `true`.
 */
export function filterValueOf(definition: FieldDefinition, op: FilterOperator, input: string): string {
  if (op === 'empty') return 'true';
  if (definition.type === 'datetime' && input && !Number.isNaN(new Date(input).getTime())) return new Date(input).toISOString();
  return input;
}

/** "Lead score ≥ 50", "Plan is Pro", "Signed up after 1 Mar 2025", "Region is empty". */
export function describeFilter(definition: FieldDefinition | undefined, filter: CustomFilter): string {
  const label = definition?.label ?? filter.key;
  if (filter.op === 'empty') return `${label} is empty`;
  const operator = definition ? (operatorsFor(definition.type).find((o) => o.op === filter.op)?.label ?? filter.op) : filter.op;
  let value = filter.value;
  if (definition?.type === 'boolean') value = filter.value === 'true' ? 'Yes' : 'No';
  else if (definition && definition.type !== 'number') value = formatCustomValue(definition, filter.value) || filter.value;
  return `${label} ${operator} ${value}`;
}
