import ContentCopy from '@mui/icons-material/ContentCopy';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { CreatedApiKey } from '../api/create-api-key';

/**
 * The one time a key is shown: the API keeps only its hash. Closing by the backdrop or Escape is
 * refused, so the key is not lost to a stray click before it was copied.
 */
export function ApiKeyCreatedDialog({ created, onClose }: { created: CreatedApiKey | null; onClose(): void }) {
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);

  async function copyKey() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }

  return (
    <Dialog open={Boolean(created)} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => setCopy(null) } }} aria-labelledby="api-key-created-title">
      <DialogTitle id="api-key-created-title">API key “{created?.name}” created</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2.5 }}>
          Copy this key now and keep it somewhere safe: it will not be shown again. If it is lost, revoke it and create another.
        </Alert>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
          <TextField
            label="API key"
            value={created?.key ?? ''}
            fullWidth
            slotProps={{ htmlInput: { readOnly: true, spellCheck: false, sx: { fontFamily: 'monospace', fontSize: '0.875rem' } } }}
            onFocus={(event) => event.target.select()}
            helperText={copy === 'copied' ? 'Copied to the clipboard.' : copy === 'failed' ? 'The browser refused to copy: select the key and copy it yourself.' : 'Send it as Authorization: Bearer <key>.'}
          />
          <Button variant="outlined" startIcon={<ContentCopy />} onClick={copyKey} sx={{ mt: 1, flexShrink: 0 }}>
            Copy
          </Button>
        </Box>
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
          Its prefix <code>{created?.prefix}</code> names it in the list of keys.
        </Typography>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button variant="contained" onClick={onClose}>
          I have copied the key
        </Button>
      </DialogActions>
    </Dialog>
  );
}
