import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import type { SxProps, Theme } from '@mui/material/styles';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebouncedValue } from '../use-debounced-value';

/** The options query for what was typed: `search` is '' for "the first few". */
export interface PickerQuery<T> {
  queryKey: QueryKey;
  queryFn(): Promise<T[]>;
}

export interface AsyncPickerProps<T extends { id: string }> {
  value: T | null;
  onChange(value: T | null): void;
  /** Builds the request for the options matching `search` (trimmed, debounced). */
  query(search: string): PickerQuery<T>;
  label: string;
  getOptionLabel(option: T): string;
  /** A second, smaller line under each option (e.g. the email of a contact). */
  describe?(option: T): string;
  /** Shown when nothing matches: `[none yet, none matching]`. */
  emptyText: readonly [string, string];
  error?: string;
  /** Shown under the input when there is no error. */
  helperText?: string;
  placeholder?: string;
  size?: 'small' | 'medium';
  autoFocus?: boolean;
  sx?: SxProps<Theme>;
}

/**
 * A single-choice autocomplete whose options come from the API as you type: one request per
 * pause in typing, the previous options kept while the next ones load, and the server's order
 * kept (no client-side filtering: the API already matched).
 */
export function AsyncPicker<T extends { id: string }>({
  value,
  onChange,
  query,
  label,
  getOptionLabel,
  describe,
  emptyText,
  error,
  helperText,
  placeholder,
  size,
  autoFocus,
  sx,
}: AsyncPickerProps<T>) {
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 250);
  // Once an option is chosen the input shows its label; that text is not a search.
  const options = useQuery({ ...query(value && search === getOptionLabel(value) ? '' : search), placeholderData: keepPreviousData, staleTime: 60_000 });
  return (
    <Autocomplete
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      options={options.data ?? []}
      getOptionLabel={getOptionLabel}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      filterOptions={(x) => x}
      loading={options.isFetching}
      size={size}
      noOptionsText={search ? emptyText[1] : emptyText[0]}
      renderOption={
        describe &&
        (({ key, ...props }, option) => (
          <Box component="li" key={key} {...props} sx={{ display: 'block !important', minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {getOptionLabel(option)}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }} noWrap component="div">
              {describe(option)}
            </Typography>
          </Box>
        ))
      }
      renderInput={(params) => <TextField {...params} label={label} placeholder={placeholder} autoFocus={autoFocus} error={Boolean(error)} helperText={error ?? helperText} />}
      sx={sx}
    />
  );
}
