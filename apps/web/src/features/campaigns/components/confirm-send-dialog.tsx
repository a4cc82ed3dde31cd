import Skeleton from '@mui/material/Skeleton';
import { formatDateTime } from '../../../lib/format';
import { ConfirmDialog } from '../../../lib/ui/confirm-dialog';

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
  return (
    <ConfirmDialog
      open
      title={scheduledAt ? `Schedule “${name}”?` : `Send “${name}” now?`}
      confirmLabel={scheduledAt ? 'Schedule' : `Send to ${recipients === undefined ? '…' : plural(recipients)}`}
      color="primary"
      pending={sending}
      confirmDisabled={recipients === undefined || recipients === 0}
      onCancel={onCancel}
      onConfirm={onConfirm}
    >
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
    </ConfirmDialog>
  );
}
