import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useCanManage } from '../../../lib/auth';
import { showProblem } from '../../../lib/form-fields';
import { type UserOption, useActiveUserOptions } from '../../../lib/lookups';
import { type ColumnMapping, useRemappedPreview, useStartImport } from '../api/import-contacts';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import { type ImportField, type ImportPreview, type ImportWorkflow, type ValueMappedField, type ValueMapping } from '../api/types';
import { suggestOwner, suggestStatus } from './import-value-suggestions';

/** Select value for "import this value as nothing" ("" is the unchosen state). */
const EMPTY = '__empty__';

type Choices = Record<string, string>;

interface ImportValuesStepProps {
  file: File;
  preview: ImportPreview;
  fields: (ImportField | '')[];
  onDuplicate: 'skip' | 'update';
  onBack(): void;
  onStarted(importId: string): void;
}

function initialChoices(field: ValueMappedField, values: string[], users: UserOption[]): Choices {
  return Object.fromEntries(
    values.map((value) => [value, field === 'status' ? (suggestStatus(value) ?? '') : (suggestOwner(value, users)?.email ?? '')]),
  );
}

/** The chosen values as the API's `valueMapping`: unchosen values are left out (the import reports their rows). */
function toValueMapping(choices: Partial<Record<ValueMappedField, Choices>>): ValueMapping {
  const mapping: ValueMapping = {};
  for (const [field, values] of Object.entries(choices) as [ValueMappedField, Choices][]) {
    const chosen = Object.entries(values).filter(([, choice]) => choice !== '');
    if (chosen.length) mapping[field] = Object.fromEntries(chosen.map(([value, choice]) => [value, choice === EMPTY ? '' : choice]));
  }
  return mapping;
}

/** How the builder names the contact fields a `contact_updated` workflow can wait for. */
const UPDATED_FIELD_LABELS: Record<string, string> = {
  firstName: 'first name',
  lastName: 'last name',
  phone: 'phone',
  companyId: 'company',
  status: 'status',
  tags: 'tags',
  notes: 'notes',
  assignedToId: 'owner',
};

function triggerText(workflow: ImportWorkflow): string {
  if (workflow.triggerEvent === 'contact_created') return 'when a contact is created';
  if (workflow.triggerEvent === 'contact_updated') {
    return workflow.field ? `when a contact’s ${UPDATED_FIELD_LABELS[workflow.field] ?? workflow.field} changes` : 'when a contact is updated';
  }
  return workflow.tag ? `when the tag “${workflow.tag}” is added` : 'when any tag is added';
}

/**
 * Second half of the wizard: what the file's status and owner values become (suggested, the user
 * decides), whether the import starts the active workflows it would trigger (off unless ticked,
 * and saying which ones and for how many rows), then the start.
 */
