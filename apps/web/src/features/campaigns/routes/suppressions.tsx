import { errorMessage, toFormErrors } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
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
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type Suppression, useCreateSuppression, useDeleteSuppression, useSuppressions } from '../api/suppressions';

const PAGE_SIZE = 25;
const REASONS: Record<Suppression['reason'], { label: string; color: 'default' | 'warning' | 'error' | 'info' }> = {
  unsubscribed: { label: 'Unsubscribed', color: 'info' },
  bounced: { label: 'Bounced', color: 'warning' },
  complained: { label: 'Complained', color: 'error' },
  manual: { label: 'Added by hand', color: 'default' },
};

function AddDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (email: string) => void }) {
  const [email, setEmail] = useState('');
  const [detail, setDetail] = useState('');
  const create = useCreateSuppression();
  const errors = create.error ? toFormErrors(create.error) : null;
  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate({ email: email.trim(), reason: 'manual', detail: detail.trim() || undefined }, { onSuccess: (s) => onAdded(s.email) });
  }
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="add-suppression-title">
      <form onSubmit={submit} noValidate>
        <DialogTitle id="add-suppression-title">Suppress an address</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>Campaigns never email a suppressed address, whatever segment it is in.</DialogContentText>
          {errors && Object.keys(errors.fieldErrors).length === 0 && <Alert severity="error" sx={{ mb: 2 }}>{errors.detail}</Alert>}
          <Stack spacing={2}>
            <TextField autoFocus label="Email" type="email" fullWidth value={email} onChange={(e) => setEmail(e.target.value)} error={Boolean(errors?.fieldErrors.email)} helperText={errors?.fieldErrors.email} />
            <TextField label="Note" fullWidth value={detail} onChange={(e) => setDetail(e.target.value)} error={Boolean(errors?.fieldErrors.detail)} helperText={errors?.fieldErrors.detail ?? 'Optional: why, for your team.'} />
          </Stack>
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" loading={create.isPending} disabled={!email.trim()}>
            Suppress
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}

export function Component() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const debouncedSearch = useDebouncedValue(search.trim());
  const suppressions = useSuppressions({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteSuppression();
  const rows = suppressions.data?.data ?? [];

  return (
    <>
      <PageHeader
        title="Suppressions"
        description="Addresses campaigns skip: unsubscribes, bounces, complaints and ones you add."
        actions={
          <>
            <Button startIcon={<ArrowBack />} component={Link} to="/campaigns">
              Campaigns
            </Button>
            <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
              Add address
            </Button>
          </>
        }
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
        <TextField
          placeholder="Search addresses"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Search suppressions' },
          }}
          sx={{ width: { xs: '100%', sm: 280 } }}
        />
      </Box>
      {(suppressions.isError || remove.isError) && <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(suppressions.error ?? remove.error)}</Alert>}
      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <TableContainer>
          <Table aria-label="Suppressions">
            <TableHead>
              <TableRow>
                <TableCell>Email</TableCell>
                <TableCell>Reason</TableCell>
                <TableCell>Note</TableCell>
                <TableCell>Since</TableCell>
                <TableCell align="right" />
              </TableRow>
            </TableHead>
            <TableBody>
              {suppressions.isPending &&
                [0, 1, 2].map((i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={5}><Skeleton /></TableCell>
                  </TableRow>
                ))}
              {rows.map((s) => (
                <TableRow key={s.id} hover>
                  <TableCell sx={{ fontWeight: 500 }}>{s.email}</TableCell>
                  <TableCell>
                    <Chip size="small" variant="outlined" label={REASONS[s.reason].label} color={REASONS[s.reason].color} />
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', maxWidth: 320 }}>{s.detail ?? '—'}</TableCell>
                  <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{formatDateTime(s.createdAt)}</TableCell>
                  <TableCell align="right">
                    <Tooltip title="Remove: campaigns may email this address again">
                      <IconButton
                        aria-label={`Remove ${s.email}`}
                        onClick={() => remove.mutate(s.id, { onSuccess: () => setNotice(`${s.email} can receive campaigns again.`) })}
                        disabled={remove.isPending}
                      >
                        <DeleteOutline fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
              ))}
              {suppressions.isSuccess && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                    {debouncedSearch ? 'No suppressed address matches your search.' : 'No suppressed addresses.'}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {(suppressions.data?.total ?? 0) > PAGE_SIZE && (
          <TablePagination component="div" count={suppressions.data?.total ?? 0} page={page} rowsPerPage={PAGE_SIZE} rowsPerPageOptions={[PAGE_SIZE]} onPageChange={(_, p) => setPage(p)} />
        )}
      </Paper>
      {adding && (
        <AddDialog
          onClose={() => setAdding(false)}
          onAdded={(email) => {
            setAdding(false);
            setNotice(`${email} is suppressed.`);
          }}
        />
      )}
      <Snackbar open={Boolean(notice)} autoHideDuration={4000} onClose={() => setNotice(null)} message={notice} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }} />
    </>
  );
}
