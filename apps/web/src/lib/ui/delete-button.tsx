import { errorMessage } from '@corral/api-client';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Tooltip from '@mui/material/Tooltip';
import { type ReactNode, useState } from 'react';

interface DeleteButtonProps {
  /** What is deleted, as the user knows it: the dialog asks “Delete “<name>”?”. */
  name: string;
  /** The kind of item, for the confirm button: “Delete template”. */
  kind: string;
  /** What else goes with it, or that it cannot be undone. */
  consequence: ReactNode;
  /** Set when the item's state rules deleting out: the button is disabled and this is its tooltip. */
  disabledReason?: string;
  pending: boolean;
  /** The failed delete (e.g. a 409), shown in the dialog as the API words it. */
  error: unknown;
  onConfirm(): void;
  /** Clears `error` when the dialog closes. */
  onReset(): void;
}

/** A page's delete action: an outlined button that asks for confirmation naming the item. */
export function DeleteButton({ name, kind, consequence, disabledReason, pending, error, onConfirm, onReset }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
  const close = () => {
    setAsking(false);
    onReset();
  };
  const button = (
    <Button color="error" variant="outlined" startIcon={<DeleteOutline />} onClick={() => setAsking(true)} disabled={Boolean(disabledReason)}>
      Delete
    </Button>
  );
  return (
    <>
      {disabledReason ? (
        // A disabled button fires no pointer events, so the tooltip listens on a wrapper.
        <Tooltip title={disabledReason}>
          <span>{button}</span>
        </Tooltip>
      ) : (
        button
      )}
      <Dialog open={asking} onClose={pending ? undefined : close} maxWidth="xs" fullWidth aria-labelledby="delete-dialog-title">
        <DialogTitle id="delete-dialog-title">Delete “{name}”?</DialogTitle>
        <DialogContent>
          <DialogContentText>{consequence}</DialogContentText>
          {Boolean(error) && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {errorMessage(error)}
            </Alert>
          )}
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2.5 }}>
          <Button onClick={close} color="inherit" disabled={pending}>
            Cancel
          </Button>
          <Button variant="contained" color="error" loading={pending} onClick={onConfirm}>
            Delete {kind}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
