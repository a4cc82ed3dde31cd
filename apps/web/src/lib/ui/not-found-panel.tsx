import { ApiError } from '@corral/api-client';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

/**
 * Whether a record's query failed because there is no such record for this user: 404, or 400 for
 * an id that is not a UUID (a mistyped address). Retrying cannot help; the page says so instead.
 */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 404 || error.status === 400);
}

interface NotFoundPanelProps {
  /** “Template not found”. */
  title: string;
  /** Why it may be missing, when there is more to say than the title. */
  children?: ReactNode;
  /** The list to go back to, and the button's label: “Back to templates”. */
  backTo: string;
  backLabel: string;
}

/** In place of a record that does not exist (or that the user may not see): no Retry, a way back. */
export function NotFoundPanel({ title, children, backTo, backLabel }: NotFoundPanelProps) {
  return (
    <Paper variant="outlined" sx={{ py: 8, px: 3, textAlign: 'center', borderRadius: 3 }}>
      <Typography variant="h5" component="h1">
        {title}
      </Typography>
      {children && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1 }}>
          {children}
        </Typography>
      )}
      <Button variant="contained" component={Link} to={backTo} sx={{ mt: 3 }}>
        {backLabel}
      </Button>
    </Paper>
  );
}
