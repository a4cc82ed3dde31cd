import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { SxProps, Theme } from '@mui/material/styles';

interface QueryErrorAlertProps {
  /** A failed react-query result: its error is shown as the API words it, Retry refetches. */
  query: { error: unknown; refetch(): unknown };
  /** What failed, before the API's message: “The figures could not be loaded”. */
  prefix?: string;
  sx?: SxProps<Theme>;
}

/** A query that failed to load, with a Retry button. */
export function QueryErrorAlert({ query, prefix, sx }: QueryErrorAlertProps) {
  return (
    <Alert
      severity="error"
      sx={sx}
      action={
        <Button color="inherit" size="small" onClick={() => query.refetch()}>
          Retry
        </Button>
      }
    >
      {prefix ? `${prefix}: ${errorMessage(query.error)}` : errorMessage(query.error)}
    </Alert>
  );
}
