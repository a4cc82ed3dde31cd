import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useChangePassword } from '../api/change-password';
import { NEW_PASSWORD_HINT, newPasswordRules } from '../password-rules';

interface ChangePasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmation: string;
}

const EMPTY: ChangePasswordValues = { currentPassword: '', newPassword: '', confirmation: '' };

interface ChangePasswordDialogProps {
  open: boolean;
  onClose(): void;
  onChanged(): void;
}

/** Changes the signed-in user's password; they stay signed in here, every other device is signed out. */
export function ChangePasswordDialog({ open, onClose, onChanged }: ChangePasswordDialogProps) {
  const changePassword = useChangePassword();
  const form = useForm<ChangePasswordValues>({ defaultValues: EMPTY });
  const [detail, setDetail] = useState<string | null>(null);

  function startOver() {
    form.reset(EMPTY);
    setDetail(null);
    changePassword.reset();
  }

  const submit = form.handleSubmit(({ currentPassword, newPassword }) => {
    setDetail(null);
    changePassword.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          onChanged();
          onClose();
        },
        onError: (error) => setDetail(showProblem(form, error, ['currentPassword', 'newPassword'])),
      },
    );
  });

  return (
    <ActionDialog open={open} pending={changePassword.isPending} onClose={onClose} fullWidth maxWidth="xs" slotProps={{ transition: { onExited: startOver } }}>
      <form noValidate onSubmit={submit}>
        <DialogTitle>Change password</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5}>
            <DialogContentText>You stay signed in here; every other device signed in to your account is signed out.</DialogContentText>
            {detail && <Alert severity="error">{detail}</Alert>}
            <TextField
              label="Current password"
              type="password"
              autoComplete="current-password"
              autoFocus
              fullWidth
              {...textFieldProps(form, 'currentPassword', { required: 'Enter your current password' })}
            />
            <TextField
              label="New password"
              type="password"
              autoComplete="new-password"
              fullWidth
              {...textFieldProps(form, 'newPassword', newPasswordRules, NEW_PASSWORD_HINT)}
            />
            <TextField
              label="Repeat the new password"
              type="password"
              autoComplete="new-password"
              fullWidth
              {...textFieldProps(form, 'confirmation', { validate: (value, values) => value === values.newPassword || 'The two passwords differ' })}
            />
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel="Change password" pending={changePassword.isPending} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
