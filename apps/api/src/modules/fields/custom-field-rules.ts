/**
 * Pure rules of custom fields: keys, options, and each type's values as the API takes them, as
 * they are stored in the records' `custom_fields` JSONB, and as CSV cells. No database here.
 *
 * Storage per type: number → JSON number, boolean → JSON bool, date → 'YYYY-MM-DD',
 * datetime → ISO UTC 'YYYY-MM-DDTHH:mm:ss.sssZ' (both sort as text in calendar order),
 * multiselect → array of option values, everything else → string. A record holds no key at all
 * for an empty value, so "empty" is one test (`NOT custom_fields ? key`).
 */

export const OBJECT_TYPES = ['contact', 'company', 'deal'] as const;
export type ObjectType = (typeof OBJECT_TYPES)[number];

export const FIELD_TYPES = ['text', 'textarea', 'number', 'date', 'datetime', 'boolean', 'select', 'multiselect', 'url', 'email', 'phone'] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

export interface FieldOption {
  value: string;
  label: string;
}

/** What the rules need of a definition. */
export interface FieldRule {
  key: string;
  label: string;
  type: FieldType;
  options: FieldOption[];
  required: boolean;
}

export type CustomValue = string | number | boolean | string[];
export type CustomValues = Record<string, CustomValue>;

export const KEY_MAX_LENGTH = 40;
export const OPTIONS_MAX = 200;
const OPTION_VALUE_MAX_LENGTH = 100;
const TEXT_MAX_LENGTH: Partial<Record<FieldType, number>> = { text: 500, textarea: 10_000, url: 2_000, email: 254, phone: 50 };

/**
 * Record fields a key may not shadow, in both spellings (camelCase of the API, snake_case of the
 * CSV export and the columns): `{{contact.email}}` and `{{contact.custom.email}}` side by side, or
 * an export with two `email` columns, would be a trap.
 */
const BUILT_IN_FIELDS: Record<ObjectType, string[]> = {
  contact: ['id', 'firstName', 'lastName', 'fullName', 'name', 'email', 'phone', 'companyId', 'company', 'companyName', 'status', 'tags', 'notes', 'assignedToId', 'assignedTo', 'owner', 'createdAt', 'updatedAt', 'customFields'],
  company: ['id', 'name', 'domain', 'industry', 'size', 'contactCount', 'contactsByStatus', 'createdAt', 'updatedAt', 'customFields'],
  deal: ['id', 'title', 'description', 'value', 'currency', 'contactId', 'contact', 'companyId', 'company', 'pipelineId', 'pipeline', 'stageId', 'stage', 'status', 'assignedToId', 'assignedTo', 'closeDate', 'position', 'stageChangedAt', 'createdById', 'createdAt', 'updatedAt', 'customFields'],
};

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function isBuiltInField(objectType: ObjectType, key: string): boolean {
  return BUILT_IN_FIELDS[objectType].some((name) => name === key || snake(name) === key);
}

/** A field key: snake_case, starting with a letter (merge tags, `cf.<key>` parameters and workflow filters name fields by it). */
export const FIELD_KEY_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** Why `key` cannot name a new field of `objectType`, or null when it can. */
export function keyProblem(objectType: ObjectType, key: string): string | null {
  if (!FIELD_KEY_PATTERN.test(key)) return 'must be snake_case: lower-case letters, digits and single underscores, starting with a letter';
  if (key.length > KEY_MAX_LENGTH) return `must be at most ${KEY_MAX_LENGTH} characters`;
  if (isBuiltInField(objectType, key)) return `is the name of a built-in ${objectType} field; choose another key`;
  return null;
}

export const hasOptions = (type: FieldType) => type === 'select' || type === 'multiselect';

/** Problems of an options list for `type`, each with the path under `options` it concerns ('' for the list). */
export function optionsProblems(type: FieldType, options: FieldOption[] | undefined): { path: string; message: string }[] {
  if (!hasOptions(type)) return options?.length ? [{ path: '', message: `only select and multiselect fields take options` }] : [];
  if (!options?.length) return [{ path: '', message: `are required for a ${type} field: give at least one` }];
  if (options.length > OPTIONS_MAX) return [{ path: '', message: `must be at most ${OPTIONS_MAX}` }];
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  options.forEach((option, index) => {
    if (!option.value.trim() || option.value.length > OPTION_VALUE_MAX_LENGTH) problems.push({ path: `${index}.value`, message: `must be 1 to ${OPTION_VALUE_MAX_LENGTH} characters` });
    else if (type === 'multiselect' && /[,;]/.test(option.value)) problems.push({ path: `${index}.value`, message: 'must not contain , or ; (they separate the values of a multiselect cell in CSV files)' });
    else if (seen.has(option.value)) problems.push({ path: `${index}.value`, message: `repeats the value “${option.value}”: option values must be unique` });
    seen.add(option.value);
  });
  return problems;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** `YYYY-MM-DD` naming a real calendar day. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** An ISO 8601 date and time with its offset (or Z), as UTC `YYYY-MM-DDTHH:mm:ss.sssZ`; null when it is not one. */
export function toUtcDateTime(value: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(value);
  if (!match || !isCalendarDate(match[1])) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  // Five- or six-digit years would break the text order the indexes sort by.
  return /^\d{4}-/.test(iso) ? iso : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[\d\s().\-/]*\d[\d\s().\-/]*(\s*(x|ext\.?)\s*\d+)?$/i;

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && Boolean(url.hostname);
  } catch {
    return false;
  }
}

