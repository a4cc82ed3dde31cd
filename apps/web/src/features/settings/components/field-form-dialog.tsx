import Alert from '@mui/material/Alert';
import Checkbox from '@mui/material/Checkbox';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControlLabel from '@mui/material/FormControlLabel';
import ListItemText from '@mui/material/ListItemText';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { type FieldPath, useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { FIELD_TYPES, type FieldDefinition, type FieldObjectType, fieldTypeLabel, hasOptions, KEY_MAX_LENGTH, KEY_PATTERN, keyFromLabel, OBJECT_TYPES } from '../../../lib/custom-fields/field-types';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useCreateField } from '../../../lib/custom-fields/create-field';
import { useUpdateField } from '../api/update-field';
import { FieldOptionsEditor } from './field-options-editor';
import { type FieldFormValues, fieldFormValues } from './field-form-values';

interface FieldFormDialogProps {
  open: boolean;
  objectType: FieldObjectType;
  /** Edit this field; create one when absent. */
  field?: FieldDefinition;
  onClose(): void;
  onSaved(field: FieldDefinition): void;
}

/** Create a custom field, or edit one's label, options, required flag and description (its key and type are fixed once saved). */
export function FieldFormDialog({ open, objectType, field, onClose, onSaved }: FieldFormDialogProps) {
  const create = useCreateField();
  const update = useUpdateField();
  const pending = create.isPending || update.isPending;
  return (
    <ActionDialog open={open} pending={pending} onClose={onClose} fullWidth maxWidth="sm">
      {/* Mounted with each opening (the dialog unmounts its content when closed), so every opening starts from the field as it is. */}
      <FieldForm objectType={objectType} field={field} create={create} update={update} pending={pending} onClose={onClose} onSaved={onSaved} />
    </ActionDialog>
  );
}

interface FieldFormProps extends Omit<FieldFormDialogProps, 'open'> {
  create: ReturnType<typeof useCreateField>;
  update: ReturnType<typeof useUpdateField>;
  pending: boolean;
}

function FieldForm({ objectType, field, create, update, pending, onClose, onSaved }: FieldFormProps) {
  const form = useForm<FieldFormValues>({ defaultValues: fieldFormValues(field) });
  const [detail, setDetail] = useState<string | null>(null);
  // The key follows the label until it is typed by hand; once saved it cannot change.
  const [keyEdited, setKeyEdited] = useState(false);
  const type = form.watch('type');
  const noun = OBJECT_TYPES.find((o) => o.value === objectType)!.label.toLowerCase();

  function submit(values: FieldFormValues) {
    setDetail(null);
    form.clearErrors('options');
    if (hasOptions(values.type) && !values.options.length) {
      form.setError('options', { type: 'required', message: 'Add at least one option' });
      return;
    }
    const options = hasOptions(values.type) ? values.options.map((o) => ({ value: o.value.trim(), label: o.label.trim() })) : undefined;
    const common = { label: values.label.trim(), required: values.required, description: values.description.trim() || null, ...(options && { options }) };
    // `options`: a removed option that records still hold (409) is named under the options editor.
    const fieldPaths: Record<string, FieldPath<FieldFormValues>> = { label: 'label', key: 'key', type: 'type', options: 'options', required: 'required', description: 'description' };
    values.options.forEach((_, i) => Object.assign(fieldPaths, { [`options.${i}.label`]: `options.${i}.label`, [`options.${i}.value`]: `options.${i}.value` }));
    const callbacks = {
      onSuccess: (saved: FieldDefinition) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: unknown) => setDetail(showProblem(form, error, fieldPaths)),
    };
    if (field) update.mutate({ id: field.id, changes: common }, callbacks);
    else create.mutate({ ...common, objectType, key: values.key.trim(), type: values.type }, callbacks);
  }

  const label = textFieldProps(form, 'label', {
    validate: (v) => Boolean(String(v).trim()) || 'Enter a label',
    onChange: (e: { target: { value: string } }) => {
      if (!field && !keyEdited) form.setValue('key', keyFromLabel(e.target.value), { shouldValidate: form.formState.isSubmitted });
    },
  });
  const key = textFieldProps(
    form,
    'key',
    {
      validate: (v) => (KEY_PATTERN.test(String(v).trim()) && String(v).trim().length <= KEY_MAX_LENGTH) || `Lower-case letters, digits and single underscores, starting with a letter; at most ${KEY_MAX_LENGTH} characters`,
      onChange: () => setKeyEdited(true),
    },
    field ? 'Fixed once the field is saved' : `Names the field in filters, imports, exports and merge tags ({{${objectType}.custom.key}})`,
  );

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>{field ? `Edit field “${field.label}”` : `New ${noun} field`}</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {detail && <Alert severity="error">{detail}</Alert>}
          <TextField label="Label" required autoFocus fullWidth {...label} />
          <TextField
            label="Key"
            required={!field}
            fullWidth
            {...key}
            disabled={Boolean(field)}
            // Filled in from the label by setValue, which an uncontrolled input's label does not notice.
            slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace' } }, inputLabel: { shrink: Boolean(form.watch('key')) || undefined } }}
          />
          {field ? (
            <TextField label="Type" fullWidth disabled value={fieldTypeLabel(field.type)} helperText="Fixed once the field is saved" />
          ) : (
            <TextField
              select
              label="Type"
              fullWidth
              value={type}
              onChange={(e) => {
                const next = e.target.value as FieldFormValues['type'];
                form.setValue('type', next, { shouldDirty: true });
                // A select field starts with one blank option to fill in.
                if (hasOptions(next) && !form.getValues('options').length) form.setValue('options', [{ label: '', value: '', saved: false, valueEdited: false }]);
              }}
              helperText={FIELD_TYPES.find((t) => t.value === type)?.hint}
              slotProps={{ select: { renderValue: (value) => fieldTypeLabel(value as FieldFormValues['type']) } }}
            >
              {FIELD_TYPES.map((t) => (
                <MenuItem key={t.value} value={t.value}>
                  <ListItemText primary={t.label} secondary={t.hint} />
                </MenuItem>
              ))}
            </TextField>
          )}
          {hasOptions(type) && <FieldOptionsEditor form={form} />}
          <TextField label="Description" fullWidth multiline minRows={2} {...textFieldProps(form, 'description', undefined, 'Shown under the input, to say what goes in it')} />
          <FormControlLabel
            control={<Checkbox checked={form.watch('required')} onChange={(e) => form.setValue('required', e.target.checked, { shouldDirty: true })} />}
            label={`Required: every new ${noun} must have a value`}
          />
        </Stack>
      </DialogContent>
      <DialogButtons confirmLabel={field ? 'Save changes' : 'Create field'} pending={pending} onCancel={onClose} />
    </form>
  );
}
