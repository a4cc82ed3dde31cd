import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import DragIndicator from '@mui/icons-material/DragIndicator';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import FormControlLabel from '@mui/material/FormControlLabel';
import IconButton from '@mui/material/IconButton';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { DraggableProvidedDragHandleProps } from '@hello-pangea/dnd';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { controllerFieldProps, textFieldProps } from '../../../lib/form-fields';
import type { TemplateOption, UserOption, WebhookEndpointOption } from '../../../lib/lookups';
import { CONTACT_STATUSES, contactStatusLabel } from '../../../lib/contact-statuses';
import { ACTIONS, ownerProblem, type WorkflowDraft } from '../workflow-form';
import { DelayInput } from './delay-input';
import { StepNumber } from './step-number';

export interface StepOptions {
  templates: TemplateOption[];
  /** Active users, whom an “Assign to” step can be given to; undefined until loaded. */
  users: UserOption[] | undefined;
  /** Webhook endpoints for a “Send webhook” step; undefined for someone who may not list them (not an admin). */
  endpoints: WebhookEndpointOption[] | undefined;
}

interface StepCardProps {
  form: UseFormReturn<WorkflowDraft>;
  index: number;
  options: StepOptions;
  onRemove: () => void;
  dragHandleProps: DraggableProvidedDragHandleProps | null;
  dragging: boolean;
}

/** One step of the builder: its delay, its action and the action's own form. */
export function StepCard({ form, index, options, onRemove, dragHandleProps, dragging }: StepCardProps) {
  const id = `step-${index}`;
  const label = `Step ${index + 1}`;
  const step = form.watch(`steps.${index}`);
  const invalid = Boolean(form.formState.errors.steps?.[index]);
  return (
    <Paper
      variant="outlined"
      role="group"
      aria-label={label}
      sx={{
        p: 2,
        borderRadius: 3,
        display: 'flex',
        gap: 1.5,
        bgcolor: step.isEnabled ? 'background.paper' : 'grey.50',
        boxShadow: dragging ? 6 : 0,
        borderColor: invalid ? 'error.light' : undefined,
      }}
    >
      <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1, pt: 0.5 }}>
        <StepNumber index={index} enabled={step.isEnabled} />
        <Box {...dragHandleProps} aria-label={`Drag to reorder ${label.toLowerCase()}`} sx={{ color: 'grey.400', cursor: 'grab', display: 'flex' }}>
          <DragIndicator fontSize="small" />
        </Box>
      </Box>

      <Box sx={{ flexGrow: 1, minWidth: 0, display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <DelayInput form={form} index={index} idPrefix={id} after={index === 0 ? 'after the trigger' : `after step ${index}`} />
          </Box>
          <FormControlLabel
            sx={{ mr: 0, ml: 0 }}
            control={
              <Controller
                control={form.control}
                name={`steps.${index}.isEnabled`}
                render={({ field: { ref: _ref, value, ...field } }) => <Switch size="small" {...field} checked={value} slotProps={{ input: { 'aria-label': `${label} enabled` } }} />}
              />
            }
            label={<Typography variant="caption" sx={{ color: 'text.secondary' }}>{step.isEnabled ? 'Enabled' : 'Skipped'}</Typography>}
            labelPlacement="start"
          />
          <Tooltip title={`Remove ${label.toLowerCase()}`}>
            <IconButton aria-label={`Remove ${label.toLowerCase()}`} size="small" onClick={onRemove}>
              <DeleteOutlined fontSize="small" />
            </IconButton>
          </Tooltip>
        </Box>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { sm: '190px 1fr' }, alignItems: 'start' }}>
          <Controller
            control={form.control}
            name={`steps.${index}.action`}
            render={(bound) => (
              <TextField select label="Action" id={`${id}-action`} {...controllerFieldProps(bound)}>
                {ACTIONS.map((a) => (
                  <MenuItem key={a.value} value={a.value}>
                    {a.label}
                  </MenuItem>
                ))}
              </TextField>
            )}
          />
          <ActionFields form={form} index={index} options={options} id={id} />
        </Box>
      </Box>
    </Paper>
  );
}