const optionList = (rule: FieldRule) => rule.options.map((o) => o.value).join(', ');

/**
 * A value from the API as it is stored, `null` for "none" (null, blank text, an empty list), or
 * why it cannot be stored. Messages are sentences naming the field's label.
 */
export function normalizeValue(rule: FieldRule, value: unknown): Checked<CustomValue | null> {
  if (value === null) return { ok: true, value: null };
  const { label } = rule;
  switch (rule.type) {
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(`${label} must be a number`);
      return { ok: true, value };
    case 'boolean':
      if (typeof value !== 'boolean') return fail(`${label} must be true or false`);
      return { ok: true, value };
    case 'multiselect': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return fail(`${label} must be a list of option values`);
      const unknown = value.find((v) => !rule.options.some((o) => o.value === v));
      if (unknown !== undefined) return fail(`${label}: “${unknown}” is not one of its options (${optionList(rule)})`);
      const chosen = rule.options.map((o) => o.value).filter((v) => value.includes(v));
      return { ok: true, value: chosen.length ? chosen : null };
    }
    default: {
      if (typeof value !== 'string') return fail(`${label} must be text`);
      const text = value.trim();
      if (!text) return { ok: true, value: null };
      return normalizeText(rule, text);
    }
  }
}

function normalizeText(rule: FieldRule, text: string): Checked<CustomValue> {
  const { label } = rule;
  const max = TEXT_MAX_LENGTH[rule.type];
  if (max !== undefined && text.length > max) return fail(`${label} must be at most ${max} characters`);
  switch (rule.type) {
    case 'date':
      return isCalendarDate(text) ? { ok: true, value: text } : fail(`${label} must be a date as YYYY-MM-DD`);
    case 'datetime': {
      const utc = toUtcDateTime(text);
      return utc ? { ok: true, value: utc } : fail(`${label} must be a date and time as ISO 8601 with a time zone, e.g. 2026-03-01T09:30:00Z`);
    }
    case 'select':
      return rule.options.some((o) => o.value === text) ? { ok: true, value: text } : fail(`${label} must be one of ${optionList(rule)}`);
    case 'url':
      return isHttpUrl(text) ? { ok: true, value: text } : fail(`${label} must be a web address starting with http:// or https://`);
    case 'email':
      return EMAIL.test(text) ? { ok: true, value: text } : fail(`${label} must be a valid email address`);
    case 'phone':
      return PHONE.test(text) ? { ok: true, value: text } : fail(`${label} must be a phone number (digits, spaces, + ( ) - . /)`);
    default:
      return { ok: true, value: text };
  }
}

/**
 * `input` checked against the fields: each value as it is stored, or null to clear it. Unknown
 * keys and bad values are reported by key; so is a required field left empty, when the whole set
 * is given (`partial` false: create, replace) or when a partial update clears it.
 */
export function checkValues(
  rules: FieldRule[],
  input: Record<string, unknown>,
  partial: boolean,
): { values: Record<string, CustomValue | null>; errors: { key: string; message: string }[] } {
  const byKey = new Map(rules.map((rule) => [rule.key, rule]));
  const values: Record<string, CustomValue | null> = {};
  const errors: { key: string; message: string }[] = [];
  for (const [key, raw] of Object.entries(input)) {
    const rule = byKey.get(key);
    if (!rule) {
      errors.push({ key, message: `There is no custom field with the key “${key}”` });
      continue;
    }
    const checked = normalizeValue(rule, raw);
    if (checked.ok) values[key] = checked.value;
    else errors.push({ key, message: checked.message });
  }
  for (const rule of rules) {
    if (!rule.required || errors.some((e) => e.key === rule.key)) continue;
    const given = Object.prototype.hasOwnProperty.call(values, rule.key);
    if (given ? values[rule.key] === null : !partial) errors.push({ key: rule.key, message: `${rule.label} is required` });
  }
  return { values, errors };
}

/** A record's stored values after a checked patch: null removes the key (a record holds no key for an empty value). */
export function mergeValues(current: CustomValues, patch: Record<string, CustomValue | null>): CustomValues {
  const merged: CustomValues = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  return merged;
}

/** Keys whose value differs between two stored sets. */
export function changedKeys(before: CustomValues, after: CustomValues): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((key) => JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)).sort();
}

