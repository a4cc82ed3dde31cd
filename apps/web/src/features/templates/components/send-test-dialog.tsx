import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
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
  const form = useForm({ defaultValues: { email: defaultEmail } });
  const [detail, setDetail] = useState<string | null>(null);
  const send = useSendTestEmail();

  function submit({ email }: { email: string }) {
    setDetail(null);
    send.mutate({ id: templateId, body: { email: email.trim() } }, { onSuccess: () => onSent(email.trim()), onError: (error) => setDetail(showProblem(form, error, ['email'])) });
  }

  return (
    <ActionDialog open pending={send.isPending} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="send-test-title">
      <form onSubmit={form.handleSubmit(submit)} noValidate>
        <DialogTitle id="send-test-title">Send a test email</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>The saved template is sent once, rendered for a sample contact, with “[Test]” in the subject.</DialogContentText>
          {detail && <Alert severity="error" sx={{ mb: 2 }}>{detail}</Alert>}
          <TextField autoFocus fullWidth label="Send to" type="email" {...textFieldProps(form, 'email')} />
        </DialogContent>
        <DialogButtons confirmLabel="Send test" pending={send.isPending} disabled={!form.watch('email').trim()} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
