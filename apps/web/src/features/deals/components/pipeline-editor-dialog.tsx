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
import { useState } from 'react';
import { Controller, type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import type { Pipeline } from '../api/keys';
import { type StageInput, useCreatePipeline, useDeleteStage, useUpdatePipeline } from '../api/mutate-pipeline';

interface StageRow {
  /** Saved stages only. */
  id?: string;
  name: string;
  probability: string;
  outcome: '' | 'won' | 'lost';
}

interface PipelineForm {
  name: string;
  description: string;
  stages: StageRow[];
}

// The stage list's own error (too few stages, two outcomes of a kind) sits above the rows.
const STAGES_ERROR = 'stages.root' as FieldPath<PipelineForm>;

/** The API's field names (`stages.2.probability`) to the form's; a stage's id error belongs under its name. */
function formFields(stageCount: number): Record<string, FieldPath<PipelineForm>> {
  const fields: Record<string, FieldPath<PipelineForm>> = { name: 'name', description: 'description', stages: STAGES_ERROR };
  for (let i = 0; i < stageCount; i += 1) {
    fields[`stages.${i}.id`] = `stages.${i}.name`;
    for (const field of ['name', 'probability', 'outcome'] as const) fields[`stages.${i}.${field}`] = `stages.${i}.${field}`;
  }
  return fields;
}

const OUTCOMES = [
  { value: '', label: 'Working stage' },
  { value: 'won', label: 'Closes as won' },
  { value: 'lost', label: 'Closes as lost' },
] as const;

const NEW_PIPELINE_STAGES: StageRow[] = [
  { name: 'Lead', probability: '10', outcome: '' },
  { name: 'Qualified', probability: '30', outcome: '' },
  { name: 'Proposal', probability: '60', outcome: '' },
  { name: 'Won', probability: '100', outcome: 'won' },
  { name: 'Lost', probability: '0', outcome: 'lost' },
];

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
  const form = useForm<PipelineForm>({
    defaultValues: {
      name: pipeline?.name ?? '',
      description: pipeline?.description ?? '',
      stages: pipeline ? pipeline.stages.map((s) => ({ id: s.id, name: s.name, probability: String(s.probability), outcome: s.outcome ?? '' })) : NEW_PIPELINE_STAGES,
    },
  });
  // keyName: `id` is the saved stage's own id, which the default key would overwrite.
  const stageFields = useFieldArray({ control: form.control, name: 'stages', keyName: 'key' });
  const rows = form.watch('stages');
  const [detail, setDetail] = useState<string | null>(null);
  const [removing, setRemoving] = useState<{ index: number; id: string; name: string } | null>(null);
  const errors = form.formState.errors;

  function remove(index: number) {
    const row = rows[index];
    if (row.id) setRemoving({ index, id: row.id, name: row.name });
    else stageFields.remove(index);
  }

  function submit({ name, description, stages: rows }: PipelineForm) {
    setDetail(null);
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
        if (error instanceof ApiError && error.status === 409 && /pipeline named/.test(message)) form.setError('name', { type: 'server', message }, { shouldFocus: true });
        else setDetail(showProblem(form, error, formFields(rows.length)));
      },
    };
    if (pipeline) updatePipeline.mutate({ id: pipeline.id, changes: body }, handlers);
    else createPipeline.mutate(body, handlers);
  }


  return (
    <ActionDialog open pending={saving} onClose={onClose} fullWidth maxWidth="md">
      <form noValidate onSubmit={form.handleSubmit(submit)}>
        <DialogTitle>{pipeline ? `Edit ${pipeline.name}` : 'New pipeline'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2.5} sx={{ pt: 1 }}>
            {detail && <Alert severity="error">{detail}</Alert>}
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' }, gap: 2 }}>
              <TextField label="Name" autoFocus {...textFieldProps(form, 'name')} />
              <TextField label="Description" {...textFieldProps(form, 'description')} />
            </Box>
            <Box>
              <Typography variant="subtitle2" component="h3">
                Stages
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary', mb: 1.5 }}>
                Deals move through them top to bottom. The probability weights each stage in the forecast.
              </Typography>
              {errors.stages?.root?.message && (
                <Alert severity="error" sx={{ mb: 1.5 }}>
                  {errors.stages.root.message}
                </Alert>
              )}
              <Stack spacing={1.25} component="ol" aria-label="Stages" sx={{ listStyle: 'none', p: 0, m: 0 }}>
                {stageFields.fields.map((field, index) => (
                  <Box component="li" key={field.key} sx={{ display: 'grid', gridTemplateColumns: '28px 1fr 120px 170px auto', gap: 1.25, alignItems: 'start' }}>
                    <Typography variant="body2" sx={{ color: 'text.secondary', pt: 1, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
                      {index + 1}.
                    </Typography>
                    <TextField label="Stage name" {...textFieldProps(form, `stages.${index}.name`)} />
                    <TextField
                      label="Probability"
                      type="number"
                      {...textFieldProps(form, `stages.${index}.probability`)}
                      slotProps={{ htmlInput: { min: 0, max: 100, step: 5 }, input: { endAdornment: <InputAdornment position="end">%</InputAdornment> } }}
                    />
                    <Controller
                      control={form.control}
                      name={`stages.${index}.outcome`}
                      render={({ field: { ref, ...outcome }, fieldState }) => (
                        <TextField
                          select
                          label="Type"
                          {...outcome}
                          inputRef={ref}
                          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
                          error={Boolean(fieldState.error)}
                          helperText={fieldState.error?.message}
                        >
                          {OUTCOMES.map((o) => (
                            <MenuItem key={o.value} value={o.value}>
                              {o.label}
                            </MenuItem>
                          ))}
                        </TextField>
                      )}
                    />
                    <Box sx={{ display: 'flex' }}>
                      <Tooltip title="Move up">
                        <span>
                          <IconButton aria-label={`Move ${rows[index]?.name || 'stage'} up`} disabled={index === 0} onClick={() => stageFields.move(index, index - 1)}>
                            <ArrowUpward fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title="Move down">
                        <span>
                          <IconButton aria-label={`Move ${rows[index]?.name || 'stage'} down`} disabled={index === rows.length - 1} onClick={() => stageFields.move(index, index + 1)}>
                            <ArrowDownward fontSize="small" />
                          </IconButton>
                        </span>
                      </Tooltip>
                      <Tooltip title="Delete stage">
                        <span>
                          <IconButton aria-label={`Delete ${rows[index]?.name || 'stage'}`} disabled={rows.length === 1} onClick={() => remove(index)}>
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
                  const firstClosing = rows.findIndex((r) => r.outcome);
                  const row: StageRow = { name: '', probability: '50', outcome: '' };
                  // New working stages go before the closing ones, where they belong.
                  if (firstClosing === -1) stageFields.append(row);
                  else stageFields.insert(firstClosing, row);
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
            stageFields.remove(removing.index);
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
