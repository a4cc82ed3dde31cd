import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Button from '@mui/material/Button';
import { type ReactNode, useState } from 'react';
import { ConfirmDeleteDialog, type DeleteMutation } from './confirm-dialog';
import { DisabledReason } from './disabled-reason';

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
  return (
    <>
      <DisabledReason reason={disabledReason}>
        <Button color="error" variant="outlined" startIcon={<DeleteOutline />} onClick={() => setAsking(true)} disabled={Boolean(disabledReason)}>
          Delete
        </Button>
      </DisabledReason>
      <ConfirmDeleteDialog item={asking ? item : null} noun={noun} remove={remove} onClose={() => setAsking(false)} onDeleted={onDeleted}>
        {children}
      </ConfirmDeleteDialog>
    </>
  );
}
