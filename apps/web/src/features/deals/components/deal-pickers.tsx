import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type CompanyOption, type ContactOption, useCompanyOptions, useContactOptions } from '../api/lookups';

interface PickerProps<T> {
  value: T | null;
  onChange(value: T | null): void;
  error?: string;
}

/** Searches contacts by name or email as you type. */
export function ContactPicker({ value, onChange, error }: PickerProps<ContactOption>) {
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 250);
  const options = useContactOptions(search === value?.name ? '' : search);
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
      noOptionsText={search ? 'No contact matches' : 'No contacts yet'}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props} sx={{ display: 'block !important', minWidth: 0 }}>
          <Typography variant="body2" noWrap>
            {option.name}
          </Typography>
          <Typography variant="caption" color="text.secondary" noWrap component="div">
            {option.email}
            {option.company ? ` · ${option.company.name}` : ''}
          </Typography>
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label="Contact" error={Boolean(error)} helperText={error} />}
    />
  );
}

export function CompanyPicker({ value, onChange, error }: PickerProps<CompanyOption>) {
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
      noOptionsText={search ? 'No company matches' : 'No companies yet'}
      renderInput={(params) => <TextField {...params} label="Company" error={Boolean(error)} helperText={error} />}
    />
  );
}
