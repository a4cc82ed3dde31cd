import type { CustomFieldValues, FieldDefinition } from './field-types';

/**
 * What an input holds while it is edited: text (numbers, dates and options too, so "1." or a
 * half-typed date survives a keystroke), a checkbox's boolean, or the chosen options' values.
 */
export type CustomFieldDraft = string | boolean | string[];
export type CustomFieldDrafts = Record<string, CustomFieldDraft>;

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as `datetime-local` wants it: the viewer's wall-clock time, to the minute. */
function toLocalInput(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export function toDraft(definition: FieldDefinition, value: unknown): CustomFieldDraft {
  switch (definition.type) {
    case 'boolean':
      return value === true;
    case 'multiselect':
      return Array.isArray(value) ? value.map(String) : [];
    case 'datetime':
      return typeof value === 'string' && value ? toLocalInput(value) : '';
    default:
      return value === null || value === undefined ? '' : String(value);
  }
}

/**
 * The value the API stores for a draft; null clears. A number that does not parse is sent as
 * typed, so the API's 400 names the field rather than the SPA dropping the input.
 */
export function fromDraft(definition: FieldDefinition, draft: CustomFieldDraft): unknown {
  if (definition.type === 'boolean') return draft === true;
  if (Array.isArray(draft)) return draft.length ? draft : null;
  const text = String(draft).trim();
  if (!text) return null;
  switch (definition.type) {
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
    case 'datetime': {
      // `YYYY-MM-DDTHH:mm` without a zone is local time (ECMAScript date-time forms).
      const d = new Date(text);
      return Number.isNaN(d.getTime()) ? text : d.toISOString();
    }
    case 'textarea':
      return String(draft);
    default:
      return text;
  }
}

/** The drafts of a record's values, for a form's defaultValues. */
export function draftsOf(definitions: FieldDefinition[], values: CustomFieldValues | null | undefined): CustomFieldDrafts {
  return Object.fromEntries(definitions.map((d) => [d.key, toDraft(d, values?.[d.key])]));
}

const same = (a: CustomFieldDraft, b: CustomFieldDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The `customFields` of a create or PATCH body: on create (`original` absent) the filled-in
 * values; on edit only what changed, a cleared input as null. Undefined when there is nothing
 * to send, so a body without custom fields stays as it was.
 */
export function customFieldChanges(definitions: FieldDefinition[], drafts: CustomFieldDrafts | undefined, original?: CustomFieldValues | null): CustomFieldValues | undefined {
  const changes: CustomFieldValues = {};
  for (const definition of definitions) {
    const draft = drafts?.[definition.key];
    if (draft === undefined) continue;
    const value = fromDraft(definition, draft);
    if (original === undefined) {
      // A new record's empty input says nothing, nor does an unticked box unless the field is required (then "no" is the answer).
      if (value !== null && !(value === false && !definition.required)) changes[definition.key] = value;
    } else if (!same(draft, toDraft(definition, original?.[definition.key]))) {
      changes[definition.key] = value;
    }
  }
  return Object.keys(changes).length ? changes : undefined;
}

/** The API's names of the custom fields' errors (`customFields.<key>`), mapped to the same form paths, for showProblem. */
export function customFieldErrorPaths(definitions: FieldDefinition[]): Record<string, `customFields.${string}`> {
  return Object.fromEntries(definitions.map((d) => [`customFields.${d.key}`, `customFields.${d.key}` as const]));
}
