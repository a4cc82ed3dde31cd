import { toFormErrors } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useSendTestEmail } from '../api/send-test-email';

interface SendTestDialogProps {
  templateId: string;
  defaultEmail: string;
  onClose: () => void;
  onSent: (email: string) => void;
}

export function SendTestDialog({ templateId, defaultEmail, onClose, onSent }: SendTestDialogProps) {
  const [email, setEmail] = useState(defaultEmail);
  const send = useSendTestEmail();
  const errors = send.error ? toFormErrors(send.error) : null;

  function submit(e: FormEvent) {
    e.preventDefault();
    send.mutate({ id: templateId, body: { email: email.trim() } }, { onSuccess: () => onSent(email.trim()) });
  }

  return (
    <ActionDialog open pending={send.isPending} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="send-test-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="send-test-title">Send a test email</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>The saved template is sent once, rendered for a sample contact, with “[Test]” in the subject.</DialogContentText>
          {errors && !errors.fieldErrors.email && <Alert severity="error" sx={{ mb: 2 }}>{errors.detail}</Alert>}
          <TextField
            autoFocus
            fullWidth
            label="Send to"
            type="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            error={Boolean(errors?.fieldErrors.email)}
            helperText={errors?.fieldErrors.email}
          />
        </DialogContent>
        <DialogButtons confirmLabel="Send test" pending={send.isPending} disabled={!email.trim()} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
