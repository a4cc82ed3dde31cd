import Tooltip from '@mui/material/Tooltip';
import type { ReactElement } from 'react';

interface DisabledReasonProps {
  /** Why the wrapped button is disabled; null or empty while it is enabled. */
  reason?: string | null;
  /** Tooltip while enabled, if any. */
  title?: string;
  /** The button, disabled by the caller whenever `reason` is set. */
  children: ReactElement;
}

/**
 * A tooltip saying why a button is disabled. A disabled button fires no pointer events, so the
 * tooltip listens on a span around it; the span stays while the button is enabled, so the button
 * is not remounted (losing focus) when the reason comes or goes.
 */
export function DisabledReason({ reason, title, children }: DisabledReasonProps) {
  return (
    <Tooltip title={reason || title || ''}>
      <span>{children}</span>
    </Tooltip>
  );
}
