import Add from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { createContext, useContext } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import type { FieldDefinition } from '../../../lib/custom-fields/field-types';
import { usePipelineOptions, useSegmentOptions } from '../../../lib/lookups';
import { useCampaignOptions } from '../api/lookups';
import { type ConditionDraft, type ConditionKind, EMAIL_OPS, type FieldChoice, MAX_DEPTH, type SegmentForm, emptyCondition, opsFor, problemsAt, type ConditionProblem, valueShape } from '../segment-form';
import { ConditionValueInput } from './condition-value-input';

export interface BuilderContext {
  fields: FieldChoice[];
  /** Custom field definitions by condition name (`cf.plan`, `company.cf.sic_code`). */
  definitions: Map<string, FieldDefinition>;
  /** The API's last refusal of the definition (count or save), shown under the conditions it names. */
  problems: ConditionProblem[];
  /** The segment being edited: it cannot contain itself. */
  segmentId?: string;
}

export const ConditionsContext = createContext<BuilderContext>({ fields: [], definitions: new Map(), problems: [] });

/** The form path of a condition (`conditions.1.conditions.0`); react-hook-form cannot type a path into a recursive array. */
type DraftPath = `conditions.${number}`;

/** For selects whose empty choice means "any": it shows, under a label kept above it. */
const ANY = { select: { displayEmpty: true }, inputLabel: { shrink: true } };

const KIND_LABELS: Record<Exclude<ConditionKind, 'group'>, string> = { field: 'Field', email: 'Email engagement', deal: 'Deal', segment: 'Segment' };

function Problems({ messages }: { messages: string[] }) {
  if (!messages.length) return null;
  return (
    <FormHelperText error role="alert" sx={{ mx: 0 }}>
      {messages.join('. ')}
    </FormHelperText>
  );
}

function FieldSelect({ value, onChange }: { value: string; onChange(name: string): void }) {
  const { fields } = useContext(ConditionsContext);
  const items = fields.flatMap((f, i) => [
    ...(i === 0 || fields[i - 1].group !== f.group ? [<ListSubheader key={`h-${f.group}`}>{f.group}</ListSubheader>] : []),
    <MenuItem key={f.name} value={f.name}>
      {f.label}
    </MenuItem>,
  ]);
  return (
    <TextField select size="small" label="Field" value={fields.some((f) => f.name === value) ? value : ''} onChange={(e) => onChange(e.target.value)} sx={{ minWidth: 180 }}>
      {items}
    </TextField>
  );
}

