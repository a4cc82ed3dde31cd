import { errorMessage } from '@corral/api-client';
import Close from '@mui/icons-material/Close';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FlagOutlined from '@mui/icons-material/FlagOutlined';
import LocalOfferOutlined from '@mui/icons-material/LocalOfferOutlined';
import PersonOutline from '@mui/icons-material/PersonOutlined';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import { useActiveUserOptions } from '../../../lib/lookups';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { ownerOptions } from '../../../lib/ui/owner-options';
import { type BulkTarget, useBulkAddTags, useBulkAssign, useBulkDelete, useBulkSetStatus } from '../api/bulk-contacts';
import { useTagCounts } from '../api/contact-tags';
import { downloadContactsCsv } from '../api/download';
import type { ContactStatus } from '../api/types';

interface BulkActionsBarProps {
  /** The selected rows, or every contact matching the list's filters. */
  target: BulkTarget;
  /** How many contacts that is, as shown ("3", "about 12,000"). */
  countLabel: string;
  /** Singular when exactly one contact is meant. */
  single: boolean;
  canAssign: boolean;
  onClear(): void;
  onDone(message: string): void;
  onError(error: unknown): void;
}

type Action = 'tags' | 'assign' | 'status' | 'delete';

const TITLES: Record<Action, (what: string) => string> = {
  tags: (what) => `Add tags to ${what}`,
  assign: (what) => `Assign ${what}`,
  status: (what) => `Change the status of ${what}`,
  delete: (what) => `Delete ${what}?`,
};
const CONFIRM: Record<Action, string> = { tags: 'Add tags', assign: 'Assign', status: 'Change status', delete: 'Delete' };

const changed = (n: number) => `${n.toLocaleString()} contact${n === 1 ? '' : 's'}`;

