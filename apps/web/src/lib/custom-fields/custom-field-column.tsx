import type { DataColumn } from '../ui/data-table';
import type { CustomFieldValues, FieldDefinition } from './field-types';
import { CustomValue } from './format-custom-value';

/** A custom field as a list column (`cf.<key>`, the id the URL's `cols` and saved views hold), sortable on the server like the built-in ones. */
export function customFieldColumn<T extends { customFields?: CustomFieldValues | null }>(definition: FieldDefinition): DataColumn<T> & { label: string } {
  return {
    id: `cf.${definition.key}`,
    label: definition.label,
    header: definition.label,
    // A multiselect holds a list, which has no order to sort by.
    sort: definition.type === 'multiselect' ? undefined : { field: `cf.${definition.key}` },
    cell: (record) => <CustomValue definition={definition} value={record.customFields?.[definition.key]} />,
    sx: { maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' },
  };
}