function ConditionRow({ path, onRemove }: { path: DraftPath; onRemove(): void }) {
  const form = useFormContext<SegmentForm>();
  const { fields, definitions, problems, segmentId } = useContext(ConditionsContext);
  const draft = useWatch({ control: form.control, name: path }) as ConditionDraft;
  const pipelines = usePipelineOptions();
  const campaigns = useCampaignOptions();
  const segments = useSegmentOptions();
  const messages = problemsAt(problems, path, false);
  const set = (patch: Partial<ConditionDraft>) => {
    for (const [key, value] of Object.entries(patch)) form.setValue(`${path}.${key}` as `conditions.0.value`, value as string, { shouldDirty: true });
  };
  const field = fields.find((f) => f.name === draft.field);
  const stages = pipelines.data?.find((p) => p.id === draft.pipelineId)?.stages ?? [];
  const error = messages.length > 0;

  return (
    <Box role="group" aria-label="Condition" sx={{ py: 1 }}>
      <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <TextField
          select
          size="small"
          label="Kind"
          value={draft.kind}
          onChange={(e) => form.setValue(path, emptyCondition(e.target.value as ConditionKind), { shouldDirty: true })}
          sx={{ minWidth: 150 }}
        >
          {Object.entries(KIND_LABELS).map(([kind, label]) => (
            <MenuItem key={kind} value={kind}>
              {label}
            </MenuItem>
          ))}
        </TextField>
        {draft.kind === 'field' && (
          <>
            <FieldSelect
              value={draft.field}
              onChange={(name) => {
                const next = fields.find((f) => f.name === name);
                set({ field: name, op: next ? opsFor(next)[0].op : 'eq', value: '', values: [], valueLabel: '' });
              }}
            />
            {field && (
              <TextField select size="small" label="Operator" value={draft.op} onChange={(e) => set({ op: e.target.value, ...(valueShape(e.target.value) !== valueShape(draft.op) && { value: '', values: [] }) })} sx={{ minWidth: 150 }}>
                {opsFor(field).map((o) => (
                  <MenuItem key={o.op} value={o.op}>
                    {o.label}
                  </MenuItem>
                ))}
              </TextField>
            )}
            {field && <ConditionValueInput field={field} definition={definitions.get(field.name)} op={draft.op} value={draft.value} values={draft.values} valueLabel={draft.valueLabel} onChange={set} error={error} />}
          </>
        )}
        {draft.kind === 'email' && (
          <>
            <TextField select size="small" label="Engagement" value={draft.op} onChange={(e) => set({ op: e.target.value })} sx={{ minWidth: 150 }}>
              {EMAIL_OPS.map((o) => (
                <MenuItem key={o.op} value={o.op}>
                  {o.label}
                </MenuItem>
              ))}
            </TextField>
            <TextField select size="small" label="Campaign" slotProps={ANY} value={draft.campaignId} onChange={(e) => set({ campaignId: e.target.value })} sx={{ minWidth: 200 }}>
              <MenuItem value="">Any campaign</MenuItem>
              {(campaigns.data ?? []).map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </TextField>
            <TextField size="small" type="number" label="Within days" placeholder="any time" value={draft.withinDays} onChange={(e) => set({ withinDays: e.target.value })} error={error} slotProps={{ htmlInput: { min: 1 }, inputLabel: { shrink: true } }} sx={{ width: 130 }} />
          </>
        )}
        {draft.kind === 'deal' && (
          <>
            <TextField select size="small" label="Deal" value={draft.op} onChange={(e) => set({ op: e.target.value })} sx={{ minWidth: 120 }}>
              <MenuItem value="has">has a deal</MenuItem>
              <MenuItem value="has_not">has no deal</MenuItem>
            </TextField>
            <TextField select size="small" label="Status" slotProps={ANY} value={draft.status} onChange={(e) => set({ status: e.target.value })} sx={{ minWidth: 120 }}>
              <MenuItem value="">Any status</MenuItem>
              <MenuItem value="open">Open</MenuItem>
              <MenuItem value="won">Won</MenuItem>
              <MenuItem value="lost">Lost</MenuItem>
            </TextField>
            <TextField select size="small" label="Pipeline" slotProps={ANY} value={pipelines.data?.some((p) => p.id === draft.pipelineId) ? draft.pipelineId : ''} onChange={(e) => set({ pipelineId: e.target.value, stageId: '' })} sx={{ minWidth: 160 }}>
              <MenuItem value="">Any pipeline</MenuItem>
              {(pipelines.data ?? []).map((p) => (
                <MenuItem key={p.id} value={p.id}>
                  {p.name}
                </MenuItem>
              ))}
            </TextField>
            {draft.pipelineId && (
              <TextField select size="small" label="Stage" slotProps={ANY} value={stages.some((s) => s.id === draft.stageId) ? draft.stageId : ''} onChange={(e) => set({ stageId: e.target.value })} sx={{ minWidth: 160 }}>
                <MenuItem value="">Any stage</MenuItem>
                {stages.map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
              </TextField>
            )}
          </>
        )}
        {draft.kind === 'segment' && (
          <>
            <TextField select size="small" label="Membership" value={draft.op} onChange={(e) => set({ op: e.target.value })} sx={{ minWidth: 130 }}>
              <MenuItem value="in">is in</MenuItem>
              <MenuItem value="not_in">is not in</MenuItem>
            </TextField>
            <TextField select size="small" label="Segment" value={segments.data?.some((s) => s.id === draft.segmentId) ? draft.segmentId : ''} onChange={(e) => set({ segmentId: e.target.value })} error={error} sx={{ minWidth: 200 }}>
              {(segments.data ?? [])
                .filter((s) => s.id !== segmentId)
                .map((s) => (
                  <MenuItem key={s.id} value={s.id}>
                    {s.name}
                  </MenuItem>
                ))}
            </TextField>
          </>
        )}
        <IconButton aria-label="Remove condition" onClick={onRemove} size="small" sx={{ mt: 0.5 }}>
          <DeleteOutline fontSize="small" />
        </IconButton>
      </Box>
      <Problems messages={messages} />
    </Box>
  );
}

interface ConditionGroupProps {
  /** '' for the segment itself, else the group's path (`conditions.2`). */
  path: '' | DraftPath;
  depth: number;
  onRemove?(): void;
}

/** A group of conditions joined by all/any; its conditions may be groups again, up to MAX_DEPTH levels. */
export function ConditionGroup({ path, depth, onRemove }: ConditionGroupProps) {
  const form = useFormContext<SegmentForm>();
  const { problems } = useContext(ConditionsContext);
  const prefix = path ? `${path}.` : '';
  const { fields, append, remove } = useFieldArray({ control: form.control, name: `${prefix}conditions` as 'conditions' });
  const match = useWatch({ control: form.control, name: `${prefix}match` as 'match' });
  const label = depth === 1 ? 'Conditions' : `Group at level ${depth}`;
  return (
    // A nested group is marked by its left rule, not a tint: a tint takes the toggle's grey below 4.5:1 contrast.
    <Paper variant="outlined" role="group" aria-label={label} sx={{ p: 2, borderRadius: 2, ...(depth > 1 && { borderLeftWidth: 4, borderLeftColor: 'primary.light' }) }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="body2">Contacts matching</Typography>
        <ToggleButtonGroup exclusive size="small" value={match} onChange={(_, next) => next && form.setValue(`${prefix}match` as 'match', next, { shouldDirty: true })} aria-label={`${label}: match`}>
          <ToggleButton value="all">all</ToggleButton>
          <ToggleButton value="any">any</ToggleButton>
        </ToggleButtonGroup>
        <Typography variant="body2">of these</Typography>
        <Box sx={{ flexGrow: 1 }} />
        {onRemove && (
          <IconButton aria-label="Remove group" size="small" onClick={onRemove}>
            <DeleteOutline fontSize="small" />
          </IconButton>
        )}
      </Box>
      {fields.map((item, index) => {
        const childPath = `${prefix}conditions.${index}` as DraftPath;
        // A condition never turns into a group or back, so the kind it was added with holds.
        return item.kind === 'group' ? (
          <Box key={item.id} sx={{ my: 1 }}>
            <ConditionGroup path={childPath} depth={depth + 1} onRemove={() => remove(index)} />
          </Box>
        ) : (
          <ConditionRow key={item.id} path={childPath} onRemove={() => remove(index)} />
        );
      })}
      <Problems messages={problemsAt(problems, path, true)} />
      <Box sx={{ display: 'flex', gap: 1, mt: 1 }}>
        <Button size="small" startIcon={<Add />} onClick={() => append(emptyCondition('field'))}>
          Add condition
        </Button>
        {depth < MAX_DEPTH && (
          <Button size="small" startIcon={<Add />} onClick={() => append(emptyCondition('group'))}>
            Add group
          </Button>
        )}
      </Box>
    </Paper>
  );
}
