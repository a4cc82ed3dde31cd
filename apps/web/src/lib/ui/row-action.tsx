import IconButton from '@mui/material/IconButton';
import type { ReactNode } from 'react';
import { DisabledReason } from './disabled-reason';

interface RowActionProps {
  /** Accessible name, naming the row: "Delete Spring launch". */
  label: string;
  icon: ReactNode;
  /** Tooltip while enabled; defaults to nothing beyond the label. */
  title?: string;
  onClick(): void;
  /** Why the action is not available for this row; disables the button and becomes its tooltip. */
  disabledReason?: string | null;
  pending?: boolean;
}

/** An icon button in a table row's actions cell, with a tooltip that says why when it is disabled. */
export function RowAction({ label, icon, title, onClick, disabledReason, pending }: RowActionProps) {
  const disabled = Boolean(disabledReason) || Boolean(pending);
  return (
    <DisabledReason reason={disabledReason} title={title}>
      <IconButton aria-label={label} size="small" onClick={onClick} disabled={disabled}>
        {icon}
      </IconButton>
    </DisabledReason>
  );
}
