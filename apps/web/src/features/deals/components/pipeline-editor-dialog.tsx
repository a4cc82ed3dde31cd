import { ApiError, errorMessage } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import ArrowDownward from '@mui/icons-material/ArrowDownward';
import ArrowUpward from '@mui/icons-material/ArrowUpward';
import DeleteOutline from '@mui/icons-material/DeleteOutlineOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { useFormErrors } from '../../../lib/use-form-errors';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import type { Pipeline } from '../api/keys';
import { type StageInput, useCreatePipeline, useDeleteStage, useUpdatePipeline } from '../api/mutate-pipeline';

interface StageRow {
  /** Stable React key; the stage id for saved stages. */
  key: string;
  id?: string;
  name: string;
  probability: string;
  outcome: '' | 'won' | 'lost';
}

const OUTCOMES = [
  { value: '', label: 'Working stage' },
  { value: 'won', label: 'Closes as won' },
  { value: 'lost', label: 'Closes as lost' },
] as const;

const NEW_PIPELINE_STAGES: StageRow[] = [
  { key: 'n1', name: 'Lead', probability: '10', outcome: '' },
  { key: 'n2', name: 'Qualified', probability: '30', outcome: '' },
  { key: 'n3', name: 'Proposal', probability: '60', outcome: '' },
  { key: 'n4', name: 'Won', probability: '100', outcome: 'won' },
  { key: 'n5', name: 'Lost', probability: '0', outcome: 'lost' },
];

let newKeys = 0;

interface PipelineEditorDialogProps {
  open: boolean;
  /** Editing this pipeline; creating when absent. */
  pipeline?: Pipeline;
  onClose(): void;
  onSaved(pipeline: Pipeline): void;
}

/** Name, description and the ordered stages of a pipeline, saved in one request. */
export function PipelineEditorDialog(props: PipelineEditorDialogProps) {
  return props.open ? <PipelineEditor key={props.pipeline?.id ?? 'new'} {...props} /> : null;
}

