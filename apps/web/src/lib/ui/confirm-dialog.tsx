import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import { type ReactNode, useRef } from 'react';
import { ActionDialog } from './action-dialog';
import { DialogButtons } from './dialog-buttons';
import type { Notice } from './notice-snackbar';

interface ConfirmDialogProps {
  open: boolean;
  /** A question naming the thing: "Delete “Spring launch”?" */
  title: ReactNode;
  /** What happens, and what to do instead to keep it. */
  children: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel?: string;
  /** Red (the default) for what destroys or cannot be taken back; primary for a step forward. */
  color?: 'primary' | 'error';
  /** While the call runs the confirm button spins and the dialog cannot be dismissed. */
  pending?: boolean;
  /** The failed call (e.g. a 409), shown in the dialog as the API words it, so the user can cancel or retry. */
  error?: unknown;
  /** The action is not possible yet, e.g. while the figure it names is still loading. */
  confirmDisabled?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * Asks before an action that matters. The caller runs the action on confirm and passes its
 * `pending` and `error`, so a refusal is read in the dialog that asked, not after it closed.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, color = 'error', pending = false, error, confirmDisabled, onConfirm, onCancel }: ConfirmDialogProps) {
  return (
    <ActionDialog open={open} pending={pending} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <DialogContentText>{children}</DialogContentText>
        {Boolean(error) && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {errorMessage(error)}
          </Alert>
        )}
      </DialogContent>
      <DialogButtons
        confirmLabel={confirmLabel}
        cancelLabel={cancelLabel}
        color={color}
        pending={pending}
        disabled={confirmDisabled}
        onCancel={onCancel}
        onConfirm={onConfirm}
      />
    </ActionDialog>
  );
}

/** A feature's delete mutation, called with the item's id (a react-query `useMutation` result fits). */
export interface DeleteMutation {
  mutate(id: string, options: { onSuccess(): void }): void;
  isPending: boolean;
  error: unknown;
  reset(): void;
}

interface ConfirmDeleteDialogProps<T extends { id: string; name: string }> {
  /** The item to delete; the dialog is open while it is set. */
  item: T | null;
  /** What it is, for the button: "template" → "Delete template". */
  noun: string;
  remove: DeleteMutation;
  cancelLabel?: string;
  onClose(): void;
  /** After the API deleted it, with the notice to show: "“Spring launch” was deleted." */
  onDeleted(notice: Exclude<Notice, null>): void;
  /**
   * What else goes, and what to do instead to keep it; a function when that depends on the item,
   * so the words stay put while the dialog fades out after `item` went back to null.
   */
  children: ReactNode | ((item: T) => ReactNode);
}

/**
 * Asks before deleting a named item, in the same words from a list row and from the item's own
 * page. A refusal (a 409 for an item still in use) is shown in the dialog, which stays open.
 */
export function ConfirmDeleteDialog<T extends { id: string; name: string }>({ item, noun, remove, cancelLabel, onClose, onDeleted, children }: ConfirmDeleteDialogProps<T>) {
  // Keeps the name and the words in place while the dialog fades out after `item` went back to null.
  const shown = useRef(item);
  if (item) shown.current = item;
  // A refusal must not greet the next delete.
  function close() {
    remove.reset();
    onClose();
  }
  function confirm() {
    if (!item) return;
    const { id, name } = item;
    remove.mutate(id, {
      onSuccess: () => {
        close();
        onDeleted({ severity: 'success', message: `“${name}” was deleted.` });
      },
    });
  }
  return (
    <ConfirmDialog
      open={Boolean(item)}
      title={`Delete “${shown.current?.name ?? ''}”?`}
      confirmLabel={`Delete ${noun}`}
      cancelLabel={cancelLabel}
      pending={remove.isPending}
      error={remove.error}
      onCancel={close}
      onConfirm={confirm}
    >
      {typeof children === 'function' ? shown.current && children(shown.current) : children}
    </ConfirmDialog>
  );
}
