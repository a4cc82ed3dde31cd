import { errorMessage } from '@corral/api-client';
import Close from '@mui/icons-material/Close';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../lib/format';
import { useCancelWorkflowExecution } from '../api/cancel-workflow-execution';
import { useWorkflowExecution } from '../api/get-workflow-execution';
import { actionLabel, formatDelay, type StepExecution, triggerLabel, type Workflow } from '../workflow-form';
import { ExecutionStatusChip } from '../../../lib/ui/status-chip';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';

interface ExecutionDrawerProps {
  executionId: string | null;
  /** The workflow's current definition, to describe each step ("Send “Welcome”"). */
  workflow?: Workflow;
  templateNames: Map<string, string>;
  onClose: () => void;
}

function describeStep(step: StepExecution, workflow: Workflow | undefined, templateNames: Map<string, string>): string {
  const definition = workflow?.steps.find((s) => s.id === step.stepId);
  const label = actionLabel(step.action);
  if (!definition) return step.stepId ? label : `${label} (removed from the workflow)`;
  const data = definition.actionData;
  switch (step.action) {
    case 'send_email':
      return definition.emailTemplateId ? `${label} “${templateNames.get(definition.emailTemplateId) ?? 'template'}”` : label;
    case 'add_tag':
    case 'remove_tag':
      return `${label} “${data.tag}”`;
    case 'change_status':
      return `${label} to ${data.status}`;
    case 'wait':
      return formatDelay(definition.delayMinutes) ? `Wait ${formatDelay(definition.delayMinutes)}` : label;
    default:
      return label;
  }
}

function When({ label, iso }: { label: string; iso: string | null }) {
  if (!iso) return null;
  return (
    <Typography variant="caption" sx={{ color: 'text.secondary' }} component="div">
      {label} {formatDateTime(iso)}
    </Typography>
  );
}

/** One execution: its contact, status and every step's scheduled time, run time and error. */
export function ExecutionDrawer({ executionId, workflow, templateNames, onClose }: ExecutionDrawerProps) {
  const execution = useWorkflowExecution(executionId);
  const cancel = useCancelWorkflowExecution();
  const data = execution.data;
  const running = data && (data.status === 'pending' || data.status === 'in_progress');

  return (
    <Drawer
      anchor="right"
      open={Boolean(executionId)}
      onClose={onClose}
      slotProps={{ paper: { 'aria-label': 'Execution details', sx: { width: { xs: '100%', sm: 440 } } } }}
    >
      <Box sx={{ p: 3 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, mb: 2 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Typography variant="overline" sx={{ color: 'text.secondary' }}>
              Execution
            </Typography>
            <Typography variant="h6" component="h2" noWrap>
              {data ? data.contact.name : <Skeleton width={180} />}
            </Typography>
            {data && (
              <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
                {data.contact.email}
              </Typography>
            )}
          </Box>
          <IconButton aria-label="Close" onClick={onClose} size="small">
            <Close fontSize="small" />
          </IconButton>
        </Box>

        {execution.isError && <QueryErrorAlert query={execution} sx={{ mb: 2 }} />}
        {cancel.isError && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {errorMessage(cancel.error)}
          </Alert>
        )}

        {data && (
          <>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
              <ExecutionStatusChip status={data.status} />
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {triggerLabel(data.triggerEvent)} · {data.stepsDone} of {data.stepCount} steps done
              </Typography>
            </Box>
            <When label="Started" iso={data.startedAt ?? data.createdAt} />
            <When label={data.status === 'cancelled' ? 'Cancelled' : 'Ended'} iso={data.completedAt} />
            {data.errorMessage && (
              <Alert severity="error" sx={{ mt: 2 }}>
                {data.errorMessage}
              </Alert>
            )}

            <Box component="ol" aria-label="Step executions" sx={{ listStyle: 'none', p: 0, m: 0, mt: 3 }}>
              {data.steps.map((step, index) => (
                <Box component="li" key={step.id} sx={{ display: 'flex', gap: 1.5, pb: index === data.steps.length - 1 ? 0 : 2.5, position: 'relative' }}>
                  <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center' }}>
                    <Box
                      sx={{
                        width: 24,
                        height: 24,
                        borderRadius: '50%',
                        display: 'grid',
                        placeItems: 'center',
                        fontSize: '0.75rem',
                        fontWeight: 700,
                        bgcolor: step.status === 'completed' ? 'success.main' : step.status === 'failed' ? 'error.main' : 'grey.200',
                        color: step.status === 'completed' || step.status === 'failed' ? 'common.white' : 'grey.700',
                      }}
                    >
                      {step.order}
                    </Box>
                    {index < data.steps.length - 1 && <Box sx={{ width: 2, flexGrow: 1, bgcolor: 'grey.200', mt: 0.5 }} />}
                  </Box>
                  <Box sx={{ flexGrow: 1, minWidth: 0, pb: 0.5 }}>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, justifyContent: 'space-between' }}>
                      <Typography variant="subtitle2" component="h3">
                        {describeStep(step, workflow, templateNames)}
                      </Typography>
                      <ExecutionStatusChip status={step.status} />
                    </Box>
                    <When label="Scheduled for" iso={step.scheduledFor} />
                    <When label="Ran" iso={step.executedAt} />
                    <When label="Next attempt" iso={step.retryAt} />
                    {step.attempts > 1 && (
                      <Typography variant="caption" sx={{ color: 'text.secondary' }} component="div">
                        {step.attempts} attempts
                      </Typography>
                    )}
                    {step.errorMessage && (
                      <Typography variant="body2" sx={{ color: step.status === 'failed' || step.retryAt ? 'error.main' : 'text.secondary', mt: 0.5, wordBreak: 'break-word' }}>
                        {step.errorMessage}
                      </Typography>
                    )}
                  </Box>
                </Box>
              ))}
            </Box>

            {running && (
              <Button color="error" variant="outlined" sx={{ mt: 3 }} disabled={cancel.isPending} onClick={() => cancel.mutate(data.id)}>
                Cancel execution
              </Button>
            )}
          </>
        )}
      </Box>
    </Drawer>
  );
}
