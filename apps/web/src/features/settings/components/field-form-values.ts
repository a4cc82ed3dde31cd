import type { FieldDefinition, FieldType } from '../../../lib/custom-fields/field-types';

export interface FieldOptionRow {
  label: string;
  value: string;
  /** Saved with the field: records may hold its value, so it cannot change. */
  saved: boolean;
  /** Typed by hand: the label no longer fills it in. */
  valueEdited: boolean;
}

export interface FieldFormValues {
  label: string;
  key: string;
  type: FieldType;
  options: FieldOptionRow[];
  required: boolean;
  description: string;
}

export function fieldFormValues(field?: FieldDefinition): FieldFormValues {
  return {
    label: field?.label ?? '',
    key: field?.key ?? '',
    type: field?.type ?? 'text',
    options: (field?.options ?? []).map((o) => ({ ...o, saved: true, valueEdited: true })),
    required: field?.required ?? false,
    description: field?.description ?? '',
  };
}
