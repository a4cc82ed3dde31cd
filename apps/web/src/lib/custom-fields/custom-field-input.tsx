import Autocomplete from '@mui/material/Autocomplete';
import Checkbox from '@mui/material/Checkbox';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { type Ref, useId } from 'react';
import { Controller, type FieldPath, type FieldValues, type PathValue, type UseFormReturn } from 'react-hook-form';
import { type CustomFieldDraft, type CustomFieldDrafts, toDraft } from './custom-field-values';
import type { FieldDefinition, FieldOption } from './field-types';

export interface CustomFieldInputProps {
  definition: FieldDefinition;
  value: CustomFieldDraft;
  onChange(value: CustomFieldDraft): void;
  onBlur?(): void;
  /** The message under the input; the field's description shows while there is none. */
  error?: string;
  size?: 'small' | 'medium';
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /**
   * In a form the input carries the field's label; in place (an inline editor under the
   * label) it is named by aria-label only.
   */
  inline?: boolean;
}

const TEXT_INPUT_TYPES: Partial<Record<FieldDefinition['type'], string>> = { url: 'url', email: 'email', phone: 'tel', number: 'number', date: 'date', datetime: 'datetime-local' };

/** The input of one custom field, by its type; `value` and `onChange` carry drafts (custom-field-values.ts). */
export function CustomFieldInput({ definition, value, onChange, onBlur, error, size = 'medium', autoFocus, inputRef, inline = false }: CustomFieldInputProps) {
  const helperText = error ?? (inline ? undefined : (definition.description ?? undefined));
  const label = inline ? undefined : definition.label;
  const helperId = useId();

  if (definition.type === 'boolean') {
    return (
      <FormControl error={Boolean(error)} size={size}>
        <FormControlLabel
          label={inline ? 'Yes' : definition.label}
          required={!inline && definition.required}
          control={
            <Checkbox
              checked={value === true}
              onChange={(e) => onChange(e.target.checked)}
              onBlur={onBlur}
              autoFocus={autoFocus}
              size={size}
              slotProps={{ input: { ref: inputRef, 'aria-label': inline ? definition.label : undefined, 'aria-describedby': helperText ? helperId : undefined } }}
            />
          }
        />
        {helperText && <FormHelperText id={helperId} sx={{ mt: -0.5 }}>{helperText}</FormHelperText>}
      </FormControl>
    );
  }

  if (definition.type === 'multiselect') {
    const chosen = Array.isArray(value) ? value : [];
    const byValue = new Map(definition.options.map((o) => [o.value, o]));
    // A value no longer among the options (removed since) stays visible, so saving does not drop it unseen.
    const selected: FieldOption[] = chosen.map((v) => byValue.get(v) ?? { value: v, label: v });
    return (
      <Autocomplete
        multiple
        size={size}
        options={definition.options}
        value={selected}
        onChange={(_, next) => onChange(next.map((o) => o.value))}
        onBlur={onBlur}
        getOptionLabel={(o) => o.label}
        isOptionEqualToValue={(a, b) => a.value === b.value}
        filterSelectedOptions
        renderInput={(params) => (
          <TextField
            {...params}
            label={label}
            required={!inline && definition.required}
            autoFocus={autoFocus}
            inputRef={inputRef}
            error={Boolean(error)}
            helperText={helperText}
            placeholder={selected.length ? undefined : 'Choose…'}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, ...(inline && { 'aria-label': definition.label }) } }}
          />
        )}
      />
    );
  }

  const common = {
    label,
    size,
    fullWidth: true,
    autoFocus,
    inputRef,
    required: !inline && definition.required,
    error: Boolean(error),
    helperText,
    value: typeof value === 'string' ? value : '',
    onChange: (e: { target: { value: string } }) => onChange(e.target.value),
    onBlur,
  };
  const htmlInput = { ...(inline && { 'aria-label': definition.label }), ...(definition.type === 'number' && { step: 'any', inputMode: 'decimal' as const }) };

  if (definition.type === 'select') {
    const options = definition.options.some((o) => o.value === value) || !value ? definition.options : [...definition.options, { value: String(value), label: String(value) }];
    return (
      <TextField select {...common} slotProps={{ htmlInput }}>
        <MenuItem value="">
          <em>None</em>
        </MenuItem>
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    );
  }

  const type = TEXT_INPUT_TYPES[definition.type];
  return (
    <TextField
      {...common}
      type={type}
      multiline={definition.type === 'textarea'}
      minRows={definition.type === 'textarea' ? 3 : undefined}
      // Dates' inputs draw their own placeholder (mm/dd/yyyy) under a floating label.
      slotProps={{ htmlInput, inputLabel: definition.type === 'date' || definition.type === 'datetime' ? { shrink: true } : undefined }}
    />
  );
}

/** A form whose values hold the drafts of its custom fields under `customFields`. */
export type WithCustomFields = FieldValues & { customFields: CustomFieldDrafts };

/**
 * A custom field's input bound to a react-hook-form form at `customFields.<key>`; a required
 * field must be filled in, and the API's `customFields.<key>` error (showProblem with
 * customFieldErrorPaths) shows under it.
 */
export function CustomFieldFormInput<T extends WithCustomFields>({ form, definition, original }: { form: UseFormReturn<T>; definition: FieldDefinition; original?: unknown }) {
  return (
    <Controller
      control={form.control}
      name={`customFields.${definition.key}` as FieldPath<T>}
      // The record's value, also when the definitions arrived after the form's defaultValues were set.
      defaultValue={toDraft(definition, original) as PathValue<T, FieldPath<T>>}
      rules={{
        validate: (draft: CustomFieldDraft) =>
          !definition.required || definition.type === 'boolean' || (Array.isArray(draft) ? draft.length > 0 : String(draft ?? '').trim() !== '') || `${definition.label} is required`,
      }}
      render={({ field, fieldState }) => (
        <CustomFieldInput definition={definition} value={field.value as CustomFieldDraft} onChange={field.onChange} onBlur={field.onBlur} inputRef={field.ref} error={fieldState.error?.message} />
      )}
    />
  );
}
