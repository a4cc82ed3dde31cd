import Add from '@mui/icons-material/Add';
import ArrowBack from '@mui/icons-material/ArrowBack';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { formatDateTime } from '../../../lib/format';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { errorNotice, type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { RowAction } from '../../../lib/ui/row-action';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { type Suppression, useCreateSuppression, useDeleteSuppression, useSuppressions } from '../api/suppressions';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;
const REASONS: Record<Suppression['reason'], { label: string; color: 'default' | 'warning' | 'error' | 'info' }> = {
  unsubscribed: { label: 'Unsubscribed', color: 'info' },
  bounced: { label: 'Bounced', color: 'warning' },
  complained: { label: 'Complained', color: 'error' },
  manual: { label: 'Added by hand', color: 'default' },
};

const COLUMNS: DataColumn<Suppression>[] = [
  { id: 'email', header: 'Email', cell: (s) => s.email, sx: { fontWeight: 500 } },
  { id: 'reason', header: 'Reason', cell: (s) => <Chip size="small" variant="outlined" label={REASONS[s.reason].label} color={REASONS[s.reason].color} /> },
  { id: 'note', header: 'Note', cell: (s) => s.detail ?? '—', sx: { color: 'text.secondary', maxWidth: 320 } },
  { id: 'since', header: 'Since', cell: (s) => formatDateTime(s.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
];

function AddDialog({ onClose, onAdded }: { onClose: () => void; onAdded: (email: string) => void }) {
  const form = useForm({ defaultValues: { email: '', detail: '' } });
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateSuppression();
  function submit({ email, detail }: { email: string; detail: string }) {
    setProblem(null);
    create.mutate(
      { email: email.trim(), reason: 'manual', detail: detail.trim() || undefined },
      { onSuccess: (s) => onAdded(s.email), onError: (error) => setProblem(showProblem(form, error, ['email', 'detail'])) },
    );
  }
  return (
    <ActionDialog open pending={create.isPending} onClose={onClose} fullWidth maxWidth="xs" aria-labelledby="add-suppression-title">
      <form onSubmit={form.handleSubmit(submit)} noValidate>
        <DialogTitle id="add-suppression-title">Suppress an address</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>Campaigns never email a suppressed address, whatever segment it is in.</DialogContentText>
          {problem && <Alert severity="error" sx={{ mb: 2 }}>{problem}</Alert>}
          <Stack spacing={2}>
            <TextField autoFocus label="Email" type="email" fullWidth {...textFieldProps(form, 'email')} />
            <TextField label="Note" fullWidth {...textFieldProps(form, 'detail', undefined, 'Optional: why, for your team.')} />
          </Stack>
        </DialogContent>
        <DialogButtons confirmLabel="Suppress" pending={create.isPending} disabled={!form.watch('email').trim()} onCancel={onClose} />
      </form>
    </ActionDialog>
  );
}

const DESCRIPTION = 'Addresses campaigns skip: unsubscribes, bounces, complaints and ones you add.';

function BackToCampaigns() {
  return (
    <Button startIcon={<ArrowBack />} component={Link} to="/campaigns">
      Campaigns
    </Button>
  );
}

/** The API shows suppressions to admins and managers only. */
export function Component() {
  usePageTitle('Suppressions', 'Campaigns');
  if (useCanManage()) return <Suppressions />;
  return (
    <>
      <PageHeader title="Suppressions" description={DESCRIPTION} actions={<BackToCampaigns />} />
      <AccessNotice title="Only managers and admins see suppressions">Campaigns skip these addresses for everyone; ask a manager if someone should hear from you again.</AccessNotice>
    </>
  );
}

function Suppressions() {
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const [adding, setAdding] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const suppressions = useSuppressions({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteSuppression();

  return (
    <>
      <PageHeader
        title="Suppressions"
        description={DESCRIPTION}
        actions={
          <>
            <BackToCampaigns />
            <Button variant="contained" startIcon={<Add />} onClick={() => setAdding(true)}>
              Add address
            </Button>
          </>
        }
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
        <SearchField placeholder="Search addresses" label="Search suppressions" value={search} onChange={setSearch} />
      </Box>
      <DataTable
        label="Suppressions"
        columns={COLUMNS}
        query={suppressions}
        rowKey={(s) => s.id}
        rowActions={(s) => (
          <RowAction
            label={`Remove ${s.email}`}
            title="Remove: campaigns may email this address again"
            icon={<DeleteOutline fontSize="small" />}
            pending={remove.isPending}
            onClick={() =>
              remove.mutate(s.id, {
                onSuccess: () => setNotice({ severity: 'success', message: `${s.email} can receive campaigns again.` }),
                onError: (error) => setNotice(errorNotice(error)),
              })
            }
          />
        )}
        empty={debouncedSearch ? 'No suppressed address matches your search.' : 'No suppressed addresses.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      {adding && (
        <AddDialog
          onClose={() => setAdding(false)}
          onAdded={(email) => {
            setAdding(false);
            setNotice({ severity: 'success', message: `${email} is suppressed.` });
          }}
        />
      )}
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
