import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import { formatDateTime } from '../../../lib/format';
import { ConfirmDialog } from '../../../lib/ui/confirm-dialog';

interface ConfirmSendDialogProps {
  name: string;
  from: string;
  subject: string;
  recipients: number | undefined;
  /** Reached by the audience but skipped: in an excluded segment, suppressed or archived. */
  excluded: number | undefined;
  scheduledAt: string | null;
  sending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}

function plural(count: number) {
  return `${count.toLocaleString()} ${count === 1 ? 'recipient' : 'recipients'}`;
}

export function ConfirmSendDialog({ name, from, subject, recipients, excluded, scheduledAt, sending, onCancel, onConfirm }: ConfirmSendDialogProps) {
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
      {/* Spans: the dialog's text is a paragraph, which may hold no list. */}
      <Box component="span" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, mb: 2, '& > span:nth-of-type(odd)': { color: 'text.secondary' } }}>
        <span>From</span>
        <span>{from}</span>
        <span>Subject</span>
        <span>{subject}</span>
        <span>Audience</span>
        <span>{recipients === undefined ? '…' : recipients.toLocaleString()}</span>
        <span>Excluded</span>
        <span>{excluded === undefined ? '…' : `${excluded.toLocaleString()} reached but skipped (excluded segments, suppressed, archived)`}</span>
      </Box>
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
