import type { FieldError } from '../../common/filters/problem';
import { CustomValue, FieldRule, FieldType, isCalendarDate, normalizeValue, toUtcDateTime } from './custom-field-rules';
import { isRanged, isSortable, valueExpression } from './custom-field-sql';

/**
 * List filters and sorts on custom fields (API.md "Custom fields and saved views"):
 * `cf.<key>=v` (equality; contains for a multiselect; repeated: any of them),
 * `cf.<key>[gte|lte|gt|lt]=v` (numbers, dates, datetimes), `cf.<key>[empty]=true|false`,
 * `sort=cf.<key>` or `-cf.<key>`. Pure: the parsing, the checks against the definitions, and the SQL.
 */

export const RANGE_OPS = ['gte', 'lte', 'gt', 'lt'] as const;
export type RangeOp = (typeof RANGE_OPS)[number];
export type FilterOp = 'eq' | RangeOp | 'empty';

/** A `cf.*` query parameter as the URL gave it, before the definitions are consulted. */
export interface RawFieldFilter {
  key: string;
  op: FilterOp;
  values: string[];
}

/** A filter checked against its field, values in their stored form. */
export type CustomFieldFilter =
  | { key: string; type: FieldType; op: 'eq'; values: CustomValue[] }
  | { key: string; type: FieldType; op: RangeOp; value: string | number }
  | { key: string; type: FieldType; op: 'empty'; empty: boolean };

const PARAM = /^cf\.([^[\]]+)(?:\[([^\]]*)\])?$/;

const asStrings = (value: unknown): string[] | null => {
  const list = Array.isArray(value) ? value : [value];
  return list.every((v) => typeof v === 'string') ? (list as string[]) : null;
};

/**
 * Takes the `cf.*` parameters out of a parsed query string, whichever way it was parsed: Express's
 * simple parser keeps `cf.k[gte]` as one key, the extended one (qs) makes it `{'cf.k': {gte}}`.
 * The rest goes on to the list's DTO, which knows no `cf.*` and would refuse them.
 */
export function splitCustomFieldQuery(query: Record<string, unknown>): { rest: Record<string, unknown>; filters: RawFieldFilter[]; errors: FieldError[] } {
  const rest: Record<string, unknown> = {};
  const filters: RawFieldFilter[] = [];
  const errors: FieldError[] = [];
  const add = (key: string, op: string | undefined, value: unknown) => {
    const field = `cf.${key}`;
    const values = asStrings(value);
    if (op !== undefined && op !== 'empty' && !(RANGE_OPS as readonly string[]).includes(op)) {
      errors.push({ field, message: `has no operator [${op}] (use cf.${key}=value, or [gte], [lte], [gt], [lt], [empty])` });
    } else if (!values) {
      errors.push({ field, message: 'must be given as text' });
    } else {
      filters.push({ key, op: (op ?? 'eq') as FilterOp, values });
    }
  };
  for (const [name, value] of Object.entries(query)) {
    const match = PARAM.exec(name);
    if (!match) {
      rest[name] = value;
      continue;
    }
    const [, key, op] = match;
    if (op === undefined && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [nested, nestedValue] of Object.entries(value)) add(key, nested, nestedValue);
    } else add(key, op, value);
  }
  return { rest, filters, errors };
}

/** The start of the day after `day` (YYYY-MM-DD), as a UTC datetime. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/**
 * A bound of a range on a datetime field. A plain day means the whole day: `lte=2026-01-31`
 * includes that day's afternoon, so it becomes `lt` the next midnight (and `gt` a day, `gte` the next).
 */
function datetimeBound(op: RangeOp, text: string): { op: RangeOp; value: string } | null {
  if (isCalendarDate(text)) {
    if (op === 'lte') return { op: 'lt', value: nextDay(text) };
    if (op === 'gt') return { op: 'gte', value: nextDay(text) };
    return { op, value: `${text}T00:00:00.000Z` };
  }
  const value = toUtcDateTime(text);
  return value ? { op, value } : null;
}

/** Raw filters checked against the object type's fields; any problem is reported naming `cf.<key>`. */
export function resolveFilters(rules: FieldRule[], raw: RawFieldFilter[]): { filters: CustomFieldFilter[]; errors: FieldError[] } {
  const byKey = new Map(rules.map((rule) => [rule.key, rule]));
  const filters: CustomFieldFilter[] = [];
  const errors: FieldError[] = [];
  for (const { key, op, values } of raw) {
    const field = `cf.${key}`;
    const rule = byKey.get(key);
    if (!rule) {
      errors.push({ field, message: `There is no custom field with the key “${key}” to filter on` });
      continue;
    }
    if (op === 'empty') {
      if (values.length !== 1 || !/^(true|false)$/.test(values[0])) errors.push({ field, message: `${rule.label}: [empty] must be true or false` });
      else filters.push({ key, type: rule.type, op, empty: values[0] === 'true' });
      continue;
    }
    if (op !== 'eq') {
      if (!isRanged(rule.type)) {
        errors.push({ field, message: `${rule.label} is a ${rule.type} field: only number, date and datetime fields take [${op}]` });
        continue;
      }
      if (values.length !== 1) {
        errors.push({ field, message: `${rule.label}: give [${op}] once` });
        continue;
      }
      const bound = boundOf(rule, op, values[0]);
      if (bound) filters.push({ key, type: rule.type, ...bound });
      else errors.push({ field, message: `${rule.label}: [${op}] must be ${rule.type === 'number' ? 'a number' : rule.type === 'date' ? 'a date as YYYY-MM-DD' : 'a date or an ISO 8601 date and time'}` });
      continue;
    }
    const parsed: CustomValue[] = [];
    for (const text of values) {
      const checked = equalityValue(rule, text);
      if (checked.ok) parsed.push(checked.value);
      else errors.push({ field, message: checked.message });
    }
    if (parsed.length === values.length) filters.push({ key, type: rule.type, op: 'eq', values: parsed });
  }
  return { filters, errors };
}

