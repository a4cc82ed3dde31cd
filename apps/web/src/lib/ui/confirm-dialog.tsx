import { errorMessage } from '@corral/api-client';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { type ReactNode, useRef } from 'react';
import type { Notice } from './notice-snackbar';

interface ConfirmDialogProps {
  open: boolean;
  /** A question naming the thing: "Delete “Spring launch”?" */
  title: ReactNode;
  /** What happens, and what to do instead to keep it. */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  pending?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** Asks before a destructive action; the confirm button is red and spins while the call runs. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = 'Cancel', pending = false, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <Dialog open={open} onClose={pending ? undefined : onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{children}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5 }}>
        <Button onClick={onCancel} color="inherit" disabled={pending}>
          {cancelLabel}
        </Button>
        <Button variant="contained" color="error" loading={pending} onClick={onConfirm}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

interface ConfirmDeleteDialogProps {
  /** The row to delete; the dialog is open while it is set. */
  item: { id: string; name: string } | null;
  /** What it is, for the button: "template" → "Delete template". */
  noun: string;
  /** The feature's delete mutation, called with the item's id. */
  remove: { mutate(id: string, options: { onSuccess(): void; onError(error: unknown): void; onSettled(): void }): void; isPending: boolean };
  cancelLabel?: string;
  onClose(): void;
  /** "“Spring launch” was deleted.", or the API's reason for refusing. */
  onDone(notice: Exclude<Notice, null>): void;
  /** What else goes, and what to do instead to keep it. */
  children: ReactNode;
}

/** Asks before deleting a named row, deletes it, and reports how it went (never silently). */
export function ConfirmDeleteDialog({ item, noun, remove, cancelLabel, onClose, onDone, children }: ConfirmDeleteDialogProps) {
  // Keeps the name in the title while the dialog fades out after `item` went back to null.
  const shown = useRef(item);
  if (item) shown.current = item;
  function confirm() {
    if (!item) return;
    const { id, name } = item;
    remove.mutate(id, {
      onSuccess: () => onDone({ severity: 'success', message: `“${name}” was deleted.` }),
      onError: (error) => onDone({ severity: 'error', message: errorMessage(error) }),
      onSettled: onClose,
    });
  }
  return (
    <ConfirmDialog
      open={Boolean(item)}
      title={`Delete “${shown.current?.name ?? ''}”?`}
      confirmLabel={`Delete ${noun}`}
      cancelLabel={cancelLabel}
      pending={remove.isPending}
      onCancel={onClose}
      onConfirm={confirm}
    >
      {children}
    </ConfirmDialog>
  );
}
