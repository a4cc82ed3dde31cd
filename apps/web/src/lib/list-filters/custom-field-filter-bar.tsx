import FilterListOutlined from '@mui/icons-material/FilterListOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import MenuItem from '@mui/material/MenuItem';
import Popover from '@mui/material/Popover';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import type { FieldDefinition } from '../custom-fields/field-types';
import { type CustomFilter, type FilterOperator, describeFilter, filterValueOf, operatorsFor, paramOf } from './custom-field-filters';

interface CustomFieldFilterBarProps {
  definitions: FieldDefinition[];
  /** The custom field filters the list has now. */
  filters: CustomFilter[];
  /** Query parameter changes: a value sets the filter, null removes it. */
  onChange(patch: Record<string, string | null>): void;
}

const INPUT_TYPES: Partial<Record<FieldDefinition['type'], string>> = { number: 'number', date: 'date', datetime: 'datetime-local' };

/** The list's filters on custom fields, as chips, and a small form to add one with the operators of the field's type. */
export function CustomFieldFilterBar({ definitions, filters, onChange }: CustomFieldFilterBarProps) {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [key, setKey] = useState('');
  const [op, setOp] = useState<FilterOperator>('eq');
  const [value, setValue] = useState('');
  const definition = definitions.find((d) => d.key === key);
  if (definitions.length === 0) return null;

  const close = () => {
    setAnchor(null);
    setKey('');
    setOp('eq');
    setValue('');
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!definition || (op !== 'empty' && !value)) return;
    onChange({ [paramOf(definition.key, op)]: filterValueOf(definition, op, value) });
    close();
  };

  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center' }}>
      {filters.map((filter) => (
        <Chip
          key={filter.param}
          size="small"
          color="primary"
          label={describeFilter(definitions.find((d) => d.key === filter.key), filter)}
          onDelete={() => onChange({ [filter.param]: null })}
          sx={{ borderRadius: 1.5, fontWeight: 600 }}
        />
      ))}
      <Button size="small" startIcon={<FilterListOutlined />} onClick={(e) => setAnchor(e.currentTarget)} aria-haspopup="dialog">
        Filter by field
      </Button>
      <Popover open={Boolean(anchor)} anchorEl={anchor} onClose={close} anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}>
        <Box component="form" onSubmit={submit} role="dialog" aria-label="Filter by field" sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, width: 280 }}>
          <TextField
            select
            size="small"
            label="Field"
            value={key}
            onChange={(e) => {
              setKey(e.target.value);
              setOp('eq');
              setValue('');
            }}
          >
            {definitions.map((d) => (
              <MenuItem key={d.key} value={d.key}>
                {d.label}
              </MenuItem>
            ))}
          </TextField>
          {definition && (
            <TextField select size="small" label="Condition" value={op} onChange={(e) => setOp(e.target.value as FilterOperator)}>
              {operatorsFor(definition.type).map((o) => (
                <MenuItem key={o.op} value={o.op}>
                  {o.label}
                </MenuItem>
              ))}
            </TextField>
          )}
          {definition && op !== 'empty' && <FilterValueInput definition={definition} value={value} onChange={setValue} />}
          <Button type="submit" variant="contained" size="small" disabled={!definition || (op !== 'empty' && !value)}>
            Apply filter
          </Button>
        </Box>
      </Popover>
    </Box>
  );
}

function FilterValueInput({ definition, value, onChange }: { definition: FieldDefinition; value: string; onChange(value: string): void }) {
  if (definition.type === 'boolean' || definition.type === 'select' || definition.type === 'multiselect') {
    const options = definition.type === 'boolean' ? [{ value: 'true', label: 'Yes' }, { value: 'false', label: 'No' }] : definition.options;
    return (
      <TextField select size="small" label="Value" value={value} onChange={(e) => onChange(e.target.value)}>
        {options.map((o) => (
          <MenuItem key={o.value} value={o.value}>
            {o.label}
          </MenuItem>
        ))}
      </TextField>
    );
  }
  const type = INPUT_TYPES[definition.type] ?? 'text';
  return (
    <TextField
      size="small"
      label="Value"
      type={type}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={type === 'text' ? undefined : { inputLabel: { shrink: true } }}
    />
  );
}
