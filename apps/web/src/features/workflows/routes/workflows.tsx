import { errorMessage } from '@corral/api-client';
import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useCurrentUser } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useDeleteWorkflow } from '../api/delete-workflow';
import { usePipelineOptions } from '../api/get-builder-options';
import { useWorkflows } from '../api/get-workflows';
import { useSetWorkflowActive } from '../api/save-workflow';
import { CONTACT_FIELDS, triggerLabel, type Workflow } from '../workflow-form';

const PAGE_SIZE = 25;

type PipelineOption = { id: string; name: string; stages: { id: string; name: string }[] };

function triggerFilter(workflow: Workflow, pipelines: PipelineOption[]): string | null {
  const data = workflow.triggerData;
  if (workflow.triggerEvent === 'tag_added' && data.tag) return `tag “${data.tag}”`;
  if (workflow.triggerEvent === 'contact_updated' && data.field) return CONTACT_FIELDS.find((f) => f.value === data.field)?.label.toLowerCase() ?? data.field;
  if (workflow.triggerEvent === 'deal_stage_changed') {
    const pipeline = pipelines.find((p) => p.id === data.pipelineId);
    const stage = pipelines.flatMap((p) => p.stages).find((st) => st.id === data.stageId);
    if (stage) return `to “${stage.name}”`;
    if (pipeline) return `in “${pipeline.name}”`;
  }
  return null;
}

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
      <Typography variant="body2" color="text.secondary" sx={{ mt: 1, mb: 3, maxWidth: 420, mx: 'auto' }}>
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

/** `/workflows`: every workflow with its on/off switch and how its executions are doing. */
export function Component() {
  const me = useCurrentUser();
  const canEdit = me.role !== 'member';
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const debounced = useDebouncedValue(search.trim());
  const workflows = useWorkflows({ search: debounced || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const pipelines = usePipelineOptions();
  const setActive = useSetWorkflowActive();
  const remove = useDeleteWorkflow();
  const [deleting, setDeleting] = useState<Workflow | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; message: string } | null>(null);
  const rows = workflows.data?.data ?? [];

  function toggle(workflow: Workflow, isActive: boolean) {
    setActive.mutate(
      { id: workflow.id, isActive },
      {
        onSuccess: () => setNotice({ severity: 'success', message: `“${workflow.name}” is ${isActive ? 'on' : 'off'}.` }),
        onError: (error) => setNotice({ severity: 'error', message: errorMessage(error) }),
      },
    );
  }

  function confirmDelete(workflow: Workflow) {
    remove.mutate(workflow.id, {
      onSuccess: () => setNotice({ severity: 'success', message: `“${workflow.name}” was deleted.` }),
      onError: (error) => setNotice({ severity: 'error', message: errorMessage(error) }),
      onSettled: () => setDeleting(null),
    });
  }

  const noWorkflowsAtAll = !workflows.isPending && rows.length === 0 && !debounced;

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

      {workflows.isError && (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => workflows.refetch()}>Retry</Button>}>
          {errorMessage(workflows.error)}
        </Alert>
      )}

      {!noWorkflowsAtAll && (
        <TextField
          placeholder="Search workflows"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Search workflows' },
          }}
          sx={{ width: { xs: '100%', sm: 280 }, mb: 2 }}
        />
      )}

      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        {noWorkflowsAtAll ? (
          <EmptyState canEdit={canEdit} />
        ) : (
          <TableContainer>
            <Table aria-label="Workflows">
              <TableHead>
                <TableRow>
                  <TableCell>Workflow</TableCell>
                  <TableCell>Trigger</TableCell>
                  <TableCell align="right">Steps</TableCell>
                  <TableCell>Executions</TableCell>
                  <TableCell>Active</TableCell>
                  {canEdit && <TableCell align="right" aria-label="Actions" />}
                </TableRow>
              </TableHead>
              <TableBody>
                {workflows.isPending &&
                  Array.from({ length: 3 }, (_, i) => (
                    <TableRow key={i}>
                      <TableCell colSpan={6}>
                        <Skeleton height={34} />
                      </TableCell>
                    </TableRow>
                  ))}
                {!workflows.isPending && rows.length === 0 && (
                  <TableRow>
                    <TableCell colSpan={6} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                      No workflow matches “{debounced}”.
                    </TableCell>
                  </TableRow>
                )}
                {rows.map((workflow) => {
                  const filter = triggerFilter(workflow, pipelines.data ?? []);
                  const counts = workflow.executionCounts;
                  return (
                    <TableRow key={workflow.id} hover>
                      <TableCell sx={{ maxWidth: 360 }}>
                        <Link component={RouterLink} to={`/workflows/${workflow.id}`} underline="hover" variant="subtitle2" color="text.primary">
                          {workflow.name}
                        </Link>
                        {workflow.description && (
                          <Typography variant="body2" color="text.secondary" noWrap>
                            {workflow.description}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell>
                        <Chip size="small" variant="outlined" label={triggerLabel(workflow.triggerEvent)} />
                        {filter && (
                          <Typography variant="caption" color="text.secondary" component="div" noWrap sx={{ mt: 0.5 }}>
                            {filter}
                          </Typography>
                        )}
                      </TableCell>
                      <TableCell align="right">{workflow.steps.length}</TableCell>
                      <TableCell>
                        <Link component={RouterLink} to={`/workflows/${workflow.id}/executions`} underline="none" color="inherit" sx={{ display: 'inline-flex' }}>
                          <Count value={counts.running} color="info.main" label="running" />
                          <Count value={counts.completed} color="success.main" label="completed" />
                          <Count value={counts.failed} color="error.main" label="failed" />
                        </Link>
                      </TableCell>
                      <TableCell>
                        <Switch
                          checked={workflow.isActive}
                          disabled={!canEdit || setActive.isPending}
                          onChange={(e) => toggle(workflow, e.target.checked)}
                          slotProps={{ input: { 'aria-label': `${workflow.name} active` } }}
                        />
                      </TableCell>
                      {canEdit && (
                        <TableCell align="right" sx={{ width: 56 }}>
                          <Tooltip title="Delete">
                            <IconButton aria-label={`Delete ${workflow.name}`} size="small" onClick={() => setDeleting(workflow)}>
                              <DeleteOutlined fontSize="small" />
                            </IconButton>
                          </Tooltip>
                        </TableCell>
                      )}
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        {(workflows.data?.total ?? 0) > PAGE_SIZE && (
          <TablePagination
            component="div"
            count={workflows.data?.total ?? 0}
            page={page}
            onPageChange={(_, next) => setPage(next)}
            rowsPerPage={PAGE_SIZE}
            rowsPerPageOptions={[PAGE_SIZE]}
          />
        )}
      </Paper>

      <Dialog open={Boolean(deleting)} onClose={() => setDeleting(null)}>
        <DialogTitle>Delete “{deleting?.name}”?</DialogTitle>
        <DialogContent>
          <DialogContentText>Its steps and execution history are deleted too, and running executions stop. To keep the history, switch it off instead.</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDeleting(null)} color="inherit">
            Keep it
          </Button>
          <Button color="error" variant="contained" disabled={remove.isPending} onClick={() => deleting && confirmDelete(deleting)}>
            Delete workflow
          </Button>
        </DialogActions>
      </Dialog>
      <Snackbar open={Boolean(notice)} autoHideDuration={5000} onClose={() => setNotice(null)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
        {notice ? (
          <Alert severity={notice.severity} variant="filled" onClose={() => setNotice(null)}>
            {notice.message}
          </Alert>
        ) : undefined}
      </Snackbar>
    </>
  );
}
