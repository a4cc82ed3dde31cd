import type { User } from '@corral/api-client';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';

interface DeleteUserDialogProps {
  user: User | null;
  pending: boolean;
  onCancel(): void;
  onConfirm(user: User): void;
}

export function DeleteUserDialog({ user, pending, onCancel, onConfirm }: DeleteUserDialogProps) {
  return (
    <Dialog open={Boolean(user)} onClose={pending ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>Delete {user?.name}?</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {user?.email} will no longer be able to log in, and their contacts and deals become unassigned. This cannot be undone; to keep
          their history, deactivate them instead.
        </DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onCancel} color="inherit" disabled={pending}>
          Cancel
        </Button>
        <Button variant="contained" color="error" loading={pending} onClick={() => user && onConfirm(user)}>
          Delete user
        </Button>
      </DialogActions>
    </Dialog>
  );
}