function boundOf(rule: FieldRule, op: RangeOp, text: string): { op: RangeOp; value: string | number } | null {
  if (rule.type === 'number') {
    const value = text.trim() === '' ? Number.NaN : Number(text);
    return Number.isFinite(value) ? { op, value } : null;
  }
  if (rule.type === 'date') return isCalendarDate(text) ? { op, value: text } : null;
  return datetimeBound(op, text);
}

/** The one value a URL's text stands for in an equality: `true`, `4.5`, an option, a day. */
function equalityValue(rule: FieldRule, text: string): { ok: true; value: CustomValue } | { ok: false; message: string } {
  let input: unknown = text;
  if (rule.type === 'number') input = text.trim() === '' ? text : Number(text);
  if (rule.type === 'boolean') input = text === 'true' ? true : text === 'false' ? false : text;
  if (rule.type === 'multiselect') input = [text];
  const checked = normalizeValue(rule, input);
  if (!checked.ok) return checked;
  if (checked.value === null) return { ok: false, message: `${rule.label}: give a value (or use [empty]=true)` };
  return { ok: true, value: rule.type === 'multiselect' ? (checked.value as string[])[0] : checked.value };
}

/** `sort=cf.<key>` / `-cf.<key>`, or null when `sort` names no custom field. */
export function parseCustomSort(sort: string | undefined): { key: string; descending: boolean } | null {
  const match = /^(-?)cf\.(.+)$/.exec(sort ?? '');
  return match ? { key: match[2], descending: match[1] === '-' } : null;
}

/**
 * The ORDER BY expression of a custom field on `alias`, or why the field cannot be sorted on.
 * Empty values sort as PostgreSQL puts NULLs (last ascending, first descending), which lets the
 * field's btree serve both directions.
 */
export function customSortColumn(rules: FieldRule[], key: string, alias: string): { column: string } | { error: FieldError } {
  const rule = rules.find((r) => r.key === key);
  if (!rule) return { error: { field: 'sort', message: `There is no custom field with the key “${key}” to sort on` } };
  if (!isSortable(rule.type)) return { error: { field: 'sort', message: `${rule.label} is a ${rule.type} field, which lists cannot sort on` } };
  return { column: valueExpression(alias, key, rule.type) };
}

/**
 * The SQL conditions of `filters` on `alias`'s rows, placing values through `param` (it returns the
 * placeholder). A field with a btree (see custom-field-sql.ts) is compared through its expression,
 * for equality too: the btree serves it, and ANALYZE keeps statistics of an expression index, so
 * the planner knows that `plan = 'free'` matches a quarter of the table (the list's count strategy
 * trusts that estimate). A multiselect's "contains" and a textarea's equality are JSONB
 * containment, served by the table's GIN index (jsonb_path_ops).
 */
export function customFieldConditions(alias: string, filters: CustomFieldFilter[], param: (value: unknown) => string): string[] {
  const column = `${alias}.custom_fields`;
  return filters.map((filter) => {
    if (filter.op === 'eq' && isSortable(filter.type)) {
      const cast = filter.type === 'number' ? 'numeric' : 'text';
      const values = filter.values.map((v) => (filter.type === 'number' ? v : String(v)));
      const expression = valueExpression(alias, filter.key, filter.type);
      return values.length === 1 ? `${expression} = ${param(values[0])}::${cast}` : `${expression} = ANY(${param(values)}::${cast}[])`;
    }
    if (filter.op === 'eq') {
      const one = (value: CustomValue) => `${column} @> ${param(JSON.stringify({ [filter.key]: filter.type === 'multiselect' ? [value] : value }))}::jsonb`;
      return filter.values.length === 1 ? one(filter.values[0]) : `(${filter.values.map(one).join(' OR ')})`;
    }
    if (filter.op === 'empty') {
      // The btree holds NULLs, so IS NULL is an index search; fields without one test the key.
      if (isSortable(filter.type)) return `${valueExpression(alias, filter.key, filter.type)} IS ${filter.empty ? '' : 'NOT '}NULL`;
      return filter.empty ? `NOT (${column} ? '${filter.key}')` : `${column} ? '${filter.key}'`;
    }
    const sign = { gte: '>=', lte: '<=', gt: '>', lt: '<' }[filter.op];
    return `${valueExpression(alias, filter.key, filter.type)} ${sign} ${param(filter.value)}::${filter.type === 'number' ? 'numeric' : 'text'}`;
  });
}
