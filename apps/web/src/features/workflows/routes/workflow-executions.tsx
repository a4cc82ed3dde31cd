import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useTemplateOptions } from '../../../lib/lookups';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { useWorkflow } from '../api/get-workflow';
import { useWorkflowExecutions } from '../api/get-workflow-executions';
import { ExecutionDrawer } from '../components/execution-drawer';
import { ExecutionStatusChip } from '../../../lib/ui/status-chip';
import { WorkflowHeader } from '../components/workflow-header';
import type { Execution, ExecutionStatus } from '../workflow-form';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;
const STATUS_FILTERS: { value: ExecutionStatus | ''; label: string }[] = [
  { value: '', label: 'All statuses' },
  { value: 'in_progress', label: 'Running' },
  { value: 'pending', label: 'Pending' },
  { value: 'completed', label: 'Completed' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
];

const COLUMNS: DataColumn<Execution>[] = [
  {
    id: 'contact',
    header: 'Contact',
    cell: ({ contact }) => (
      <>
        <Typography variant="subtitle2" component="div" noWrap>
          {contact.name}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
          {contact.email}
        </Typography>
      </>
    ),
  },
  { id: 'status', header: 'Status', cell: (execution) => <ExecutionStatusChip status={execution.status} /> },
  {
    id: 'progress',
    header: 'Progress',
    sx: { minWidth: 140 },
    cell: (execution) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <LinearProgress
          variant="determinate"
          value={execution.stepCount ? (execution.stepsDone / execution.stepCount) * 100 : 100}
          color={execution.status === 'failed' ? 'error' : execution.status === 'completed' ? 'success' : 'primary'}
          sx={{ flexGrow: 1, height: 6, borderRadius: 3 }}
          aria-label={`${execution.stepsDone} of ${execution.stepCount} steps done`}
        />
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {execution.stepsDone}/{execution.stepCount}
        </Typography>
      </Box>
    ),
  },
  { id: 'started', header: 'Started', cell: (execution) => formatDateTime(execution.startedAt ?? execution.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
  {
    id: 'next',
    header: 'Next step / ended',
    sx: { color: 'text.secondary', whiteSpace: 'nowrap' },
    cell: (execution) => (execution.nextStepAt ? formatDateTime(execution.nextStepAt) : execution.completedAt ? formatDateTime(execution.completedAt) : '—'),
  },
];

/** `/workflows/:workflowId/executions`: who went through the workflow and how far they got. */
export function Component() {
  const { workflowId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState<ExecutionStatus | ''>('');
  const { search, setSearch, debouncedSearch: debounced, page, setPage } = usePagedSearch();
  const workflow = useWorkflow(workflowId);
  usePageTitle('Executions', workflow.data?.name, 'Workflows');
  const templates = useTemplateOptions();
  const executions = useWorkflowExecutions(workflowId, { status: status || undefined, search: debounced || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const templateNames = useMemo(() => new Map((templates.data ?? []).map((t) => [t.id, t.name])), [templates.data]);
  const openId = params.get('execution');

  function open(id: string | null) {
    setParams(id ? { execution: id } : {}, { replace: true });
  }

  return (
    <>
      <WorkflowHeader title={workflow.data?.name ?? 'Workflow'} workflowId={workflowId} tab="executions" />
      <Box sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <SearchField placeholder="Search contact" label="Search executions by contact" value={search} onChange={setSearch} sx={{ width: { xs: '100%', sm: 260 } }} />
        <TextField
          select
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ExecutionStatus | '');
            setPage(0);
          }}
          slotProps={{ htmlInput: { 'aria-label': 'Filter by status' }, select: { displayEmpty: true } }}
          sx={{ width: 180 }}
        >
          {STATUS_FILTERS.map((f) => (
            <MenuItem key={f.value} value={f.value}>
              {f.label}
            </MenuItem>
          ))}
        </TextField>
      </Box>

      <DataTable
        label="Executions"
        columns={COLUMNS}
        query={executions}
        rowKey={(execution) => execution.id}
        onRowClick={(execution) => open(execution.id)}
        rowLabel={(execution) => `Execution for ${execution.contact.name}`}
        empty={status || debounced ? 'No execution matches these filters.' : 'No contact has entered this workflow yet.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      <ExecutionDrawer executionId={openId} workflow={workflow.data} templateNames={templateNames} onClose={() => open(null)} />
    </>
  );
}
