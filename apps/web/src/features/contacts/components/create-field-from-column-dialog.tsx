import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { FIELD_TYPES, type FieldDefinition, type FieldType, KEY_MAX_LENGTH, KEY_PATTERN, hasOptions, keyFromLabel } from '../../../lib/custom-fields/field-types';
import { controlledFieldProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useCreateField } from '../../../lib/custom-fields/create-field';
import type { ColumnValue } from '../api/types';

/** The column the field is made from, as the preview describes it. */
export interface FieldSourceColumn {
  header: string;
  guessedType: FieldType;
  /** Distinct values, null when the column has too many to list. */
  values: ColumnValue[] | null;
}

interface FormValues {
  label: string;
  key: string;
  type: FieldType;
  /** One option per line. */
  options: string;
}

/** The API's names of the form's fields (`options.3.value` goes under the options too). */
const API_FIELDS: Record<string, FieldPath<FormValues>> = { label: 'label', key: 'key', type: 'type', options: 'options' };

/** `MEMBER_RATING` → "Member rating"; a header already written for people stays as it is. */
export function labelFromHeader(header: string): string {
  const text = header.trim().replace(/_+/g, ' ').replace(/\s+/g, ' ');
  if (text !== text.toUpperCase()) return text;
  return text.charAt(0) + text.slice(1).toLowerCase();
}

/**
 * The options a column's values suggest: each distinct value once, in the preview's order (most
 * frequent first); a multiselect cell holds several, separated by `,` or `;` as the import reads them.
 */
export function optionsFromValues(values: ColumnValue[] | null, type: FieldType): string[] {
  const cells = (values ?? []).map((v) => v.value);
  const parts = type === 'multiselect' ? cells.flatMap((cell) => cell.split(/[,;]/)) : cells;
  return [...new Set(parts.map((p) => p.trim()).filter(Boolean))];
}

function initialValues(column: FieldSourceColumn): FormValues {
  const label = labelFromHeader(column.header);
  return { label, key: keyFromLabel(label), type: column.guessedType, options: optionsFromValues(column.values, column.guessedType).join('\n') };
}

interface CreateFieldFromColumnDialogProps {
  /** The column to make a field from; the dialog is closed while null. */
  column: FieldSourceColumn | null;
  onClose(): void;
  onCreated(field: FieldDefinition): void;
}

/** "Create field from this column": a contact field pre-filled from the column's header and values. */
export function CreateFieldFromColumnDialog({ column, onClose, onCreated }: CreateFieldFromColumnDialogProps) {
  const create = useCreateField();
  return (
    <ActionDialog open={column !== null} pending={create.isPending} onClose={onClose} fullWidth maxWidth="sm">
      {/* Mounted with each opening, so the form starts from the column chosen now. */}
      {column && <CreateFieldForm column={column} create={create} onClose={onClose} onCreated={onCreated} />}
    </ActionDialog>
  );
}

interface CreateFieldFormProps {
  column: FieldSourceColumn;
  create: ReturnType<typeof useCreateField>;
  onClose(): void;
  onCreated(field: FieldDefinition): void;
}

function CreateFieldForm({ column, create, onClose, onCreated }: CreateFieldFormProps) {
  const form = useForm<FormValues>({ defaultValues: initialValues(column) });
  const [keyEdited, setKeyEdited] = useState(false);
  const [detail, setDetail] = useState<string | null>(null);
  const type = form.watch('type');
  const label = textFieldProps(form, 'label', { required: 'Give the field a label' });
  const key = textFieldProps(
    form,
    'key',
    {
      required: 'Give the field a key',
      maxLength: { value: KEY_MAX_LENGTH, message: `At most ${KEY_MAX_LENGTH} characters` },
      pattern: { value: KEY_PATTERN, message: 'Lower-case letters, digits and single underscores, starting with a letter' },
    },
    'In merge tags, filters and the export; it cannot change later',
  );

  function changeType(next: FieldType) {
    form.setValue('type', next, { shouldDirty: true });
    // Switching to a select type with no options yet offers the column's values again.
    if (hasOptions(next) && !form.getValues('options').trim()) form.setValue('options', optionsFromValues(column.values, next).join('\n'));
  }

  function submit(values: FormValues) {
    setDetail(null);
    const options = [...new Set(values.options.split('\n').map((o) => o.trim()).filter(Boolean))];
    create.mutate(
      {
        objectType: 'contact',
        label: values.label.trim(),
        key: values.key,
        type: values.type,
        required: false,
        ...(hasOptions(values.type) && { options: options.map((value) => ({ value, label: value })) }),
      },
      {
        onSuccess: (field) => {
          onCreated(field as FieldDefinition);
          onClose();
        },
        onError: (error) => setDetail(showProblem(form, error, API_FIELDS)),
      },
    );
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>Create a field from “{column.header}”</DialogTitle>
      <DialogContent>
        {detail && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {detail}
          </Alert>
        )}
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          A new contact field; the column is imported into it. The type is guessed from the column’s values.
        </Typography>
        <Stack spacing={2}>
          <TextField
            label="Label"
            required
            fullWidth
            autoFocus
            {...label}
            onChange={(event) => {
              void label.onChange(event);
              // The key follows the label until someone writes their own.
              if (!keyEdited) form.setValue('key', keyFromLabel(event.target.value), { shouldValidate: form.formState.isSubmitted });
            }}
          />
          <TextField
            label="Key"
            required
            fullWidth
            {...key}
            onChange={(event) => {
              setKeyEdited(true);
              void key.onChange(event);
            }}
          />
          <TextField select label="Type" fullWidth {...controlledFieldProps(form, 'type')} onChange={(event) => changeType(event.target.value as FieldType)}>
            {FIELD_TYPES.map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
          {hasOptions(type) && (
            <TextField
              label="Options"
              fullWidth
              multiline
              minRows={3}
              maxRows={10}
              {...textFieldProps(form, 'options', { validate: (text) => Boolean(text.trim()) || 'Give at least one option' }, 'One per line; taken from the column’s values')}
            />
          )}
        </Stack>
      </DialogContent>
      <DialogButtons confirmLabel="Create field" pending={create.isPending} onCancel={onClose} />
    </form>
  );
}
