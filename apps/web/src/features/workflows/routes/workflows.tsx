import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { errorNotice, type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { RowAction } from '../../../lib/ui/row-action';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { useDeleteWorkflow } from '../api/delete-workflow';
import { usePipelineOptions } from '../../../lib/lookups';
import { useWorkflows } from '../api/get-workflows';
import { useSetWorkflowActive } from '../api/save-workflow';
import { triggerCondition, triggerLabel, type Workflow } from '../workflow-form';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;

function Count({ value, color, label }: { value: number; color: string; label: string }) {
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75, mr: 2, color: value ? 'text.primary' : 'text.disabled', whiteSpace: 'nowrap' }}>
      <Box component="span" sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: value ? color : 'grey.300' }} />
      <Typography variant="body2" component="span">
        {value} {label}
      </Typography>
    </Box>
  );
}

function EmptyState({ canEdit }: { canEdit: boolean }) {
  return (
    <Box sx={{ py: 8, px: 3, textAlign: 'center' }}>
      <Box sx={{ width: 48, height: 48, mx: 'auto', mb: 2, borderRadius: 3, display: 'grid', placeItems: 'center', bgcolor: 'grey.100', color: 'primary.main' }}>
        <AccountTreeOutlined />
      </Box>
      <Typography variant="h6" component="p">
        Automate your follow-ups
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary', mt: 1, mb: 3, maxWidth: 420, mx: 'auto' }}>
        “When a contact is created, send the welcome email, wait three days, tag them nurtured and send the follow-up.”
      </Typography>
      {canEdit && (
        <Button variant="contained" startIcon={<Add />} component={RouterLink} to="/workflows/new">
          New workflow
        </Button>
      )}
    </Box>
  );
}

/** What deleting a workflow does, counting the runs it stops (as of the list the user is looking at). */
function deleteConsequences(running: number): string {
  if (!running) return 'Its steps and execution history are deleted too. To keep the history, switch it off instead.';
  const runs = running === 1 ? 'run in progress stops' : `${running} runs in progress stop`;
  return `Its ${runs} at once, and its steps and execution history are deleted too. To let runs finish and keep the history, switch it off instead.`;
}

/** `/workflows`: every workflow with its on/off switch and how its executions are doing. */
export function Component() {
  usePageTitle('Workflows');
  const canEdit = useCanManage();
  const { search, setSearch, debouncedSearch: debounced, page, setPage } = usePagedSearch();
  const workflows = useWorkflows({ search: debounced || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const pipelines = usePipelineOptions();
  const setActive = useSetWorkflowActive();
  const remove = useDeleteWorkflow();
  const [deleting, setDeleting] = useState<Workflow | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  function toggle(workflow: Workflow, isActive: boolean) {
    setActive.mutate(
      { id: workflow.id, isActive },
      {
        onSuccess: () => setNotice({ severity: 'success', message: `“${workflow.name}” is ${isActive ? 'on' : 'off'}.` }),
        onError: (error) => setNotice(errorNotice(error)),
      },
    );
  }

  const noWorkflowsAtAll = workflows.data?.total === 0 && !debounced;
  const columns: DataColumn<Workflow>[] = [
    {
      id: 'workflow',
      header: 'Workflow',
      sx: { maxWidth: 360 },
      cell: (workflow) => (
        <>
          <Link component={RouterLink} to={`/workflows/${workflow.id}`} underline="hover" variant="subtitle2" color="text.primary">
            {workflow.name}
          </Link>
          {workflow.description && (
            <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
              {workflow.description}
            </Typography>
          )}
        </>
      ),
    },
    {
      id: 'trigger',
      header: 'Trigger',
      cell: (workflow) => {
        const filter = triggerCondition(workflow.triggerEvent, workflow.triggerData, pipelines.data ?? [], { short: true });
        return (
          <>
            <Chip size="small" variant="outlined" label={triggerLabel(workflow.triggerEvent)} />
            {filter && (
              <Typography variant="caption" component="div" noWrap sx={{ color: 'text.secondary', mt: 0.5 }}>
                {filter}
              </Typography>
            )}
          </>
        );
      },
    },
    { id: 'steps', header: 'Steps', align: 'right', cell: (workflow) => workflow.steps.length },
    {
      id: 'executions',
      header: 'Executions',
      cell: ({ id, executionCounts: counts }) => (
        <Link component={RouterLink} to={`/workflows/${id}/executions`} underline="none" color="inherit" sx={{ display: 'inline-flex' }}>
          <Count value={counts.running} color="info.main" label="running" />
          <Count value={counts.completed} color="success.main" label="completed" />
          <Count value={counts.failed} color="error.main" label="failed" />
        </Link>
      ),
    },
    {
      id: 'active',
      header: 'Active',
      cell: (workflow) => (
        <Box sx={{ display: 'inline-flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
          <Switch
            checked={workflow.isActive}
            disabled={!canEdit || setActive.isPending}
            onChange={(e) => toggle(workflow, e.target.checked)}
            slotProps={{ input: { 'aria-label': `${workflow.name} active` } }}
          />
          {/* New workflows are created off: say so next to the switch that turns them on. */}
          <Typography variant="body2" component="span" sx={{ color: 'text.secondary' }}>
            {workflow.isActive ? 'On' : 'Off: starts nothing'}
          </Typography>
        </Box>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Workflows"
        description="Automations that act on contacts when something happens: emails, tags, status and owner changes."
        actions={
          canEdit && (
            <Button variant="contained" startIcon={<Add />} component={RouterLink} to="/workflows/new">
              New workflow
            </Button>
          )
        }
      />

      {!noWorkflowsAtAll && <SearchField placeholder="Search workflows" label="Search workflows" value={search} onChange={setSearch} sx={{ width: { xs: '100%', sm: 280 }, mb: 2 }} />}

      {noWorkflowsAtAll ? (
        <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
          <EmptyState canEdit={canEdit} />
        </Paper>
      ) : (
        <DataTable
          label="Workflows"
          columns={columns}
          query={workflows}
          rowKey={(workflow) => workflow.id}
          rowActions={
            canEdit
              ? (workflow) => <RowAction label={`Delete ${workflow.name}`} title="Delete" icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(workflow)} />
              : undefined
          }
          empty={`No workflow matches “${debounced}”.`}
          page={page}
          pageSize={PAGE_SIZE}
          onPageChange={setPage}
        />
      )}

      <ConfirmDeleteDialog item={deleting} noun="workflow" cancelLabel="Keep it" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        {(workflow) => deleteConsequences(workflow.executionCounts.running)}
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
