import { ApiError, errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Role } from '../../../lib/auth';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { useCreateUser } from '../api/create-user';
import { ROLE_OPTIONS } from './role-options';

interface InviteValues {
  name: string;
  email: string;
  role: Role;
}

const EMPTY: InviteValues = { name: '', email: '', role: 'member' };

interface InviteUserDialogProps {
  open: boolean;
  onClose(): void;
  onInvited(email: string): void;
}

/** Creates a user without a password: the API emails them a link, valid 7 days, to choose it. */
export function InviteUserDialog({ open, onClose, onInvited }: InviteUserDialogProps) {
  const createUser = useCreateUser();
  const form = useForm<InviteValues>({ defaultValues: EMPTY });
  const [detail, setDetail] = useState<string | null>(null);
  const role = form.watch('role');

  function startOver() {
    form.reset(EMPTY);
    setDetail(null);
    createUser.reset();
  }

  const submit = form.handleSubmit((values) => {
    setDetail(null);
    createUser.mutate(
      { name: values.name.trim(), email: values.email.trim(), role: values.role },
      {
        onSuccess: (user) => {
          onInvited(user.email);
          onClose();
        },
        onError: (error) => {
          // A duplicate email is a 409 without field errors; it belongs under the email field.
          if (error instanceof ApiError && error.status === 409) form.setError('email', { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
          // 502: the SMTP server refused the email; its reason (a bad address, a full mailbox) is for the admin to act on.
          else if (error instanceof ApiError && error.status === 502 && error.problem.detail) setDetail(error.problem.detail);
          else setDetail(showProblem(form, error, ['name', 'email', 'role']));
        },
      },
    );
  });

  return (
    <ActionDialog open={open} pending={createUser.isPending} onClose={onClose} fullWidth maxWidth="xs" slotProps={{ transition: { onExited: startOver } }}>
      <form noValidate onSubmit={submit}>
        <DialogTitle>Invite user</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5}>
            <DialogContentText>They get an email with a link to choose their password. The link works for 7 days.</DialogContentText>
            {detail && <Alert severity="error">{detail}</Alert>}
            <TextField label="Name" autoFocus fullWidth {...textFieldProps(form, 'name', { validate: (v) => Boolean(v.trim()) || 'Enter their name' })} />
            <TextField
              label="Email"
              type="email"
              fullWidth
              {...textFieldProps(form, 'email', { validate: (v) => Boolean(v.trim()) || 'Enter their email address' })}
            />
            <Controller
              control={form.control}
              name="role"
              render={({ field, fieldState }) => (
                <TextField
                  select
                  label="Role"
                  fullWidth
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  inputRef={field.ref}
                  error={Boolean(fieldState.error)}
                  helperText={fieldState.error?.message ?? ROLE_OPTIONS.find((o) => o.value === role)?.hint}
                >
                  {ROLE_OPTIONS.map((option) => (
                    <MenuItem key={option.value} value={option.value}>
                      {option.label}
                    </MenuItem>
                  ))}
                </TextField>
              )}
            />
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel="Send invite" pending={createUser.isPending} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
