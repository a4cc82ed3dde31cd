import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useContactWorkflowExecutions } from '../api/get-contact-workflow-executions';
import { ExecutionStatusChip } from './execution-status-chip';

/**
 * The workflows a contact is (or was) in, for the contact page: the app renders it there, so the
 * contacts feature does not import this one.
 */
export function ContactWorkflows({ contactId }: { contactId: string }) {
  const executions = useContactWorkflowExecutions(contactId);
  if (executions.isPending) return <Skeleton height={60} />;
  if (executions.isError) return <Alert severity="error">{errorMessage(executions.error)}</Alert>;
  const rows = executions.data.data;
  if (rows.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        Not in any workflow.
      </Typography>
    );
  }
  return (
    <Box component="ul" aria-label="Workflows of this contact" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 1.5 }}>
      {rows.map((execution) => (
        <Box component="li" key={execution.id} sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
          <Box sx={{ flexGrow: 1, minWidth: 0 }}>
            <Link component={RouterLink} to={`/workflows/${execution.workflowId}/executions?execution=${execution.id}`} variant="subtitle2" underline="hover">
              {execution.workflowName}
            </Link>
            <Typography variant="caption" color="text.secondary" component="div">
              {execution.stepsDone}/{execution.stepCount} steps ·{' '}
              {execution.nextStepAt ? `next ${formatDateTime(execution.nextStepAt)}` : `started ${formatDateTime(execution.startedAt ?? execution.createdAt)}`}
            </Typography>
          </Box>
          <ExecutionStatusChip status={execution.status} />
        </Box>
      ))}
    </Box>
  );
}
