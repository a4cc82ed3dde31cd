import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { type ContactOption, contactQuery } from '../../../lib/ui/entity-pickers';
import { useRunWorkflow } from '../api/run-workflow';
import type { Workflow } from '../workflow-form';

interface RunWorkflowDialogProps {
  workflow: Workflow;
  open: boolean;
  onClose: () => void;
}

/** "Run now": enrol chosen contacts in a manual workflow. */
export function RunWorkflowDialog({ workflow, open, onClose }: RunWorkflowDialogProps) {
  const [selected, setSelected] = useState<ContactOption[]>([]);
  const [search, setSearch] = useState('');
  const debounced = useDebouncedValue(search.trim());
  const options = useQuery({ ...contactQuery(debounced), placeholderData: keepPreviousData, enabled: open });
  const run = useRunWorkflow();
  const [result, setResult] = useState<string | null>(null);

  function close() {
    setSelected([]);
    setResult(null);
    run.reset();
    onClose();
  }

  function submit() {
    run.mutate(
      { id: workflow.id, contactIds: selected.map((c) => c.id) },
      {
        onSuccess: (answer) => {
          const started = answer.executionIds.length;
          const skipped = answer.skipped.length;
          setResult(`${started} ${started === 1 ? 'contact' : 'contacts'} enrolled${skipped ? `, ${skipped} already in this workflow` : ''}.`);
          setSelected([]);
        },
      },
    );
  }

  return (
    <ActionDialog open={open} onClose={close} pending={run.isPending} fullWidth maxWidth="sm">
      <DialogTitle>Run “{workflow.name}” now</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>Each contact you pick starts at the first step. Contacts already in this workflow are left where they are.</DialogContentText>
        {run.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errorMessage(run.error)}
          </Alert>
        )}
        {result && (
          <Alert severity="success" sx={{ mb: 2 }}>
            {result}
          </Alert>
        )}
        <Autocomplete
          multiple
          options={options.data ?? []}
          loading={options.isFetching}
          value={selected}
          onChange={(_, value) => setSelected(value)}
          inputValue={search}
          onInputChange={(_, value) => setSearch(value)}
          filterOptions={(x) => x}
          filterSelectedOptions
          isOptionEqualToValue={(a, b) => a.id === b.id}
          getOptionLabel={(c) => (c.name ? `${c.name} <${c.email}>` : c.email)}
          renderInput={(params) => <TextField {...params} label="Contacts" placeholder="Search by name or email" />}
        />
      </DialogContent>
      <DialogButtons
        cancelLabel="Close"
        confirmLabel={`Enrol ${selected.length || ''} ${selected.length === 1 ? 'contact' : 'contacts'}`}
        pending={run.isPending}
        disabled={selected.length === 0}
        onCancel={close}
        onConfirm={submit}
      />
    </ActionDialog>
  );
}
