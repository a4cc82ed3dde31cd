import { errorMessage } from '@corral/api-client';
import Close from '@mui/icons-material/Close';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useBulkAddTags, useBulkAssign, useTagCounts } from '../api/contact-tags';
import { useActiveUserOptions } from '../../../lib/lookups';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';

interface BulkActionsBarProps {
  selected: string[];
  canAssign: boolean;
  onClear(): void;
  onDone(message: string): void;
}

/** Shown above the table while rows are selected: tag or assign them all at once. */
export function BulkActionsBar({ selected, canAssign, onClear, onDone }: BulkActionsBarProps) {
  const [dialog, setDialog] = useState<'tags' | 'assign' | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<string | null>(null);
  const tagOptions = useTagCounts();
  const owners = useActiveUserOptions(canAssign);
  const bulkTags = useBulkAddTags();
  const bulkAssign = useBulkAssign();
  const count = selected.length;
  const noun = count === 1 ? 'contact' : 'contacts';

  function close() {
    setDialog(null);
    setTags([]);
    setOwner('');
    setError(null);
  }

  function apply() {
    setError(null);
    const done = (message: string) => {
      close();
      onClear();
      onDone(message);
    };
    if (dialog === 'tags') {
      bulkTags.mutate({ contactIds: selected, tags }, { onSuccess: () => done(`Tagged ${count} ${noun} with ${tags.join(', ')}.`), onError: (e) => setError(errorMessage(e)) });
    } else {
      bulkAssign.mutate(
        { contactIds: selected, assignedToId: owner === 'none' ? null : owner },
        {
          onSuccess: () => done(owner === 'none' ? `Unassigned ${count} ${noun}.` : `Assigned ${count} ${noun} to ${owners.data?.find((u) => u.id === owner)?.name}.`),
          onError: (e) => setError(errorMessage(e)),
        },
      );
    }
  }

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 1, bgcolor: 'primary.50', background: 'rgba(79, 70, 229, 0.06)', borderBottom: 1, borderColor: 'divider' }}>
        <IconButton size="small" aria-label="Clear selection" onClick={onClear}>
          <Close fontSize="small" />
        </IconButton>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
          {count} selected
        </Typography>
        <Button size="small" variant="outlined" startIcon={<LocalOfferOutlined />} onClick={() => setDialog('tags')}>
          Add tags
        </Button>
        {canAssign && (
          <Button size="small" variant="outlined" startIcon={<PersonOutline />} onClick={() => setDialog('assign')}>
            Assign
          </Button>
        )}
      </Box>
      <ActionDialog open={dialog !== null} pending={bulkTags.isPending || bulkAssign.isPending} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{dialog === 'tags' ? `Add tags to ${count} ${noun}` : `Assign ${count} ${noun}`}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Box sx={{ pt: 1 }}>
            {dialog === 'tags' ? (
              <Autocomplete
                multiple
                freeSolo
                autoSelect
                options={(tagOptions.data ?? []).map((t) => t.tag)}
                value={tags}
                onChange={(_, next) => setTags(next.map((t) => t.trim().toLowerCase()).filter(Boolean))}
                renderInput={(params) => <TextField {...params} autoFocus label="Tags" placeholder="Type a tag and press Enter" />}
              />
            ) : (
              <TextField select fullWidth label="Owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
                {ownerOptions(owners.data, 'none')}
              </TextField>
            )}
          </Box>
        </DialogContent>
        <DialogButtons
          confirmLabel={dialog === 'tags' ? 'Add tags' : 'Assign'}
          pending={bulkTags.isPending || bulkAssign.isPending}
          disabled={dialog === 'tags' ? tags.length === 0 : owner === ''}
          onCancel={close}
          onConfirm={apply}
        />
      </ActionDialog>
    </>
  );
}
