import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import { type ReactNode, useState } from 'react';
import { ConfirmDeleteDialog, type DeleteMutation } from './confirm-dialog';

interface DeleteButtonProps {
  /** What is deleted, as the user knows it: the dialog asks “Delete “<name>”?”. */
  item: { id: string; name: string };
  /** The kind of item, for the confirm button: “Delete template”. */
  noun: string;
  remove: DeleteMutation;
  /** Set when the item's state rules deleting out: the button is disabled and this is its tooltip. */
  disabledReason?: string;
  /** The item is gone: leave its page. */
  onDeleted(): void;
  /** What else goes with it, or that it cannot be undone; the same words as its list row's delete. */
  children: ReactNode;
}

/** A page's delete action: an outlined button that asks for confirmation naming the item. */
export function DeleteButton({ item, noun, remove, disabledReason, onDeleted, children }: DeleteButtonProps) {
  const [asking, setAsking] = useState(false);
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
      <ConfirmDeleteDialog item={asking ? item : null} noun={noun} remove={remove} onClose={() => setAsking(false)} onDeleted={onDeleted}>
        {children}
      </ConfirmDeleteDialog>
    </>
  );
}