function PipelineEditor({ pipeline, onClose, onSaved }: PipelineEditorDialogProps) {
  const createPipeline = useCreatePipeline();
  const updatePipeline = useUpdatePipeline();
  const saving = createPipeline.isPending || updatePipeline.isPending;
  const [name, setName] = useState(pipeline?.name ?? '');
  const [description, setDescription] = useState(pipeline?.description ?? '');
  const [rows, setRows] = useState<StageRow[]>(() =>
    pipeline
      ? pipeline.stages.map((s) => ({ key: s.id, id: s.id, name: s.name, probability: String(s.probability), outcome: s.outcome ?? '' }))
      : NEW_PIPELINE_STAGES,
  );
  const { fieldErrors, detail, clearErrors, showErrors, showFieldError } = useFormErrors();
  const [removing, setRemoving] = useState<StageRow | null>(null);

  const setRow = (key: string, changes: Partial<StageRow>) => setRows((current) => current.map((r) => (r.key === key ? { ...r, ...changes } : r)));
  const move = (index: number, by: number) =>
    setRows((current) => {
      const next = [...current];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
    });

  function remove(row: StageRow) {
    if (row.id) setRemoving(row);
    else setRows((current) => current.filter((r) => r.key !== row.key));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearErrors();
    const stages: StageInput[] = rows.map((row, order) => ({
      ...(row.id && { id: row.id }),
      name: row.name,
      order,
      probability: row.probability.trim() === '' ? Number.NaN : Number(row.probability),
      outcome: row.outcome || null,
    }));
    const body = { name, description: description.trim() ? description : null, stages };
    const handlers = {
      onSuccess: (saved: Pipeline) => {
        onSaved(saved);
        onClose();
      },
      onError: (error: unknown) => {
        const message = errorMessage(error);
        if (error instanceof ApiError && error.status === 409 && /pipeline named/.test(message)) showFieldError('name', message);
        else showErrors(error);
      },
    };
    if (pipeline) updatePipeline.mutate({ id: pipeline.id, changes: body }, handlers);
    else createPipeline.mutate(body, handlers);
  }

  const rowError = (index: number, field: string) => fieldErrors[`stages.${index}.${field}`];

  return (
    <ActionDialog open pending={saving} onClose={onClose} fullWidth maxWidth="md">
      <form noValidate onSubmit={handleSubmit}>
        <DialogTitle>{pipeline ? `Edit ${pipeline.name}` : 'New pipeline'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {detail && <Alert severity="error">{detail}</Alert>}
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2 }}>
              <TextField label="Name" autoFocus value={name} onChange={(e) => setName(e.target.value)} error={Boolean(fieldErrors.name)} helperText={fieldErrors.name} />
              <TextField label="Description" value={description} onChange={(e) => setDescription(e.target.value)} error={Boolean(fieldErrors.description)} helperText={fieldErrors.description} />
            </Box>
            <Box>
              <Typography variant="subtitle2" component="h3">
                Stages
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
                Deals move through them top to bottom. The probability weights each stage in the forecast.
              </Typography>
              {fieldErrors.stages && (
                <Alert severity="error" sx={{ mb: 1.5 }}>
                  {fieldErrors.stages}
                </Alert>
              )}
              <Stack spacing={1.25} component="ol" aria-label="Stages" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {rows.map((row, index) => (
                  <Box component="li" key={row.key} sx={{ display: 'grid', gridTemplateColumns: '28px 1fr 120px 170px auto', gap: 1.25, alignItems: 'start' }}>
                    <Typography variant="body2" sx={{ color: 'text.secondary', pt: 1, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                      {index + 1}.
                    </Typography>
                    <TextField
                      label="Stage name"
                      value={row.name}
                      onChange={(e) => setRow(row.key, { name: e.target.value })}
                      error={Boolean(rowError(index, 'name') || rowError(index, 'id'))}
                      helperText={rowError(index, 'name') ?? rowError(index, 'id')}
                    />
                    <TextField
                      label="Probability"
                      type="number"
                      value={row.probability}
                      onChange={(e) => setRow(row.key, { probability: e.target.value })}
                      slotProps={{ htmlInput: { min: 0, max: 100, step: 5 }, input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
                      error={Boolean(rowError(index, 'probability'))}
                      helperText={rowError(index, 'probability')}
                    />
                    <TextField
                      select
                      label="Type"
                      value={row.outcome}
                      onChange={(e) => setRow(row.key, { outcome: e.target.value as StageRow['outcome'] })}
                      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                      error={Boolean(rowError(index, 'outcome'))}
                      helperText={rowError(index, 'outcome')}
                    >
                      {OUTCOMES.map((o) => (
                        <MenuItem key={o.value} value={o.value}>
                          {o.label}
                        </MenuItem>
                      ))}
                    </TextField>
                    <Box sx={{ display: 'flex' }}>
                      <Tooltip title="Move up">
                        <span>
                          <IconButton aria-label={`Move ${row.name || 'stage'} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                            <ArrowUpward fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title="Move down">
                        <span>
                          <IconButton aria-label={`Move ${row.name || 'stage'} down`} disabled={index === rows.length - 1} onClick={() => move(index, 1)}>
                            <ArrowDownward fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title="Delete stage">
                        <span>
                          <IconButton aria-label={`Delete ${row.name || 'stage'}`} disabled={rows.length === 1} onClick={() => remove(row)}>
                            <DeleteOutline fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                    </Box>
                  </Box>
                ))}
              </Stack>
              <Button
                startIcon={<Add />}
                sx={{ mt: 1.5, ml: 4 }}
                onClick={() => {
                  newKeys += 1;
                  const firstClosing = rows.findIndex((r) => r.outcome);
                  const row: StageRow = { key: `new-${newKeys}`, name: '', probability: '50', outcome: '' };
                  // New working stages go before the closing ones, where they belong.
                  setRows((current) => (firstClosing === -1 ? [...current, row] : [...current.slice(0, firstClosing), row, ...current.slice(firstClosing)]));
                }}
              >
                Add stage
              </Button>
            </Box>
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel={pipeline ? 'Save pipeline' : 'Create pipeline'} pending={saving} onCancel={onClose} />
      </form>
      {pipeline && removing?.id && (
        <DeleteStageDialog
          pipeline={pipeline}
          stage={{ id: removing.id, name: removing.name }}
          onCancel={() => setRemoving(null)}
          onDeleted={() => {
            setRows((current) => current.filter((r) => r.key !== removing.key));
            setRemoving(null);
          }}
        />
      )}
    </ActionDialog>
  );
}

interface DeleteStageDialogProps {
  pipeline: Pipeline;
  stage: { id: string; name: string };
  onCancel(): void;
  onDeleted(): void;
}

/**
 * Deletes a saved stage right away. If it still holds deals the API says how many, and the
 * dialog asks where they should go instead.
 */
function DeleteStageDialog({ pipeline, stage, onCancel, onDeleted }: DeleteStageDialogProps) {
  const deleteStage = useDeleteStage();
  const [dealCount, setDealCount] = useState<number | null>(null);
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);
  const others = pipeline.stages.filter((s) => s.id !== stage.id);

  function confirm() {
    setError(null);
    deleteStage.mutate(
      { pipelineId: pipeline.id, stageId: stage.id, moveDealsTo: dealCount ? target : undefined },
      {
        onSuccess: onDeleted,
        onError: (failure) => {
          const count = failure instanceof ApiError && failure.status === 409 ? failure.problem.dealCount : undefined;
          if (typeof count === 'number' && dealCount === null) {
            setDealCount(count);
            setTarget(others.find((s) => !s.outcome)?.id ?? '');
          } else setError(errorMessage(failure));
        },
      },
    );
  }

  return (
    <ActionDialog open pending={deleteStage.isPending} onClose={onCancel} maxWidth="xs" fullWidth>
      <DialogTitle>Delete “{stage.name}”?</DialogTitle>
      <DialogContent>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {dealCount === null ? (
          <DialogContentText>The stage is removed from the pipeline now; its past moves stay in the deals’ history.</DialogContentText>
        ) : (
          <>
            <DialogContentText sx={{ mb: 2 }}>
              It still holds {dealCount} deal{dealCount === 1 ? '' : 's'}. Choose the stage they move to.
            </DialogContentText>
            <TextField select fullWidth label="Move deals to" value={target} onChange={(e) => setTarget(e.target.value)}>
              {others.map((s) => (
                <MenuItem key={s.id} value={s.id}>
                  {s.name}
                  {s.outcome ? ` (marks them ${s.outcome})` : ''}
                </MenuItem>
              ))}
            </TextField>
          </>
        )}
      </DialogContent>
      <DialogButtons
        confirmLabel={dealCount ? `Move ${dealCount} and delete` : 'Delete stage'}
        color="error"
        pending={deleteStage.isPending}
        disabled={dealCount !== null && !target}
        onCancel={onCancel}
        onConfirm={confirm}
      />
    </ActionDialog>
  );
}
