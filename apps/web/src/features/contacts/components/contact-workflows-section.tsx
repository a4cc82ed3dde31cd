import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import Link from '@mui/material/Link';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { ExecutionStatusChip } from '../../../lib/ui/status-chip';
import { useContactWorkflows } from '../api/related';
import { RelatedRow, RelatedSection } from './related-section';

/** Workflow runs for the contact, once the automations module is installed. */
export function ContactWorkflowsSection({ contactId }: { contactId: string }) {
  return (
    <RelatedSection
      title="Workflows"
      icon={<AccountTreeOutlined fontSize="small" />}
      query={useContactWorkflows(contactId)}
      empty="No workflow has run for this contact."
    >
      {(runs) =>
        runs.map((run) => {
          const started = run.startedAt;
          const name = run.workflowName;
          return (
            <RelatedRow
              key={run.id}
              primary={
                run.workflowId ? (
                  <Link component={RouterLink} to={`/workflows/${run.workflowId}/executions?execution=${run.id}`} underline="hover" color="inherit">
                    {name}
                  </Link>
                ) : (
                  name
                )
              }
              secondary={started ? `Started ${formatDateTime(started)}` : undefined}
              trailing={<ExecutionStatusChip status={run.status} />}
            />
          );
        })
      }
    </RelatedSection>
  );
}
