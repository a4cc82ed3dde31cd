import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Step from '@mui/material/Step';
import StepLabel from '@mui/material/StepLabel';
import Stepper from '@mui/material/Stepper';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../lib/ui/page-header';
import type { ImportPreview } from '../api/types';
import { type ColumnChoices, ImportMappingStep } from '../components/import-mapping-step';
import { ImportProgressStep } from '../components/import-progress-step';
import { ImportUploadStep } from '../components/import-upload-step';
import { usePageTitle } from '../../../lib/use-page-title';
import { ImportValuesStep } from '../components/import-values-step';

const STEPS = ['Upload a CSV', 'Match columns', 'Values and workflows', 'Import'];

/**
 * The import wizard: upload, check the column mapping on the first rows, match the file's status
 * and owner values and decide about workflows, then follow the job to its result.
 */
export function Component() {
  usePageTitle('Import contacts', 'Contacts');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [columns, setColumns] = useState<ColumnChoices | null>(null);
  const [onValues, setOnValues] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const [finished, setFinished] = useState(false);
  const step = finished ? 4 : importId ? 3 : onValues && columns ? 2 : preview ? 1 : 0;

  function restart() {
    setFile(null);
    setPreview(null);
    setColumns(null);
    setOnValues(false);
    setImportId(null);
    setFinished(false);
  }
  const markFinished = useCallback(() => setFinished(true), []);

  return (
    <>
      <Button component={Link} to="/contacts" startIcon={<ArrowBack />} color="inherit" size="small" sx={{ mb: 1.5, color: 'text.secondary' }}>
        Contacts
      </Button>
      <PageHeader title="Import contacts" description="Bring contacts in from a spreadsheet or another CRM. Columns are matched by their header names." />
      <Paper variant="outlined" sx={{ borderRadius: 3, p: { xs: 2, md: 4 } }}>
        <Stepper activeStep={step} alternativeLabel sx={{ mb: 4 }}>
          {STEPS.map((label) => (
            <Step key={label}>
              <StepLabel>{label}</StepLabel>
            </Step>
          ))}
        </Stepper>
        <Box sx={{ maxWidth: 960, mx: 'auto' }}>
          {step === 0 && (
            <ImportUploadStep
              onPreview={(chosen, result) => {
                setFile(chosen);
                setPreview(result);
              }}
            />
          )}
          {step === 1 && file && preview && (
            <ImportMappingStep
              file={file}
              preview={preview}
              initial={columns}
              onBack={restart}
              onContinue={(choices) => {
                setColumns(choices);
                setOnValues(true);
              }}
            />
          )}
          {step === 2 && file && preview && columns && (
            <ImportValuesStep
              file={file}
              preview={preview}
              fields={columns.fields}
              customFields={columns.customFields}
              onDuplicate={columns.onDuplicate}
              onBack={() => setOnValues(false)}
              onStarted={setImportId}
            />
          )}
          {step >= 3 && importId && <ImportProgressStep importId={importId} onRestart={restart} onFinished={markFinished} />}
        </Box>
      </Paper>
    </>
  );
}