/** Shown above the table while contacts are selected: tag, assign, change the status of, export or delete them all at once. */
export function BulkActionsBar({ target, countLabel, single, canAssign, onClear, onDone, onError }: BulkActionsBarProps) {
  const [dialog, setDialog] = useState<Action | null>(null);
  const [tags, setTags] = useState<string[]>([]);
  const [owner, setOwner] = useState('');
  const [status, setStatus] = useState<ContactStatus | ''>('');
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const tagOptions = useTagCounts();
  const owners = useActiveUserOptions(canAssign);
  const bulkTags = useBulkAddTags();
  const bulkAssign = useBulkAssign();
  const bulkStatus = useBulkSetStatus();
  const bulkDelete = useBulkDelete();
  const pending = bulkTags.isPending || bulkAssign.isPending || bulkStatus.isPending || bulkDelete.isPending;
  const what = `${countLabel} ${single ? 'contact' : 'contacts'}`;

  function close() {
    setDialog(null);
    setTags([]);
    setOwner('');
    setStatus('');
    setError(null);
  }

  function apply() {
    setError(null);
    const handlers = (message: (n: number) => string) => ({
      onSuccess: (n: number) => {
        close();
        onClear();
        onDone(message(n));
      },
      onError: (e: unknown) => setError(errorMessage(e)),
    });
    if (dialog === 'tags') {
      const { onSuccess, onError } = handlers((n) => `Tagged ${changed(n)} with ${tags.join(', ')}.`);
      bulkTags.mutate({ ...target, tags }, { onSuccess: (r) => onSuccess(r.updated), onError });
    } else if (dialog === 'assign') {
      const name = owners.data?.find((u) => u.id === owner)?.name;
      const { onSuccess, onError } = handlers((n) => (owner === 'none' ? `Unassigned ${changed(n)}.` : `Assigned ${changed(n)} to ${name}.`));
      bulkAssign.mutate({ ...target, assignedToId: owner === 'none' ? null : owner }, { onSuccess: (r) => onSuccess(r.updated), onError });
    } else if (dialog === 'status' && status) {
      const { onSuccess, onError } = handlers((n) => `Changed the status of ${changed(n)} to ${contactStatusLabel(status)}.`);
      bulkStatus.mutate({ ...target, status }, { onSuccess: (r) => onSuccess(r.updated), onError });
    } else if (dialog === 'delete') {
      const { onSuccess, onError } = handlers((n) => `Deleted ${changed(n)}.`);
      bulkDelete.mutate(target, { onSuccess: (r) => onSuccess(r.deleted), onError });
    }
  }

  async function exportCsv() {
    setExporting(true);
    try {
      await downloadContactsCsv('contactIds' in target ? { ids: target.contactIds } : target.filter);
    } catch (e) {
      onError(e);
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <Box
        role="toolbar"
        aria-label="Selected contacts"
        sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', px: 2, py: 1, background: 'rgba(79, 70, 229, 0.06)', borderBottom: 1, borderColor: 'divider' }}
      >
        <IconButton size="small" aria-label="Clear selection" onClick={onClear}>
          <Close fontSize="small" />
        </IconButton>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>
          {countLabel} selected
        </Typography>
        <Button size="small" variant="outlined" startIcon={<LocalOfferOutlined />} onClick={() => setDialog('tags')}>
          Add tags
        </Button>
        {canAssign && (
          <Button size="small" variant="outlined" startIcon={<PersonOutline />} onClick={() => setDialog('assign')}>
            Assign
          </Button>
        )}
        <Button size="small" variant="outlined" startIcon={<FlagOutlined />} onClick={() => setDialog('status')}>
          Change status
        </Button>
        <Button size="small" variant="outlined" startIcon={<FileDownloadOutlined />} onClick={exportCsv} loading={exporting}>
          Export
        </Button>
        {/* error.dark: the bar's tint takes plain red just under 4.5:1. */}
        <Button size="small" variant="outlined" color="error" startIcon={<DeleteOutline />} onClick={() => setDialog('delete')} sx={{ color: 'error.dark' }}>
          Delete
        </Button>
      </Box>
      <ActionDialog open={dialog !== null} pending={pending} onClose={close} fullWidth maxWidth="xs">
        <DialogTitle>{dialog && TITLES[dialog](what)}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
          <Box sx={{ pt: 1 }}>
            {dialog === 'tags' && (
              <Autocomplete
                multiple
                freeSolo
                autoSelect
                options={(tagOptions.data ?? []).map((t) => t.tag)}
                value={tags}
                onChange={(_, next) => setTags(next.map((t) => t.trim().toLowerCase()).filter(Boolean))}
                renderInput={(params) => <TextField {...params} autoFocus label="Tags" placeholder="Type a tag and press Enter" />}
              />
            )}
            {dialog === 'assign' && (
              <TextField select fullWidth label="Owner" value={owner} onChange={(e) => setOwner(e.target.value)}>
                {ownerOptions(owners.data, 'none')}
              </TextField>
            )}
            {dialog === 'status' && (
              <TextField select fullWidth label="Status" value={status} onChange={(e) => setStatus(e.target.value as ContactStatus)}>
                {CONTACT_STATUSES.map((s) => (
                  <MenuItem key={s} value={s}>
                    {contactStatusLabel(s)}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {dialog === 'delete' && (
              <DialogContentText>
                {single ? 'The contact goes' : 'They go'} with {single ? 'its' : 'their'} activities, email history and workflow runs; deals stay, without a contact. This cannot be undone.
              </DialogContentText>
            )}
          </Box>
        </DialogContent>
        <DialogButtons
          confirmLabel={dialog ? CONFIRM[dialog] : ''}
          color={dialog === 'delete' ? 'error' : 'primary'}
          pending={pending}
          disabled={(dialog === 'tags' && tags.length === 0) || (dialog === 'assign' && owner === '') || (dialog === 'status' && status === '')}
          onCancel={close}
          onConfirm={apply}
        />
      </ActionDialog>
    </>
  );
}
