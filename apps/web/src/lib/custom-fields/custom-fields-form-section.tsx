import ExpandMore from '@mui/icons-material/ExpandMore';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FieldPath, UseFormReturn } from 'react-hook-form';
import { CustomFieldFormInput, type WithCustomFields } from './custom-field-input';
import type { CustomFieldValues, FieldDefinition } from './field-types';

interface CustomFieldsFormSectionProps<T extends WithCustomFields> {
  form: UseFormReturn<T>;
  definitions: FieldDefinition[];
  /** The record's values when editing one. */
  original?: CustomFieldValues | null;
}

/**
 * The custom fields of a create or edit dialog: the required ones always (the API refuses a new
 * record without them), the others behind "More fields" so a short form stays short. A field
 * the API refused opens the rest, so its message is seen.
 */
export function CustomFieldsFormSection<T extends WithCustomFields>({ form, definitions, original }: CustomFieldsFormSectionProps<T>) {
  const [showAll, setShowAll] = useState(false);
  const optional = definitions.filter((d) => !d.required);
  const optionalFailed = optional.some((d) => form.getFieldState(`customFields.${d.key}` as FieldPath<T>, form.formState).error);
  const shown = showAll || optionalFailed ? definitions : definitions.filter((d) => d.required);
  if (!definitions.length) return null;
  return (
    <Stack spacing={2} component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ color: 'text.secondary', mb: shown.length ? 2 : 0 }}>
        Custom fields
      </Typography>
      {shown.map((definition) => (
        <CustomFieldFormInput key={definition.id} form={form} definition={definition} original={original?.[definition.key]} />
      ))}
      {shown.length < definitions.length && (
        <Button size="small" startIcon={<ExpandMore />} onClick={() => setShowAll(true)} sx={{ alignSelf: 'flex-start' }}>
          {shown.length ? `More fields (${definitions.length - shown.length})` : `Fill in custom fields (${definitions.length})`}
        </Button>
      )}
    </Stack>
  );
}
