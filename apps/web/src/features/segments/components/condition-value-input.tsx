import Autocomplete from '@mui/material/Autocomplete';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { CustomFieldInput } from '../../../lib/custom-fields/custom-field-input';
import type { FieldDefinition } from '../../../lib/custom-fields/field-types';
import { useTagOptions, useUserOptions } from '../../../lib/lookups';
import { CompanyPicker } from '../../../lib/ui/entity-pickers';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type FieldChoice, valueShape } from '../segment-form';

interface ConditionValueInputProps {
  field: FieldChoice;
  /** The custom field behind `field`, whose typed input the one-value operators use. */
  definition?: FieldDefinition;
  op: string;
  value: string;
  values: string[];
  valueLabel: string;
  onChange(patch: { value?: string; values?: string[]; valueLabel?: string }): void;
  error: boolean;
}

const small = { size: 'small' as const, sx: { minWidth: 200, flexGrow: 1 } };

/** Tags as they exist (GET /api/contacts/tags): a typo cannot silently match nobody. */
function TagInput({ multiple, value, values, onChange, error }: { multiple: boolean; value: string; values: string[]; onChange: ConditionValueInputProps['onChange']; error: boolean }) {
  const [input, setInput] = useState('');
  const tags = useTagOptions(useDebouncedValue(input.trim(), 250));
  const common = {
    options: tags.data ?? [],
    loading: tags.isFetching,
    inputValue: input,
    onInputChange: (_: unknown, next: string) => setInput(next),
    ...small,
  };
  if (multiple) {
    return (
      <Autocomplete
        {...common}
        multiple
        value={values}
        onChange={(_, next) => onChange({ values: next })}
        renderValue={(chosen, getItemProps) => chosen.map((tag, index) => <Chip size="small" label={tag} {...getItemProps({ index })} key={tag} />)}
        renderInput={(params) => <TextField {...params} label="Tags" error={error} />}
      />
    );
  }
  return <Autocomplete {...common} value={value || null} onChange={(_, next) => onChange({ value: next ?? '' })} renderInput={(params) => <TextField {...params} label="Tag" error={error} />} />;
}

/** The value input fitting a field's type and the operator: none, one value, a list, a date or a number of days. */
export function ConditionValueInput({ field, definition, op, value, values, valueLabel, onChange, error }: ConditionValueInputProps) {
  const shape = valueShape(op);
  const owners = useUserOptions(field.kind === 'owner');
  if (shape === 'none') return null;
  if (shape === 'days') {
    return <TextField {...small} type="number" label="Days" value={value} onChange={(e) => onChange({ value: e.target.value })} error={error} slotProps={{ htmlInput: { min: 1 } }} />;
  }
  if (shape === 'date') {
    return <TextField {...small} type="date" label="Date" value={value} onChange={(e) => onChange({ value: e.target.value })} error={error} slotProps={{ inputLabel: { shrink: true } }} />;
  }
  if (field.kind === 'tags') return <TagInput multiple={shape === 'list'} value={value} values={values} onChange={onChange} error={error} />;
  if (field.kind === 'company' && shape === 'one') {
    return (
      <CompanyPicker
        size="small"
        sx={small.sx}
        value={value ? { id: value, name: valueLabel } : null}
        onChange={(next) => onChange({ value: next?.id ?? '', valueLabel: next?.name ?? '' })}
        error={error ? ' ' : undefined}
      />
    );
  }
  const options = field.kind === 'owner' ? (owners.data ?? []).map((u) => ({ value: u.id, label: u.name })) : field.options;
  if (options && (field.kind === 'choice' || field.kind === 'multiselect' || field.kind === 'owner')) {
    if (shape === 'list') {
      return (
        <TextField
          {...small}
          select
          label="Values"
          value={values}
          onChange={(e) => onChange({ values: e.target.value as unknown as string[] })}
          error={error}
          slotProps={{ select: { multiple: true, renderValue: (chosen) => (chosen as string[]).map((v) => options.find((o) => o.value === v)?.label ?? v).join(', ') } }}
        >
          {options.map((o) => (
            <MenuItem key={o.value} value={o.value}>
              {o.label}
            </MenuItem>
          ))}
        </TextField>
      );
    }
    return (
      <TextField {...small} select label="Value" value={options.some((o) => o.value === value) ? value : ''} onChange={(e) => onChange({ value: e.target.value })} error={error}>
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  if (shape === 'list') {
    return (
      <Autocomplete
        {...small}
        multiple
        freeSolo
        options={[] as string[]}
        value={values}
        onChange={(_, next) => onChange({ values: [...new Set(next.map((v) => v.trim()).filter(Boolean))] })}
        renderValue={(chosen, getItemProps) => chosen.map((v, index) => <Chip size="small" label={v} {...getItemProps({ index })} key={v} />)}
        renderInput={(params) => <TextField {...params} label="Values" placeholder="Type and press Enter" error={error} />}
      />
    );
  }
  if (field.kind === 'boolean') {
    return (
      <TextField {...small} select label="Value" value={value} onChange={(e) => onChange({ value: e.target.value })} error={error}>
        <MenuItem value="true">Yes</MenuItem>
        <MenuItem value="false">No</MenuItem>
      </TextField>
    );
  }
  if (definition) {
    return <CustomFieldInput definition={definition} value={value} onChange={(next) => onChange({ value: String(next) })} size="small" inline error={error ? ' ' : undefined} />;
  }
  return <TextField {...small} type={field.kind === 'number' ? 'number' : 'text'} label="Value" value={value} onChange={(e) => onChange({ value: e.target.value })} error={error} />;
}
