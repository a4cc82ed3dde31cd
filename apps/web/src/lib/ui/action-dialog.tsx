import Dialog, { type DialogProps } from '@mui/material/Dialog';

interface ActionDialogProps extends Omit<DialogProps, 'onClose'> {
  /**
   * The dialog's call is running: a click on the backdrop or Escape leaves it open (as its
   * Cancel, disabled by DialogButtons, does), so the outcome or refusal is read where it was
   * asked for and nobody takes a half-done change for a cancelled one.
   */
  pending: boolean;
  onClose(): void;
}

/** A dialog whose action calls the API: every dialog closed by DialogButtons is one. */
export function ActionDialog({ pending, onClose, ...props }: ActionDialogProps) {
  return <Dialog {...props} onClose={pending ? undefined : onClose} />;
}
