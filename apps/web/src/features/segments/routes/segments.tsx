import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
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
import { type Segment, useDeleteSegment, useSegments } from '../api/segments';
import { SegmentCount } from '../components/segment-count';

const PAGE_SIZE = 25;

const COLUMNS: DataColumn<Segment>[] = [
  {
    id: 'segment',
    header: 'Segment',
    cell: (s) => (
      <>
        <Typography variant="subtitle2" component={Link} to={`/segments/${s.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'inherit', textDecoration: 'none' }}>
          {s.name}
        </Typography>
        {s.description && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {s.description}
          </Typography>
        )}
      </>
    ),
  },
  { id: 'count', header: 'Contacts now', align: 'right', cell: (s) => <SegmentCount id={s.id} /> },
  { id: 'used-by', header: 'Used by', cell: (s) => (s.usedBy.length ? s.usedBy.join(', ') : '—') },
];

export function Component() {
  usePageTitle('Segments');
  const navigate = useNavigate();
  const canManage = useCanManage();
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const segments = useSegments({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteSegment();
  const [deleting, setDeleting] = useState<Segment | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  return (
    <>
      <PageHeader
        title="Segments"
        description="Saved audiences that stay current: contact and company fields, email engagement, deals."
        actions={
          canManage && (
            <Button variant="contained" startIcon={<Add />} component={Link} to="/segments/new">
              New segment
            </Button>
          )
        }
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
        <SearchField placeholder="Search segments" label="Search segments" value={search} onChange={setSearch} />
      </Box>
      <DataTable
        label="Segments"
        columns={COLUMNS}
        query={segments}
        rowKey={(s) => s.id}
        onRowClick={(s) => navigate(`/segments/${s.id}`)}
        rowActions={canManage ? (s) => <RowAction label={`Delete ${s.name}`} title="Delete" icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(s)} /> : undefined}
        empty={debouncedSearch ? 'No segment matches this search.' : canManage ? 'No segments yet. Create one to aim campaigns at it.' : 'No segments yet.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      <ConfirmDeleteDialog item={deleting} noun="segment" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        Campaigns already sent keep their recipients. A segment that a campaign not sent yet or another segment uses cannot be deleted.
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
