import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { textFieldProps } from '../../../lib/form-fields';
import type { FieldFormValues } from './field-form-values';

/**
 * The options of a select field: a label people see and the value records store. A new
 * option's value follows its label until edited; a saved one's value is fixed, since records
 * and imports hold it (relabel it instead).
 */
export function FieldOptionsEditor({ form }: { form: UseFormReturn<FieldFormValues> }) {
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'options', keyName: 'rowId' });
  const rootError = form.formState.errors.options?.root?.message ?? form.formState.errors.options?.message;

  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, minWidth: 0 }}>
      <Typography component="legend" variant="subtitle2" sx={{ mb: 1 }}>
        Options
      </Typography>
      {fields.map((row, index) => {
        const labelProps = textFieldProps(form, `options.${index}.label`, {
          validate: (v) => Boolean(String(v).trim()) || 'Enter a label',
          onChange: (e: { target: { value: string } }) => {
            if (!form.getValues(`options.${index}.saved`) && !form.getValues(`options.${index}.valueEdited`)) form.setValue(`options.${index}.value`, e.target.value.trim());
          },
        });
        const valueProps = textFieldProps(form, `options.${index}.value`, {
          validate: (v) => {
            const value = String(v).trim();
            if (!value) return 'Enter a value';
            const values = form.getValues('options').map((o) => o.value.trim());
            return values.indexOf(value) === index || 'Another option has this value';
          },
          onChange: () => form.setValue(`options.${index}.valueEdited`, true),
        });
        return (
          <Box key={row.rowId} sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr auto', gap: 1, alignItems: 'start', mb: 1 }}>
            <TextField size="small" label={`Option ${index + 1} label`} {...labelProps} />
            <TextField
              size="small"
              label={`Option ${index + 1} value`}
              {...valueProps}
              disabled={row.saved}
              helperText={valueProps.helperText ?? (row.saved ? 'Stored in records' : undefined)}
              // Filled in from the label by setValue, which an uncontrolled input's label does not notice.
              slotProps={{ htmlInput: { spellCheck: false }, inputLabel: { shrink: Boolean(form.watch(`options.${index}.value`)) || undefined } }}
            />
            <IconButton aria-label={`Remove option ${index + 1}`} onClick={() => remove(index)} sx={{ mt: 0.25 }}>
              <DeleteOutlined fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      {rootError && <FormHelperText error>{rootError}</FormHelperText>}
      <Button size="small" startIcon={<Add />} onClick={() => append({ label: '', value: '', saved: false, valueEdited: false }, { shouldFocus: true })}>
        Add option
      </Button>
    </Box>
  );
}
