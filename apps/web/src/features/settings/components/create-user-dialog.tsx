import { ApiError, errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { useFormErrors } from '../../../lib/use-form-errors';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { type CreateUserInput, useCreateUser } from '../api/create-user';
import type { Role } from '../../../lib/auth';
import { ROLE_OPTIONS } from './role-options';

const EMPTY: Required<CreateUserInput> = { name: '', email: '', role: 'member', password: '' };

interface CreateUserDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(name: string): void;
}

export function CreateUserDialog({ open, onClose, onCreated }: CreateUserDialogProps) {
  const createUser = useCreateUser();
  const [values, setValues] = useState<Required<CreateUserInput>>(EMPTY);
  const { fieldErrors, detail, clearErrors, showErrors, showFieldError } = useFormErrors();

  function reset() {
    setValues(EMPTY);
    clearErrors();
    createUser.reset();
  }

  function set<K extends keyof CreateUserInput>(key: K, value: Required<CreateUserInput>[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    createUser.mutate(values, {
      onSuccess: (user) => {
        onCreated(user.name);
        onClose();
      },
      onError: (error) => {
        // A duplicate email is a 409 without field errors; it belongs under the email field.
        if (error instanceof ApiError && error.status === 409) showFieldError('email', errorMessage(error));
        else showErrors(error);
      },
    });
  }

  return (
    <ActionDialog open={open} pending={createUser.isPending} onClose={onClose} fullWidth maxWidth="xs" slotProps={{ transition: { onExited: reset } }}>
      <form noValidate onSubmit={handleSubmit}>
        <DialogTitle>Add user</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {detail && <Alert severity="error">{detail}</Alert>}
            <TextField
              label="Name"
              autoFocus
              fullWidth
              value={values.name}
              onChange={(e) => set('name', e.target.value)}
              error={Boolean(fieldErrors.name)}
              helperText={fieldErrors.name}
            />
            <TextField
              label="Email"
              type="email"
              fullWidth
              value={values.email}
              onChange={(e) => set('email', e.target.value)}
              error={Boolean(fieldErrors.email)}
              helperText={fieldErrors.email}
            />
            <TextField
              select
              label="Role"
              fullWidth
              value={values.role}
              onChange={(e) => set('role', e.target.value as Role)}
              error={Boolean(fieldErrors.role)}
              helperText={fieldErrors.role ?? ROLE_OPTIONS.find((o) => o.value === values.role)?.hint}
            >
              {ROLE_OPTIONS.map((option) => (
                <MenuItem key={option.value} value={option.value}>
                  {option.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="Password"
              type="password"
              autoComplete="new-password"
              fullWidth
              value={values.password}
              onChange={(e) => set('password', e.target.value)}
              error={Boolean(fieldErrors.password)}
              helperText={fieldErrors.password ?? 'At least 8 characters. Share it with them securely.'}
            />
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel="Add user" pending={createUser.isPending} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}
