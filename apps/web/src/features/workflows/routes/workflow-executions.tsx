import { errorMessage } from '@corral/api-client';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import InputAdornment from '@mui/material/InputAdornment';
import LinearProgress from '@mui/material/LinearProgress';
import MenuItem from '@mui/material/MenuItem';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useTemplateOptions } from '../api/get-builder-options';
import { useWorkflow } from '../api/get-workflow';
import { useWorkflowExecutions } from '../api/get-workflow-executions';
import { ExecutionDrawer } from '../components/execution-drawer';
import { ExecutionStatusChip } from '../components/execution-status-chip';
import { WorkflowHeader } from '../components/workflow-header';
import type { ExecutionStatus } from '../workflow-form';

const PAGE_SIZE = 25;
const STATUS_FILTERS: { value: ExecutionStatus | ''; label: string }[] = [
  { value: '', label: 'All statuses' },
  { value: 'in_progress', label: 'Running' },
  { value: 'pending', label: 'Pending' },
  { value: 'completed', label: 'Completed' },
  { value: 'failed', label: 'Failed' },
  { value: 'cancelled', label: 'Cancelled' },
];

/** `/workflows/:workflowId/executions`: who went through the workflow and how far they got. */
export function Component() {
  const { workflowId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [status, setStatus] = useState<ExecutionStatus | ''>('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const debounced = useDebouncedValue(search.trim());
  const workflow = useWorkflow(workflowId);
  const templates = useTemplateOptions();
  const executions = useWorkflowExecutions(workflowId, { status: status || undefined, search: debounced || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const templateNames = useMemo(() => new Map((templates.data ?? []).map((t) => [t.id, t.name])), [templates.data]);
  const openId = params.get('execution');
  const rows = executions.data?.data ?? [];

  function open(id: string | null) {
    setParams(id ? { execution: id } : {}, { replace: true });
  }

  return (
    <>
      <WorkflowHeader title={workflow.data?.name ?? 'Workflow'} workflowId={workflowId} tab="executions" />
      <Box sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap' }}>
        <TextField
          placeholder="Search contact"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Search executions by contact' },
          }}
          sx={{ width: { xs: '100%', sm: 260 } }}
        />
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

      {executions.isError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(executions.error)}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <TableContainer>
          <Table aria-label="Executions">
            <TableHead>
              <TableRow>
                <TableCell>Contact</TableCell>
                <TableCell>Status</TableCell>
                <TableCell>Progress</TableCell>
                <TableCell>Started</TableCell>
                <TableCell>Next step / ended</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {executions.isPending &&
                Array.from({ length: 3 }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={5}>
                      <Skeleton height={34} />
                    </TableCell>
                  </TableRow>
                ))}
              {!executions.isPending && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                    {status || debounced ? 'No execution matches these filters.' : 'No contact has entered this workflow yet.'}
                  </TableCell>
                </TableRow>
              )}
              {rows.map((execution) => (
                <TableRow key={execution.id} hover onClick={() => open(execution.id)} sx={{ cursor: 'pointer' }} aria-label={`Execution for ${execution.contact.name}`}>
                  <TableCell>
                    <Typography variant="subtitle2" component="div" noWrap>
                      {execution.contact.name}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" noWrap>
                      {execution.contact.email}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <ExecutionStatusChip status={execution.status} />
                  </TableCell>
                  <TableCell sx={{ minWidth: 140 }}>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                      <LinearProgress
                        variant="determinate"
                        value={execution.stepCount ? (execution.stepsDone / execution.stepCount) * 100 : 100}
                        color={execution.status === 'failed' ? 'error' : execution.status === 'completed' ? 'success' : 'primary'}
                        sx={{ flexGrow: 1, height: 6, borderRadius: 3 }}
                        aria-label={`${execution.stepsDone} of ${execution.stepCount} steps done`}
                      />
                      <Typography variant="caption" color="text.secondary">
                        {execution.stepsDone}/{execution.stepCount}
                      </Typography>
                    </Box>
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{formatDateTime(execution.startedAt ?? execution.createdAt)}</TableCell>
                  <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
                    {execution.nextStepAt ? formatDateTime(execution.nextStepAt) : execution.completedAt ? formatDateTime(execution.completedAt) : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {(executions.data?.total ?? 0) > PAGE_SIZE && (
          <TablePagination
            component="div"
            count={executions.data?.total ?? 0}
            page={page}
            onPageChange={(_, next) => setPage(next)}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
          />
        )}
      </Paper>

      <ExecutionDrawer executionId={openId} workflow={workflow.data} templateNames={templateNames} onClose={() => open(null)} />
    </>
  );
}
