import ContentCopy from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';

interface SecretDialogProps {
  /** The signing secret the API answered; null keeps the dialog closed. */
  secret: string | null;
  url: string;
  onClose(): void;
}

/** The API shows a signing secret once (on create and rotate), so this is the only chance to copy it. */
export function SecretDialog({ secret, url, onClose }: SecretDialogProps) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    if (!secret) return;
    await navigator.clipboard.writeText(secret);
    setCopied(true);
  }
  return (
    <Dialog open={Boolean(secret)} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => setCopied(false) } }}>
      <DialogTitle>Signing secret</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Alert severity="warning">Copy this secret now: it is shown only once. Your receiver at {url} verifies the webhook-signature header with it.</Alert>
          <TextField
            label="Signing secret"
            value={secret ?? ''}
            fullWidth
            slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace' } } }}
            onFocus={(event) => event.target.select()}
          />
        </Stack>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button startIcon={<ContentCopy />} onClick={() => void copy()}>
          {copied ? 'Copied' : 'Copy secret'}
        </Button>
        <Button variant="contained" onClick={onClose}>
          Done
        </Button>
      </DialogActions>
    </Dialog>
  );
}
