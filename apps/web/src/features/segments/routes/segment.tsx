import ArrowBack from '@mui/icons-material/ArrowBack';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { contactStatusLabel } from '../../../lib/contact-statuses';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { NotFoundPanel, isNotFound } from '../../../lib/ui/not-found-panel';
import { PageHeader } from '../../../lib/ui/page-header';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { usePageTitle } from '../../../lib/use-page-title';
import { useDeleteSegment, useSegment, useSegmentContacts, useSegmentCount } from '../api/segments';

const PAGE_SIZE = 25;

type Row = NonNullable<ReturnType<typeof useSegmentContacts>['data']>['data'][number];

const COLUMNS: DataColumn<Row>[] = [
  {
    id: 'name',
    header: 'Contact',
    cell: (c) => (
      <>
        <Typography variant="subtitle2" component={Link} to={`/contacts/${c.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'inherit', textDecoration: 'none' }}>
          {c.fullName || c.email}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {c.email}
        </Typography>
      </>
    ),
  },
  { id: 'status', header: 'Status', cell: (c) => contactStatusLabel(c.status) },
  { id: 'company', header: 'Company', cell: (c) => c.company?.name ?? '—' },
  { id: 'tags', header: 'Tags', cell: (c) => c.tags.join(', ') || '—' },
];

/** A segment opens as the contacts in it now. */
export function Component() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const canManage = useCanManage();
  const segment = useSegment(id);
  const count = useSegmentCount(id);
  const [page, setPage] = useState(0);
  const contacts = useSegmentContacts(id, { limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteSegment();
  usePageTitle(segment.data?.name, 'Segments');
  if (segment.isError) {
    return isNotFound(segment.error) ? (
      <NotFoundPanel title="Segment not found" backTo="/segments" backLabel="Segments">
        It may have been deleted.
      </NotFoundPanel>
    ) : (
      <QueryErrorAlert query={segment} />
    );
  }
  const name = segment.data?.name ?? '';
  return (
    <>
      <PageHeader
        title={name || 'Segment'}
        description={count.data ? `${count.data.count.toLocaleString()} ${count.data.count === 1 ? 'contact' : 'contacts'} now${segment.data?.usedBy.length ? ` · used by ${segment.data.usedBy.join(', ')}` : ''}` : (segment.data?.description ?? undefined)}
        actions={
          <>
            <Button startIcon={<ArrowBack />} component={Link} to="/segments">
              Segments
            </Button>
            {canManage && segment.data && (
              <>
                <DeleteButton item={{ id, name }} noun="segment" remove={remove} onDeleted={() => navigate('/segments')}>
                  Campaigns already sent keep their recipients.
                </DeleteButton>
                <Button variant="contained" startIcon={<EditOutlined />} component={Link} to={`/segments/${id}/edit`}>
                  Edit
                </Button>
              </>
            )}
          </>
        }
      />
      <DataTable
        label="Contacts in segment"
        columns={COLUMNS}
        query={contacts}
        rowKey={(c) => c.id}
        onRowClick={(c) => navigate(`/contacts/${c.id}`)}
        empty="No contact matches this segment now."
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
