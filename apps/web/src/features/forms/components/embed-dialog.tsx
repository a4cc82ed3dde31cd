import ContentCopy from '@mui/icons-material/ContentCopy';
import OpenInNew from '@mui/icons-material/OpenInNew';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import CircularProgress from '@mui/material/CircularProgress';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Link from '@mui/material/Link';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useFormEmbed } from '../api/forms';

interface EmbedDialogProps {
  form: { id: string; name: string } | null;
  onClose(): void;
}

/** The embed snippet with a copy button, and the hosted page's link. */
export function EmbedDialog({ form, onClose }: EmbedDialogProps) {
  const embed = useFormEmbed(form?.id);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  async function copy(html: string) {
    try {
      await navigator.clipboard.writeText(html);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  }
  return (
    <Dialog open={Boolean(form)} onClose={onClose} maxWidth="md" fullWidth slotProps={{ transition: { onExited: () => setCopied(null) } }}>
      <DialogTitle>Embed “{form?.name}”</DialogTitle>
      <DialogContent>
        {embed.isPending && <CircularProgress aria-label="Loading the embed code" size={24} />}
        {embed.isError && <QueryErrorAlert query={embed} />}
        {embed.data && (
          <>
            <Typography variant="body2" sx={{ mb: 2 }}>
              Paste this HTML into any page: it posts to Corral, needs no script, and carries the spam trap. Sites that post with their own script send JSON to
              the same address.
            </Typography>
            <TextField label="Embed code" value={embed.data.html} multiline minRows={8} maxRows={16} fullWidth slotProps={{ input: { readOnly: true, sx: { fontFamily: 'monospace', fontSize: 13 } } }} />
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 2, flexWrap: 'wrap' }}>
              <Button variant="contained" startIcon={<ContentCopy />} onClick={() => void copy(embed.data.html)}>
                Copy code
              </Button>
              <Link href={embed.data.url} target="_blank" rel="noopener" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                Open the hosted page <OpenInNew fontSize="small" />
              </Link>
            </Box>
            <Typography variant="body2" sx={{ mt: 1, color: 'text.secondary', wordBreak: 'break-all' }}>
              {embed.data.url}
            </Typography>
            {copied === 'copied' && <Alert severity="success" sx={{ mt: 2 }}>The code is on your clipboard.</Alert>}
            {copied === 'failed' && <Alert severity="warning" sx={{ mt: 2 }}>The browser did not allow copying: select the code and copy it by hand.</Alert>}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  );
}
