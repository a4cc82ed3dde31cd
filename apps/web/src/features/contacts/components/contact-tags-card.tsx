import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useAddTags, useRemoveTag, useTagCounts } from '../api/contact-tags';
import type { Contact } from '../api/types';
import { TagChips } from './tag-chips';

/** The contact's tags: remove with the chip's ✕, add by typing (suggestions from tags in use). */
export function ContactTagsCard({ contact }: { contact: Contact }) {
  const suggestions = useTagCounts();
  const add = useAddTags();
  const remove = useRemoveTag();
  const [input, setInput] = useState('');
  const error = add.error ?? remove.error;

  function addTag(raw: string | null) {
    const tag = raw?.trim().toLowerCase();
    if (!tag) return;
    add.mutate({ id: contact.id, tags: [tag] }, { onSuccess: () => setInput('') });
  }

  return (
    <Card>
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1.5 }}>
          Tags
        </Typography>
        {error && (
          <Alert severity="error" sx={{ mb: 1.5 }}>
            {errorMessage(error)}
          </Alert>
        )}
        {contact.tags.length > 0 ? (
          <Box sx={{ mb: 1.5 }}>
            <TagChips tags={contact.tags} onDelete={(tag) => remove.mutate({ id: contact.id, tag })} />
          </Box>
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
            No tags yet.
          </Typography>
        )}
        <Autocomplete
          freeSolo
          size="small"
          options={(suggestions.data ?? []).map((t) => t.tag).filter((t) => !contact.tags.includes(t))}
          inputValue={input}
          onInputChange={(_, value) => setInput(value)}
          value={null}
          onChange={(_, value) => addTag(value)}
          disabled={add.isPending}
          renderInput={(params) => <TextField {...params} placeholder="Add a tag…" slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, 'aria-label': 'Add a tag' } }} />}
        />
      </CardContent>
    </Card>
  );
}
