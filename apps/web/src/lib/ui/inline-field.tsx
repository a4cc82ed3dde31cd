import Check from '@mui/icons-material/Check';
import Close from '@mui/icons-material/Close';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Box from '@mui/material/Box';
import IconButton from '@mui/material/IconButton';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { type FieldValues, useController, useForm } from 'react-hook-form';
import { showProblem } from '../form-fields';

interface InlineFieldProps<T> {
  label: string;
  /** The field as the API names it (`firstName`), whose errors show under the editor. */
  field: string;
  /** What the field shows when not editing. */
  display: ReactNode;
  value: T;
  /** The editor; `error` is the API's message for this field. */
  editor(props: { value: T; onChange(value: T): void; error?: string }): ReactNode;
  /** Saves the value; rejects with the API error to keep the editor open. */
  onSave(value: T): Promise<unknown>;
  readOnly?: boolean;
}

/** A label and value that turns into an input in place: pencil to edit, Enter or ✓ to save, Esc or ✕ to cancel. */
export function InlineField<T>({ label, field, display, value, editor, onSave, readOnly }: InlineFieldProps<T>) {
  const [editing, setEditing] = useState(false);
  // The form holds any T; typed as FieldValues, as react-hook-form cannot follow a path into a generic.
  const form = useForm<FieldValues>({ defaultValues: { value } });
  const { field: draft, fieldState } = useController({ control: form.control, name: 'value' });
  const saving = form.formState.isSubmitting;

  function start() {
    form.reset({ value });
    setEditing(true);
  }

  const save = form.handleSubmit(async (values) => {
    try {
      await onSave(values.value as T);
      setEditing(false);
    } catch (e) {
      // The editor is the only place to say anything: what the API says about other fields, or without one, goes under it too.
      const rest = showProblem(form, e, { [field]: 'value' });
      const own = form.getFieldState('value').error?.message;
      if (rest) form.setError('value', { type: 'server', message: own ? `${own}. ${rest}` : rest });
    }
  });

  return (
    <Box sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
      <Typography variant="caption" component="div" sx={{ color: 'text.secondary', fontWeight: 600, mb: 0.25 }}>
        {label}
      </Typography>
      {editing ? (
        <Box
          component="form"
          onSubmit={save}
          onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
          sx={{ display: 'flex', gap: 0.5, alignItems: 'flex-start' }}
          aria-label={`Edit ${label.toLowerCase()}`}
        >
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>{editor({ value: draft.value as T, onChange: draft.onChange, error: fieldState.error?.message })}</Box>
          <IconButton type="submit" size="small" color="primary" aria-label={`Save ${label.toLowerCase()}`} disabled={saving} sx={{ mt: 0.5 }}>
            <Check fontSize="small" />
          </IconButton>
          <IconButton size="small" aria-label="Cancel" onClick={() => setEditing(false)} disabled={saving} sx={{ mt: 0.5 }}>
            <Close fontSize="small" />
          </IconButton>
        </Box>
      ) : (
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minHeight: 28, '&:hover .inline-edit': { opacity: 1 } }}>
          <Box sx={{ flexGrow: 1, minWidth: 0, fontSize: '0.875rem', overflowWrap: 'anywhere' }}>{display}</Box>
          {!readOnly && (
            <IconButton className="inline-edit" size="small" aria-label={`Edit ${label.toLowerCase()}`} onClick={start} sx={{ opacity: { xs: 1, md: 0.35 }, transition: 'opacity 120ms' }}>
              <EditOutlined sx={{ fontSize: 16 }} />
            </IconButton>
          )}
        </Box>
      )}
    </Box>
  );
}
