import Button from '@mui/material/Button';
import DialogActions from '@mui/material/DialogActions';
import type { ReactNode } from 'react';

interface DialogButtonsProps {
  /** What the action does, in words: "Create contact", "Delete template". */
  confirmLabel: ReactNode;
  cancelLabel?: string;
  /** Red for an action that destroys or cannot be taken back. */
  color?: 'primary' | 'error';
  /** While the call runs: the action spins and the way back is closed, so nobody leaves half-done work. */
  pending?: boolean;
  /** The action makes no sense yet (nothing chosen, nothing counted). */
  disabled?: boolean;
  onCancel(): void;
  /** Without it the action submits the form the buttons sit in, so Enter in a field does the same. */
  onConfirm?(): void;
}

/** The closing row of every dialog: a quiet way back, then the one action. */
export function DialogButtons({ confirmLabel, cancelLabel = 'Cancel', color = 'primary', pending = false, disabled = false, onCancel, onConfirm }: DialogButtonsProps) {
  return (
    <DialogActions sx={{ px: 3, pb: 2.5 }}>
      <Button onClick={onCancel} color="inherit" disabled={pending}>
        {cancelLabel}
      </Button>
      <Button type={onConfirm ? 'button' : 'submit'} variant="contained" color={color} loading={pending} disabled={disabled} onClick={onConfirm}>
        {confirmLabel}
      </Button>
    </DialogActions>
  );
}
