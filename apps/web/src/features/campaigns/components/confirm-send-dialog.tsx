import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Skeleton from '@mui/material/Skeleton';
import { formatDateTime } from '../../../lib/format';

interface ConfirmSendDialogProps {
  name: string;
  recipients: number | undefined;
  scheduledAt: string | null;
  sending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

function plural(count: number) {
  return `${count.toLocaleString()} ${count === 1 ? 'recipient' : 'recipients'}`;
}

export function ConfirmSendDialog({ name, recipients, scheduledAt, sending, onCancel, onConfirm }: ConfirmSendDialogProps) {
  const title = scheduledAt ? `Schedule “${name}”?` : `Send “${name}” now?`;
  return (
    <Dialog open onClose={onCancel} maxWidth="xs" fullWidth aria-labelledby="confirm-send-title">
      <DialogTitle id="confirm-send-title">{title}</DialogTitle>
      <DialogContent>
        <DialogContentText component="div">
          {recipients === undefined ? (
            <Skeleton width="80%" />
          ) : scheduledAt ? (
            <>
              It will go to <strong>{plural(recipients)}</strong> on {formatDateTime(scheduledAt)} (the count is taken again when it starts).
            </>
          ) : (
            <>
              It goes to <strong>{plural(recipients)}</strong> right away. Emails cannot be recalled once sent.
            </>
          )}
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onCancel}>Cancel</Button>
        <Button variant="contained" onClick={onConfirm} loading={sending} disabled={recipients === undefined || recipients === 0}>
          {scheduledAt ? 'Schedule' : `Send to ${recipients === undefined ? '…' : plural(recipients)}`}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
