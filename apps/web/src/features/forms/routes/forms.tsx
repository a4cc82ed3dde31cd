import Add from '@mui/icons-material/Add';
import CodeOutlined from '@mui/icons-material/CodeOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { RowAction } from '../../../lib/ui/row-action';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { usePageTitle } from '../../../lib/use-page-title';
import { type SignupForm, useDeleteForm, useForms } from '../api/forms';
import { EmbedDialog } from '../components/embed-dialog';

const PAGE_SIZE = 25;

const COLUMNS: DataColumn<SignupForm>[] = [
  {
    id: 'form',
    header: 'Form',
    cell: (f) => (
      <Typography variant="subtitle2" component={Link} to={`/forms/${f.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'inherit', textDecoration: 'none' }}>
        {f.name}
      </Typography>
    ),
  },
  { id: 'submissions', header: 'Submissions', align: 'right', cell: (f) => f.submissions.toLocaleString() },
  {
    id: 'opt-in',
    header: 'Opt-in',
    cell: (f) => (f.doubleOptIn ? <Chip size="small" color="primary" variant="outlined" label="Double opt-in" /> : <Chip size="small" variant="outlined" label="Single opt-in" />),
  },
];

export function Component() {
  usePageTitle('Forms');
  const navigate = useNavigate();
  const canManage = useCanManage();
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const forms = useForms({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteForm();
  const [deleting, setDeleting] = useState<SignupForm | null>(null);
  const [embedding, setEmbedding] = useState<SignupForm | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <>
      <PageHeader
        title="Forms"
        description="Signup forms: a hosted page and an embed code for your site, with double opt-in and the consent recorded."
        actions={
          canManage && (
            <Button variant="contained" startIcon={<Add />} component={Link} to="/forms/new">
              New form
            </Button>
          )
        }
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
        <SearchField placeholder="Search forms" label="Search forms" value={search} onChange={setSearch} />
      </Box>
      <DataTable
        label="Forms"
        columns={COLUMNS}
        query={forms}
        rowKey={(f) => f.id}
        onRowClick={(f) => navigate(`/forms/${f.id}`)}
        rowActions={(f) => (
          <>
            <RowAction label={`Embed code of ${f.name}`} title="Embed code" icon={<CodeOutlined fontSize="small" />} onClick={() => setEmbedding(f)} />
            {canManage && <RowAction label={`Delete ${f.name}`} title="Delete" icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(f)} />}
          </>
        )}
        empty={debouncedSearch ? 'No form matches this search.' : canManage ? 'No forms yet. Create one to let people sign up.' : 'No forms yet.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      <EmbedDialog form={embedding} onClose={() => setEmbedding(null)} />
      <ConfirmDeleteDialog item={deleting} noun="form" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        Its hosted page and embed code stop working and its submissions go; the contacts it brought in and their consent history stay.
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
