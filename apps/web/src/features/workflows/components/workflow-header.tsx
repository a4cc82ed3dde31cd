import ArrowBack from '@mui/icons-material/ArrowBack';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import type { ReactNode } from 'react';
import { Link as RouterLink } from 'react-router';
import { PageHeader } from '../../../lib/ui/page-header';

interface WorkflowHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** Set for a saved workflow: shows the Builder / Executions tabs. */
  workflowId?: string;
  tab?: 'builder' | 'executions';
}

/** Back link, title and (for saved workflows) the tabs shared by the builder and the execution history. */
export function WorkflowHeader({ title, description, actions, workflowId, tab }: WorkflowHeaderProps) {
  return (
    <>
      <Button component={RouterLink} to="/workflows" startIcon={<ArrowBack />} size="small" sx={{ mb: 1, ml: -1 }} color="inherit">
        Workflows
      </Button>
      <PageHeader title={title} description={description} actions={actions} />
      {workflowId && (
        <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3, mt: -1 }}>
          <Tabs value={tab} aria-label="Workflow sections">
            <Tab value="builder" label="Builder" component={RouterLink} to={`/workflows/${workflowId}`} />
            <Tab value="executions" label="Executions" component={RouterLink} to={`/workflows/${workflowId}/executions`} />
          </Tabs>
        </Box>
      )}
    </>
  );
}
