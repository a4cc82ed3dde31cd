import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useCompanyOptions } from '../api/lookups';

export interface CompanyOption {
  id: string;
  name: string;
}

interface CompanyPickerProps {
  value: CompanyOption | null;
  onChange(value: CompanyOption | null): void;
  label?: string;
  error?: string;
  size?: 'small' | 'medium';
  autoFocus?: boolean;
}

/** Searches companies as you type. */
export function CompanyPicker({ value, onChange, label = 'Company', error, size, autoFocus }: CompanyPickerProps) {
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 250);
  const options = useCompanyOptions(search === value?.name ? '' : search);
  return (
    <Autocomplete
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      options={options.data ?? []}
      getOptionLabel={(option) => option.name}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      loading={options.isFetching}
      size={size}
      noOptionsText={search ? 'No company matches' : 'No companies yet'}
      renderInput={(params) => <TextField {...params} label={label} autoFocus={autoFocus} error={Boolean(error)} helperText={error} />}
    />
  );
}
