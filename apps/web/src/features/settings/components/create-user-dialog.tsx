import { ApiError, errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { controlledFieldProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { type CreateUserInput, useCreateUser } from '../api/create-user';
import { ROLE_OPTIONS } from './role-options';

const EMPTY: Required<CreateUserInput> = { name: '', email: '', role: 'member', password: '' };

interface CreateUserDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(name: string): void;
}

export function CreateUserDialog({ open, onClose, onCreated }: CreateUserDialogProps) {
  const createUser = useCreateUser();
  return (
    <ActionDialog open={open} pending={createUser.isPending} onClose={onClose} fullWidth maxWidth="xs" slotProps={{ transition: { onExited: () => createUser.reset() } }}>
      {/* Mounted with each opening (the dialog unmounts its content when closed), so every opening starts empty. */}
      <CreateUserForm createUser={createUser} onClose={onClose} onCreated={onCreated} />
    </ActionDialog>
  );
}

function CreateUserForm({ createUser, onClose, onCreated }: Omit<CreateUserDialogProps, 'open'> & { createUser: ReturnType<typeof useCreateUser> }) {
  const form = useForm<Required<CreateUserInput>>({ defaultValues: EMPTY });
  const [detail, setDetail] = useState<string | null>(null);
  const role = controlledFieldProps(form, 'role', ROLE_OPTIONS.find((o) => o.value === form.watch('role'))?.hint);

  function submit(values: Required<CreateUserInput>) {
    setDetail(null);
    createUser.mutate(values, {
      onSuccess: (user) => {
        onCreated(user.name);
        onClose();
      },
      onError: (error) => {
        // A duplicate email is a 409 without field errors; it belongs under the email field.
        if (error instanceof ApiError && error.status === 409) form.setError('email', { type: 'server', message: errorMessage(error) }, { shouldFocus: true });
        else setDetail(showProblem(form, error, ['name', 'email', 'role', 'password']));
      },
    });
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>Add user</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {detail && <Alert severity="error">{detail}</Alert>}
          <TextField label="Name" autoFocus fullWidth {...textFieldProps(form, 'name')} />
          <TextField label="Email" type="email" fullWidth {...textFieldProps(form, 'email')} />
          <TextField select label="Role" fullWidth {...role}>
            {ROLE_OPTIONS.map((option) => (
              <MenuItem key={option.value} value={option.value}>
                {option.label}
              </MenuItem>
            ))}
          </TextField>
          <TextField label="Password" type="password" autoComplete="new-password" fullWidth {...textFieldProps(form, 'password', undefined, 'At least 8 characters. Share it with them securely.')} />
        </Stack>
      </DialogContent>
      <DialogButtons confirmLabel="Add user" pending={createUser.isPending} onCancel={onClose} />
    </form>
  );
}
