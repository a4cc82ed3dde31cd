import CheckCircle from '@mui/icons-material/CheckCircle';
import ErrorOutline from '@mui/icons-material/ErrorOutlined';
import WarningAmber from '@mui/icons-material/WarningAmber';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { downloadImportErrors } from '../api/download';
import { useImportStatus } from '../api/import-contacts';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';

const SHOWN_ERRORS = 10;

function Stat({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, borderRadius: 2, flex: '1 1 140px' }}>
      <Typography variant="caption" sx={{ color: 'text.secondary', fontWeight: 600 }}>
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ color, mt: 0.5 }}>
        {value.toLocaleString()}
      </Typography>
    </Paper>
  );
}

/** Follows the import job: a progress bar while it runs, then the counts and the rows that failed. */
export function ImportProgressStep({ importId, onRestart, onFinished }: { importId: string; onRestart(): void; onFinished(): void }) {
  const status = useImportStatus(importId);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const job = status.data;
  const done = job?.status === 'completed' || job?.status === 'failed';
  useEffect(() => {
    if (done) onFinished();
  }, [done, onFinished]);
  if (status.isError) return <QueryErrorAlert query={status} prefix="The import’s progress could not be loaded" />;
  if (!job) return <LinearProgress aria-label="Import progress" />;
  const finished = job.status === 'completed' || job.status === 'failed';
  const percent = job.total ? Math.round((job.processed / job.total) * 100) : 0;
  // An import that lost rows is never "complete" in green: the user has rows to fix.
  const withErrors = job.status === 'completed' && job.errorCount > 0;
  const clean = job.status === 'completed' && job.errorCount === 0;

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, mb: 1.5 }}>
        {clean && <CheckCircle color="success" />}
        {withErrors && <WarningAmber color="warning" />}
        {job.status === 'failed' && <ErrorOutline color="error" />}
        <Typography variant="subtitle1" component="h2" role="status">
          {job.status === 'queued' && 'Waiting for a worker…'}
          {job.status === 'running' && `Importing ${job.processed.toLocaleString()} of ${job.total.toLocaleString()} rows…`}
          {clean && `Import complete: ${job.total.toLocaleString()} rows processed`}
          {withErrors && `Imported with ${job.errorCount.toLocaleString()} ${job.errorCount === 1 ? 'error' : 'errors'}: ${job.total.toLocaleString()} rows processed`}
          {job.status === 'failed' && 'The import stopped'}
        </Typography>
      </Box>
      <LinearProgress
        variant={job.status === 'queued' ? 'indeterminate' : 'determinate'}
        value={finished ? 100 : percent}
        color={job.status === 'failed' ? 'error' : withErrors ? 'warning' : clean ? 'success' : 'primary'}
        aria-label="Import progress"
        sx={{ height: 8, borderRadius: 4, mb: 3 }}
      />
      {withErrors && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {job.errorCount.toLocaleString()} of {job.total.toLocaleString()} rows {job.errorCount === 1 ? 'was' : 'were'} not imported. Download the error report below, fix
          those rows and import them again.
        </Alert>
      )}
      {job.status === 'failed' && (
        <Alert severity="error" sx={{ mb: 3 }}>
          {job.failureReason ?? 'The import failed.'} Rows counted below were saved before it stopped.
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', mb: 3 }}>
        <Stat label="Created" value={job.created} color="success.main" />
        <Stat label="Updated" value={job.updated} color="info.main" />
        <Stat label="Skipped (already there)" value={job.skipped} />
        <Stat label="Failed" value={job.errorCount} color={job.errorCount ? 'error.main' : undefined} />
      </Box>
      {job.errors.length > 0 && (
        <>
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography variant="subtitle2" component="h3" sx={{ flexGrow: 1 }}>
              Rows that were not imported
            </Typography>
            <Button size="small" startIcon={<FileDownloadOutlined />} onClick={() => downloadImportErrors(importId).catch((e: Error) => setDownloadError(e.message))}>
              Download error report
            </Button>
          </Box>
          {downloadError && (
            <Alert severity="error" sx={{ mb: 1 }}>
              {downloadError}
            </Alert>
          )}
          <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 2, mb: 3 }}>
            <Table size="small" aria-label="Import errors">
              <TableHead>
                <TableRow>
                  <TableCell sx={{ width: 90 }}>Row</TableCell>
                  <TableCell>Problem</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {job.errors.slice(0, SHOWN_ERRORS).map((error) => (
                  <TableRow key={error.row}>
                    <TableCell>{error.row}</TableCell>
                    <TableCell>{error.message}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          {job.errorCount > SHOWN_ERRORS && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: -2, mb: 3 }}>
              and {(job.errorCount - SHOWN_ERRORS).toLocaleString()} more in the error report.
            </Typography>
          )}
        </>
      )}
      {finished && (
        <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
          <Button color="inherit" onClick={onRestart}>
            Import another file
          </Button>
          <Button variant="contained" component={Link} to="/contacts">
            View contacts
          </Button>
        </Box>
      )}
    </>
  );
}
