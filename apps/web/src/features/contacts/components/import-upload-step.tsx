import { errorMessage } from '@corral/api-client';
import UploadFileOutlined from '@mui/icons-material/UploadFileOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import CircularProgress from '@mui/material/CircularProgress';
import Typography from '@mui/material/Typography';
import { type DragEvent, useState } from 'react';
import { usePreviewImport } from '../api/import-contacts';
import type { ImportPreview } from '../api/types';

const MAX_BYTES = 50 * 1024 * 1024;

/** Pick or drop a CSV; the API reads it to propose a column mapping and count what the import would do. */
export function ImportUploadStep({ onPreview }: { onPreview(file: File, preview: ImportPreview): void }) {
  const preview = usePreviewImport();
  const [dragging, setDragging] = useState(false);
  const [tooBig, setTooBig] = useState<string | null>(null);

  function choose(file: File | undefined) {
    if (!file) return;
    setTooBig(null);
    if (file.size > MAX_BYTES) {
      setTooBig(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 50 MB. Split it into smaller files.`);
      return;
    }
    preview.mutate(file, { onSuccess: (result) => onPreview(file, result) });
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  }

  const error = tooBig ?? (preview.isError ? errorMessage(preview.error) : null);
  return (
    <>
      {error && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {error}
        </Alert>
      )}
      <Box
        component="label"
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
        sx={{
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          gap: 1,
          py: 7,
          px: 3,
          border: 2,
          borderStyle: 'dashed',
          borderColor: dragging ? 'primary.main' : 'grey.300',
          borderRadius: 3,
          bgcolor: dragging ? 'rgba(79, 70, 229, 0.04)' : 'grey.50',
          cursor: 'pointer',
          textAlign: 'center',
          transition: 'border-color 120ms, background-color 120ms',
          '&:hover': { borderColor: 'primary.light' },
        }}
      >
        <input type="file" accept=".csv,.txt,text/csv" hidden aria-label="CSV file" onChange={(e) => choose(e.target.files?.[0] ?? undefined)} />
        {preview.isPending ? <CircularProgress size={36} /> : <UploadFileOutlined sx={{ fontSize: 40, color: 'primary.main' }} />}
        <Typography variant="subtitle1">{preview.isPending ? 'Reading the file…' : 'Drop a CSV file here, or click to choose one'}</Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          UTF-8, comma or semicolon separated, with a header row · up to 50 MB
        </Typography>
      </Box>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 2 }}>
        Recognised headers include <b>email</b> (required), <b>first_name</b>, <b>last_name</b>, <b>name</b>, <b>phone</b>, <b>company</b>, <b>status</b> (lead, prospect,
        customer, archived), <b>owner</b>, <b>tags</b> (separated by | or ,) and <b>notes</b>, and the columns of Mailchimp audience and HubSpot contact exports.
        Companies are matched by name and created when missing.
      </Typography>
    </>
  );
}