/** The type a column of sample cells most likely holds (blank cells say nothing), for "create a field from this column". */
export function guessFieldType(values: string[]): FieldType {
  const cells = values.map((v) => v.trim()).filter(Boolean);
  if (cells.length === 0) return 'text';
  const all = (test: (cell: string) => boolean) => cells.every(test);
  if (all((c) => /^(true|false|yes|no)$/i.test(c))) return 'boolean';
  if (all((c) => parseNumber(c) !== null)) return 'number';
  if (all((c) => parseDate(c) !== null)) return 'date';
  if (all((c) => parseDateTime(c) !== null)) return 'datetime';
  if (all((c) => EMAIL.test(c))) return 'email';
  if (all((c) => isHttpUrl(c))) return 'url';
  // Mailchimp's OPTIN_IP column is digits and dots too.
  if (all((c) => /^\+?[\d\s().\-/]{7,}$/.test(c) && (c.match(/\d/g) ?? []).length >= 7 && !IPV4.test(c))) return 'phone';
  if (cells.some((c) => c.length > 200 || c.includes('\n'))) return 'textarea';
  const distinct = new Set(cells);
  // A few values repeated over many rows: a list to choose from (Mailchimp's groups, HubSpot's lifecycle stage).
  if (cells.length >= 5 && distinct.size <= 20 && distinct.size * 2 <= cells.length) return 'select';
  return 'text';
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** `1,234.5` and `1234,5` are not guessed at: only plain decimals (an optional sign, one dot). */
function parseNumber(text: string): number | null {
  if (!/^[-+]?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** `YYYY-MM-DD`, or the day of a `YYYY-MM-DD HH:mm:ss` as Mailchimp and HubSpot export it with a zero time. */
function parseDate(text: string): string | null {
  const day = /^(\d{4}-\d{2}-\d{2})(?:[ T]00:00(?::00)?)?$/.exec(text)?.[1];
  return day && isCalendarDate(day) ? day : null;
}

/** ISO 8601 with a zone, or `YYYY-MM-DD HH:mm[:ss]` without one, read as UTC (the exports' own convention). */
function parseDateTime(text: string): string | null {
  const utc = toUtcDateTime(text);
  if (utc) return utc;
  const local = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)$/.exec(text);
  return local ? toUtcDateTime(`${local[1]}T${local[2]}Z`) : null;
}

const TRUE_CELLS = /^(true|yes|y|1)$/i;
const FALSE_CELLS = /^(false|no|n|0)$/i;

/**
 * A CSV cell as the value to store, `null` for a blank cell, or why it does not fit the field.
 * The inverse of formatCellValue: parse(format(v)) is v for every stored value.
 */
export function parseCellValue(rule: FieldRule, text: string): Checked<CustomValue | null> {
  const cell = text.trim();
  if (!cell) return { ok: true, value: null };
  switch (rule.type) {
    case 'number': {
      const value = parseNumber(cell);
      return value === null ? fail(`${rule.label} must be a number`) : { ok: true, value };
    }
    case 'boolean':
      if (TRUE_CELLS.test(cell)) return { ok: true, value: true };
      if (FALSE_CELLS.test(cell)) return { ok: true, value: false };
      return fail(`${rule.label} must be true or false`);
    case 'date': {
      const value = parseDate(cell);
      return value === null ? fail(`${rule.label} must be a date as YYYY-MM-DD`) : { ok: true, value };
    }
    case 'datetime': {
      const value = parseDateTime(cell);
      return value === null ? fail(`${rule.label} must be a date and time as ISO 8601`) : { ok: true, value };
    }
    case 'select': {
      // Exports of other tools hold the label people saw; either is taken.
      const option = rule.options.find((o) => o.value === cell) ?? rule.options.find((o) => o.label.toLowerCase() === cell.toLowerCase());
      return option ? { ok: true, value: option.value } : fail(`${rule.label} must be one of ${optionList(rule)}`);
    }
    case 'multiselect': {
      const parts = cell.split(/[,;]/).map((p) => p.trim()).filter(Boolean);
      const chosen: string[] = [];
      for (const part of parts) {
        const option = rule.options.find((o) => o.value === part) ?? rule.options.find((o) => o.label.toLowerCase() === part.toLowerCase());
        if (!option) return fail(`${rule.label}: “${part}” is not one of its options (${optionList(rule)})`);
        chosen.push(option.value);
      }
      return normalizeValue(rule, chosen);
    }
    default:
      return normalizeValue(rule, cell);
  }
}

/** A stored value as a CSV cell ('' when the record holds none); multiselect values are joined with `, `. */
export function formatCellValue(rule: FieldRule, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (rule.type === 'multiselect' && Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** A value of the field's type for previews rendered without a real record (the sample recipient). */
export function sampleValue(rule: FieldRule): CustomValue {
  switch (rule.type) {
    case 'number':
      return 42;
    case 'boolean':
      return true;
    case 'date':
      return '2026-01-31';
    case 'datetime':
      return '2026-01-31T09:00:00.000Z';
    case 'select':
      return rule.options[0]?.value ?? rule.label;
    case 'multiselect':
      return rule.options.slice(0, 2).map((o) => o.value);
    case 'url':
      return 'https://example.com';
    case 'email':
      return 'jamie.doe@example.com';
    case 'phone':
      return '+1 555 0100';
    default:
      return rule.label;
  }
}