export function ImportValuesStep({ file, preview, fields, onDuplicate, onBack, onStarted }: ImportValuesStepProps) {
  const start = useStartImport();
  const canManage = useCanManage();
  const users = useActiveUserOptions(canManage);
  const mapping: ColumnMapping = Object.fromEntries(preview.columns.map((column, i) => [column.header, fields[i]]));
  // The first preview counted under the detected mapping, skipping duplicates: anything else needs a recount.
  const recounted = preview.columns.some((column, i) => (column.field ?? '') !== fields[i]) || onDuplicate === 'update';
  const recount = useRemappedPreview(file, mapping, onDuplicate, recounted);
  const workflows = recounted ? recount.data?.workflows : preview.workflows;
  // The file's values are any text (dots, brackets) that react-hook-form would read as paths, so the value choices stay out of the form.
  const form = useForm<{ runWorkflows: boolean }>({ defaultValues: { runWorkflows: false } });
  const [detail, setDetail] = useState<string | null>(null);

  const mappedColumn = (field: ValueMappedField) => {
    const index = fields.indexOf(field);
    return index < 0 ? null : { header: preview.columns[index].header, values: preview.columns[index].values };
  };
  // Members' contacts are theirs whatever the file says: no owner to map.
  const valueFields = (['status', 'owner'] as const).filter((field) => mappedColumn(field) && (field === 'status' || canManage));
  const ownersReady = !valueFields.includes('owner') || users.data !== undefined || users.isError;
  const [choices, setChoices] = useState<Partial<Record<ValueMappedField, Choices>> | null>(null);
  const current =
    choices ??
    (ownersReady
      ? Object.fromEntries(valueFields.map((field) => [field, initialChoices(field, (mappedColumn(field)?.values ?? []).map((v) => v.value), users.data ?? [])]))
      : null);

  function choose(field: ValueMappedField, value: string, choice: string) {
    if (!current) return;
    setChoices({ ...current, [field]: { ...current[field], [value]: choice } });
  }

  const unchosenRows = valueFields.reduce(
    (sum, field) => sum + (mappedColumn(field)?.values ?? []).filter((v) => current?.[field]?.[v.value] === '').reduce((n, v) => n + v.count, 0),
    0,
  );

  const submit = form.handleSubmit(({ runWorkflows }) => {
    setDetail(null);
    start.mutate(
      { file, onDuplicate, mapping, valueMapping: toValueMapping(current ?? {}), runWorkflows },
      // The API names the request's parts (file, mapping, valueMapping), none an input of this step: all of it goes above the buttons.
      { onSuccess: ({ id }) => onStarted(id), onError: (error) => setDetail(showProblem(form, error, [])) },
    );
  });

  return (
    <>
      <Typography variant="subtitle1" component="h2">
        {file.name}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mb: 3 }}>
        {preview.total.toLocaleString()} rows. Check what the file’s values become, and whether the import starts workflows.
      </Typography>

      {valueFields.length === 0 && (
        <Typography variant="body2" sx={{ mb: 3 }}>
          No column with a fixed set of values (status, owner) is imported: nothing to match.
        </Typography>
      )}
      {valueFields.map((field) => {
        const column = mappedColumn(field);
        if (!column) return null;
        const title = field === 'status' ? 'Status' : 'Owner';
        return (
          <Box key={field} component="section" aria-label={`${title} values`} sx={{ mb: 3 }}>
            <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
              {title} values of the column “{column.header}”
            </Typography>
            {column.values === null ? (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                This column has more than 50 different values; they are imported as they are.
              </Typography>
            ) : !current ? (
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                Loading the users…
              </Typography>
            ) : (
              <TableContainer sx={{ border: 1, borderColor: 'divider', borderRadius: 2 }}>
                <Table size="small" aria-label={`${title} values`}>
                  <TableHead>
                    <TableRow>
                      <TableCell>Value in your file</TableCell>
                      <TableCell sx={{ width: 90 }} align="right">
                        Rows
                      </TableCell>
                      <TableCell sx={{ width: 300 }}>Imports as</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {column.values.map(({ value, count }) => (
                      <TableRow key={value}>
                        <TableCell sx={{ fontWeight: 600 }}>{value}</TableCell>
                        <TableCell align="right">{count.toLocaleString()}</TableCell>
                        <TableCell>
                          <TextField
                            select
                            size="small"
                            fullWidth
                            value={current[field]?.[value] ?? ''}
                            onChange={(e) => choose(field, value, e.target.value)}
                            error={current[field]?.[value] === ''}
                            slotProps={{ select: { displayEmpty: true }, htmlInput: { 'aria-label': `${title} for “${value}”` } }}
                          >
                            <MenuItem value="" disabled>
                              <em>Choose…</em>
                            </MenuItem>
                            {field === 'status'
                              ? CONTACT_STATUSES.map((status) => (
                                  <MenuItem key={status} value={status}>
                                    {contactStatusLabel(status)}
                                  </MenuItem>
                                ))
                              : (users.data ?? []).map((user) => (
                                  <MenuItem key={user.id} value={user.email}>
                                    {user.name} ({user.email})
                                  </MenuItem>
                                ))}
                            <MenuItem value={EMPTY}>{field === 'status' ? 'Leave empty (new contacts become leads)' : 'Leave unassigned'}</MenuItem>
                          </TextField>
                        </TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </TableContainer>
            )}
          </Box>
        );
      })}
      {unchosenRows > 0 && (
        <Alert severity="warning" sx={{ mb: 3 }}>
          {unchosenRows.toLocaleString()} {unchosenRows === 1 ? 'row has a value' : 'rows have values'} Corral cannot match yet. Choose what they import as, or
          those rows are reported as errors.
        </Alert>
      )}

      <Box component="section" aria-label="Workflows" sx={{ mb: 3 }}>
        <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
          Workflows
        </Typography>
        {recounted && recount.isPending ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Counting the rows that would start workflows…
          </Typography>
        ) : recounted && recount.isError ? (
          <Alert severity="error">The workflows this import would start could not be counted; it will start none unless you tick the box below.</Alert>
        ) : !workflows?.length ? (
          <Typography variant="body2">No active workflow starts for these rows.</Typography>
        ) : (
          <Alert severity="warning" sx={{ mb: 1 }}>
            These active workflows start for the contacts the import creates or updates if you tick the box:
            <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
              {workflows.map((workflow) => (
                <li key={workflow.id}>
                  <b>{workflow.name}</b> ({triggerText(workflow)}): {workflow.rows.toLocaleString()} {workflow.rows === 1 ? 'row' : 'rows'}
                </li>
              ))}
            </Box>
          </Alert>
        )}
        {(Boolean(workflows?.length) || (recounted && recount.isError)) && (
          <FormControlLabel
            control={
              <Controller
                control={form.control}
                name="runWorkflows"
                render={({ field: { ref: _ref, value, ...field } }) => <Checkbox {...field} checked={value} />}
              />
            }
            label="Start these workflows for the contacts the import creates or updates (otherwise they are imported quietly)"
          />
        )}
      </Box>

      {detail && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {detail}
        </Alert>
      )}
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button color="inherit" onClick={onBack} disabled={start.isPending}>
          Back to columns
        </Button>
        <Button variant="contained" onClick={submit} disabled={!current} loading={start.isPending}>
          Start import
        </Button>
      </Box>
    </>
  );
}
