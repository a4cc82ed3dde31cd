import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { usePipelineOptions } from '../../../lib/lookups';
import { CONTACT_FIELDS, TRIGGERS, type TriggerEvent, type WorkflowDraft } from '../workflow-form';

type TriggerFields = Pick<WorkflowDraft, 'triggerEvent' | 'tag' | 'pipelineId' | 'stageId' | 'field'>;

interface TriggerEditorProps {
  value: TriggerFields;
  onChange: (changes: Partial<TriggerFields>) => void;
  errors: Record<string, string>;
}

/** The trigger picker and, below it, the filter that trigger understands. */
export function TriggerEditor({ value, onChange, errors }: TriggerEditorProps) {
  const pipelines = usePipelineOptions();
  const description = TRIGGERS.find((t) => t.value === value.triggerEvent)?.description;
  const stages = pipelines.data?.find((p) => p.id === value.pipelineId)?.stages ?? [];

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <TextField
        select
        label="Start when"
        value={value.triggerEvent}
        onChange={(e) => onChange({ triggerEvent: e.target.value as TriggerEvent, tag: '', pipelineId: '', stageId: '', field: '' })}
        error={Boolean(errors.triggerEvent)}
        helperText={errors.triggerEvent ?? description}
      >
        {TRIGGERS.map((t) => (
          <MenuItem key={t.value} value={t.value}>
            {t.label}
          </MenuItem>
        ))}
      </TextField>

      {value.triggerEvent === 'tag_added' && (
        <TextField
          label="Only for the tag"
          placeholder="Any tag"
          value={value.tag}
          onChange={(e) => onChange({ tag: e.target.value })}
          error={Boolean(errors['triggerData.tag'])}
          helperText={errors['triggerData.tag'] ?? 'Leave empty to start on any tag.'}
        />
      )}

      {value.triggerEvent === 'contact_updated' && (
        <TextField
          select
          label="Only when this field changes"
          value={value.field}
          onChange={(e) => onChange({ field: e.target.value })}
          error={Boolean(errors['triggerData.field'])}
          helperText={errors['triggerData.field']}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        >
          <MenuItem value="">Any field</MenuItem>
          {CONTACT_FIELDS.map((f) => (
            <MenuItem key={f.value} value={f.value}>
              {f.label}
            </MenuItem>
          ))}
        </TextField>
      )}

      {value.triggerEvent === 'deal_stage_changed' && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
          <TextField
            select
            label="Pipeline"
            value={value.pipelineId}
            onChange={(e) => onChange({ pipelineId: e.target.value, stageId: '' })}
            error={Boolean(errors['triggerData.pipelineId'])}
            helperText={errors['triggerData.pipelineId']}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">Any pipeline</MenuItem>
            {(pipelines.data ?? []).map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {p.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            select
            label="Entering the stage"
            value={value.stageId}
            disabled={!value.pipelineId}
            onChange={(e) => onChange({ stageId: e.target.value })}
            error={Boolean(errors['triggerData.stageId'])}
            helperText={errors['triggerData.stageId'] ?? (!value.pipelineId ? 'Pick a pipeline first.' : undefined)}
            slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          >
            <MenuItem value="">Any stage</MenuItem>
            {stages.map((s) => (
              <MenuItem key={s.id} value={s.id}>
                {s.name}
              </MenuItem>
            ))}
          </TextField>
        </Box>
      )}
    </Box>
  );
}
