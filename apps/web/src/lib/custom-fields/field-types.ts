import type { components } from '@corral/api-client';

/** A field definition as the API answers it (GET /api/fields, API.md "Custom fields and saved views"). */
export type FieldDefinition = components['schemas']['FieldDefinitionDto'];
export type FieldObjectType = FieldDefinition['objectType'];
export type FieldType = FieldDefinition['type'];
export type FieldOption = components['schemas']['FieldOptionDto'];

/** A record's values by key, as stored: number, boolean, 'YYYY-MM-DD', ISO UTC datetime, option values, strings. */
export type CustomFieldValues = Record<string, unknown>;

export const OBJECT_TYPES: { value: FieldObjectType; label: string; plural: string }[] = [
  { value: 'contact', label: 'Contact', plural: 'Contacts' },
  { value: 'company', label: 'Company', plural: 'Companies' },
  { value: 'deal', label: 'Deal', plural: 'Deals' },
];

export const FIELD_TYPES: { value: FieldType; label: string; hint: string }[] = [
  { value: 'text', label: 'Text', hint: 'One line of text' },
  { value: 'textarea', label: 'Long text', hint: 'Several lines' },
  { value: 'number', label: 'Number', hint: 'Filter by range, sort by size' },
  { value: 'date', label: 'Date', hint: 'A day, without a time' },
  { value: 'datetime', label: 'Date and time', hint: 'A moment, shown in each viewer’s time zone' },
  { value: 'boolean', label: 'Yes / no', hint: 'A checkbox' },
  { value: 'select', label: 'Single select', hint: 'One of a list of options' },
  { value: 'multiselect', label: 'Multi select', hint: 'Any number of a list of options' },
  { value: 'url', label: 'URL', hint: 'Shown as a link' },
  { value: 'email', label: 'Email', hint: 'Shown as a mailto link' },
  { value: 'phone', label: 'Phone', hint: 'Shown as a tel link' },
];

export function fieldTypeLabel(type: FieldType): string {
  return FIELD_TYPES.find((t) => t.value === type)?.label ?? type;
}

export function hasOptions(type: FieldType): boolean {
  return type === 'select' || type === 'multiselect';
}

/** The API's rules for a key: snake_case, starting with a letter, at most 40 characters. */
export const KEY_PATTERN = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
export const KEY_MAX_LENGTH = 40;

/**
 * The key a label suggests, as the API accepts it ("Member rating" → "member_rating",
 * "Größe (cm)" → "grosse_cm", "2FA" → "f_2fa"); '' when the label has no letter or digit.
 */
export function keyFromLabel(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  const key = /^[0-9]/.test(words) ? `f_${words}` : words;
  return key.slice(0, KEY_MAX_LENGTH).replace(/_+$/, '');
}

/** The empty values of every type: nothing to show, nothing to filter on. */
export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
