import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { controllerFieldProps, textFieldProps } from '../../../lib/form-fields';
import { useFormOptions, usePipelineOptions } from '../../../lib/lookups';
import { CONTACT_FIELDS, TRIGGERS, type TriggerEvent, type WorkflowDraft } from '../workflow-form';

/** The trigger picker and, below it, the filter that trigger understands. */
export function TriggerEditor({ form }: { form: UseFormReturn<WorkflowDraft> }) {
  const pipelines = usePipelineOptions();
  const forms = useFormOptions();
  const [triggerEvent, pipelineId] = form.watch(['triggerEvent', 'pipelineId']);
  const description = TRIGGERS.find((t) => t.value === triggerEvent)?.description;
  const stages = pipelines.data?.find((p) => p.id === pipelineId)?.stages ?? [];
  const clear = (...names: ('tag' | 'pipelineId' | 'stageId' | 'field' | 'formId')[]) => names.forEach((name) => form.setValue(name, '', { shouldDirty: true }));

  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Controller
        control={form.control}
        name="triggerEvent"
        render={(bound) => (
          <TextField
            select
            label="Start when"
            {...controllerFieldProps(bound, description)}
            onChange={(e) => {
              // Another trigger's filter would be refused, or silently narrow this one.
              bound.field.onChange(e.target.value as TriggerEvent);
              clear('tag', 'pipelineId', 'stageId', 'field', 'formId');
            }}
          >
            {TRIGGERS.map((t) => (
              <MenuItem key={t.value} value={t.value}>
                {t.label}
              </MenuItem>
            ))}
          </TextField>
        )}
      />

      {triggerEvent === 'tag_added' && <TextField label="Only for the tag" placeholder="Any tag" {...textFieldProps(form, 'tag', undefined, 'Leave empty to start on any tag.')} />}

      {triggerEvent === 'contact_updated' && (
        <Controller
          control={form.control}
          name="field"
          render={(bound) => (
            <TextField select label="Only when this field changes" {...controllerFieldProps(bound)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
              <MenuItem value="">Any field</MenuItem>
              {CONTACT_FIELDS.map((f) => (
                <MenuItem key={f.value} value={f.value}>
                  {f.label}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}

      {triggerEvent === 'form_submitted' && (
        <Controller
          control={form.control}
          name="formId"
          render={(bound) => (
            <TextField select label="Only for the form" {...controllerFieldProps(bound)} slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
              <MenuItem value="">Any form</MenuItem>
              {(forms.data ?? []).map((f) => (
                <MenuItem key={f.id} value={f.id}>
                  {f.name}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      )}

      {triggerEvent === 'deal_stage_changed' && (
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '1fr 1fr' } }}>
          <Controller
            control={form.control}
            name="pipelineId"
            render={(bound) => (
              <TextField
                select
                label="Pipeline"
                {...controllerFieldProps(bound)}
                onChange={(e) => {
                  bound.field.onChange(e.target.value);
                  clear('stageId');
                }}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">Any pipeline</MenuItem>
                {(pipelines.data ?? []).map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <Controller
            control={form.control}
            name="stageId"
            render={(bound) => (
              <TextField
                select
                label="Entering the stage"
                {...controllerFieldProps(bound, !pipelineId ? 'Pick a pipeline first.' : undefined)}
                disabled={!pipelineId}
                slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
              >
                <MenuItem value="">Any stage</MenuItem>
                {stages.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
        </Box>
      )}
    </Box>
  );
}
