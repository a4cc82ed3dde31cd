import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Snackbar from '@mui/material/Snackbar';

/** The outcome of an action, shown briefly at the bottom of the page. */
export type Notice = { severity: 'success' | 'error'; message: string } | null;

/** The notice for a failed call: the API's refusal in its own words, in red. */
export function errorNotice(error: unknown): Exclude<Notice, null> {
  return { severity: 'error', message: errorMessage(error) };
}

/** Shows `notice` until it times out or is closed; a refusal from the API is shown the same way, in red. */
export function NoticeSnackbar({ notice, onClose }: { notice: Notice; onClose(): void }) {
  return (
    <Snackbar open={Boolean(notice)} autoHideDuration={5000} onClose={onClose} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      {notice ? (
        <Alert severity={notice.severity} variant="filled" onClose={onClose}>
          {notice.message}
        </Alert>
      ) : undefined}
    </Snackbar>
  );
}