function ActionFields({ form, index, options, id }: Pick<StepCardProps, 'form' | 'index' | 'options'> & { id: string }) {
  const action = form.watch(`steps.${index}.action`);
  switch (action) {
    case 'send_email':
      return (
        <Controller
          control={form.control}
          name={`steps.${index}.emailTemplateId`}
          rules={{ required: 'Choose an email template' }}
          render={(bound) => (
            <TextField
              select
              label="Email template"
              id={`${id}-template`}
              {...controllerFieldProps(bound, options.templates.length === 0 ? 'Create a template first (Marketing → Templates).' : undefined)}
              // Until the templates have loaded (or once the chosen one is deleted) there is no option to show it by.
              value={options.templates.some((t) => t.id === bound.field.value) ? bound.field.value : ''}
              slotProps={{ select: { renderValue: (value) => options.templates.find((t) => t.id === value)?.name ?? '' } }}
            >
              {options.templates.map((t) => (
                <MenuItem key={t.id} value={t.id}>
                  <Box sx={{ minWidth: 0 }}>
                    <Typography variant="body2" noWrap>
                      {t.name}
                    </Typography>
                    <Typography variant="caption" sx={{ color: 'text.secondary' }} noWrap component="div">
                      {t.subject}
                    </Typography>
                  </Box>
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      );
    case 'add_tag':
    case 'remove_tag':
      return (
        <TextField
          label="Tag"
          id={`${id}-tag`}
          {...textFieldProps(form, `steps.${index}.tag`, { validate: (tag) => tag.trim() !== '' || `Enter the tag to ${action === 'add_tag' ? 'add' : 'remove'}` })}
          slotProps={{ htmlInput: { maxLength: 50 } }}
        />
      );
    case 'change_status':
      return (
        <Controller
          control={form.control}
          name={`steps.${index}.status`}
          rules={{ required: 'Choose the status to set' }}
          render={(bound) => (
            <TextField select label="New status" id={`${id}-status`} {...controllerFieldProps(bound)}>
              {CONTACT_STATUSES.map((s) => (
                <MenuItem key={s} value={s}>
                  {contactStatusLabel(s)}
                </MenuItem>
              ))}
            </TextField>
          )}
        />
      );
    case 'assign_to':
      return <AssigneeSelect form={form} index={index} users={options.users} id={id} />;
    case 'wait':
      return (
        <Typography variant="body2" sx={{ color: 'text.secondary', pt: 1 }}>
          Only waits: the delay above is the pause before the next step.
        </Typography>
      );
    case 'send_webhook':
      return <EndpointSelect form={form} index={index} endpoints={options.endpoints} id={id} />;
  }
}

/**
 * The owner of an “Assign to” step: active users to pick from and the current owner, named by the
 * step itself (`assignee`), as an entry of its own when the list lacks them (a value with no entry
 * renders blank): still loading, or deactivated or deleted, then disabled and with a warning
 * saying what happens to the step.
 */
function AssigneeSelect({ form, index, users, id }: Pick<StepCardProps, 'form' | 'index'> & { users: UserOption[] | undefined; id: string }) {
  const active = users ?? [];
  const step = form.watch(`steps.${index}`);
  const problem = ownerProblem(step);
  const listed = active.some((u) => u.id === step.userId);
  return (
    <Box sx={{ display: 'grid', gap: 1.5, minWidth: 0 }}>
      <Controller
        control={form.control}
        name={`steps.${index}.userId`}
        rules={{ required: 'Choose the user to assign contacts to' }}
        render={(bound) => (
          <TextField
            select
            label="Assign to"
            id={`${id}-user`}
            {...controllerFieldProps(bound)}
            onChange={(e) => {
              const user = active.find((u) => u.id === e.target.value);
              if (!user) return;
              bound.field.onChange(user.id);
              // The step names its owner itself: the warning and the label follow the pick.
              form.setValue(`steps.${index}.assignee`, { id: user.id, name: user.name, isActive: user.isActive }, { shouldDirty: true });
            }}
          >
            {step.userId && !listed && (
              <MenuItem value={step.userId} disabled={Boolean(problem)}>
                {problem?.label ?? step.assignee?.name}
              </MenuItem>
            )}
            {active.map((u) => (
              <MenuItem key={u.id} value={u.id}>
                {u.name}
              </MenuItem>
            ))}
          </TextField>
        )}
      />
      {problem && <Alert severity="warning">{problem.warning}</Alert>}
    </Box>
  );
}

/**
 * The endpoint of a “Send webhook” step: its URL receives the contact and the trigger, signed with
 * the endpoint's secret. Only admins may list endpoints; anyone else keeps the step's choice as it is.
 */
function EndpointSelect({ form, index, endpoints, id }: Pick<StepCardProps, 'form' | 'index'> & { endpoints: WebhookEndpointOption[] | undefined; id: string }) {
  const chosen = form.watch(`steps.${index}.endpointId`);
  if (!endpoints) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary', pt: 1 }}>
        {chosen ? 'Sends a signed webhook to the endpoint an admin chose.' : 'Only admins can choose the webhook endpoint (Settings → Webhooks).'}
      </Typography>
    );
  }
  const listed = endpoints.some((e) => e.id === chosen);
  return (
    <Controller
      control={form.control}
      name={`steps.${index}.endpointId`}
      rules={{ required: 'Choose the webhook endpoint to send to' }}
      render={(bound) => (
        <TextField
          select
          label="Webhook endpoint"
          id={`${id}-endpoint`}
          {...controllerFieldProps(bound, endpoints.length === 0 ? 'Add a webhook endpoint first (Settings → Webhooks).' : 'Receives the contact and the trigger, signed with the endpoint’s secret.')}
        >
          {chosen && !listed && (
            <MenuItem value={chosen} disabled>
              A deleted endpoint
            </MenuItem>
          )}
          {endpoints.map((e) => (
            <MenuItem key={e.id} value={e.id}>
              {e.url}
              {e.isActive ? '' : ' (switched off)'}
            </MenuItem>
          ))}
        </TextField>
      )}
    />
  );
}
