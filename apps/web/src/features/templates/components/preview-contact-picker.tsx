import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type PreviewContact, usePreviewContacts } from '../api/get-preview-contacts';

/** Whom the preview is rendered for; empty means the API's sample contact. */
export function PreviewContactPicker({ value, onChange }: { value: PreviewContact | null; onChange(contact: PreviewContact | null): void }) {
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim());
  const contacts = usePreviewContacts(search);
  return (
    <Autocomplete
      size="small"
      value={value}
      onChange={(_, next) => onChange(next)}
      inputValue={input}
      onInputChange={(_, next) => setInput(next)}
      options={contacts.data ?? []}
      filterOptions={(options) => options}
      loading={contacts.isFetching}
      getOptionLabel={(c) => c.name || c.email}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      noOptionsText={search ? 'No contact matches' : 'No contacts yet'}
      renderOption={(props, c) => (
        <Box component="li" {...props} key={c.id}>
          <Box sx={{ minWidth: 0 }}>
            <Typography variant="body2" noWrap>
              {c.name || c.email}
            </Typography>
            <Typography variant="caption" color="text.secondary" noWrap component="div">
              {c.email}
            </Typography>
          </Box>
        </Box>
      )}
      renderInput={(params) => <TextField {...params} label="Preview for" placeholder="Sample contact" />}
      sx={{ width: { xs: '100%', sm: 260 }, flexShrink: 0 }}
    />
  );
}
