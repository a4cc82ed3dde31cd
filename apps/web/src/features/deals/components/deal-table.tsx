import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import { type DataColumn, DataTable, type PagedQuery } from '../../../lib/ui/data-table';
import type { Deal } from '../api/keys';
import { formatMoney } from '../../../lib/format';
import { DealStatusChip } from '../../../lib/ui/status-chip';
import { formatDay, today } from '../format';
import { OwnerAvatar } from './owner-avatar';

const COLUMNS: DataColumn<Deal>[] = [
  {
    id: 'deal',
    header: 'Deal',
    sort: { field: 'title' },
    sx: { maxWidth: 320 },
    cell: (deal) => (
      <>
        <Link component={RouterLink} to={`/deals/${deal.id}`} underline="hover" color="text.primary" variant="subtitle2" sx={{ display: 'block' }} noWrap>
          {deal.title}
        </Link>
        <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
          {deal.contact?.name ?? 'No contact'}
        </Typography>
      </>
    ),
  },
  { id: 'company', header: 'Company', cell: (deal) => deal.company?.name ?? '—', sxFor: (deal) => ({ color: deal.company ? 'text.primary' : 'text.disabled' }) },
  {
    id: 'stage',
    header: 'Stage',
    sort: { field: 'stage' },
    cell: (deal) => (
      <>
        <Typography variant="body2">{deal.stage.name}</Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {deal.pipeline.name}
        </Typography>
      </>
    ),
  },
  {
    id: 'value',
    header: 'Value',
    align: 'right',
    sort: { field: 'value' },
    cell: (deal) => formatMoney(deal.value, deal.currency),
    sx: { fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  },
  {
    id: 'owner',
    header: 'Owner',
    cell: (deal) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <OwnerAvatar owner={deal.assignedTo} size={26} />
        <Typography variant="body2" noWrap>
          {deal.assignedTo?.name ?? 'Unassigned'}
        </Typography>
      </Box>
    ),
  },
  {
    id: 'close-date',
    header: 'Close date',
    sort: { field: 'closeDate' },
    cell: (deal) => (deal.closeDate ? formatDay(deal.closeDate) : '—'),
    sxFor: (deal) => ({ whiteSpace: 'nowrap', color: deal.status === 'open' && deal.closeDate && deal.closeDate < today() ? 'error.main' : 'text.secondary' }),
  },
  { id: 'status', header: 'Status', cell: (deal) => <DealStatusChip status={deal.status} /> },
];

interface DealTableProps {
  query: PagedQuery<Deal>;
  page: number;
  pageSize: number;
  sort: string;
  onSort(sort: string): void;
  onPage(page: number): void;
  emptyText: string;
}

/** Deals as rows, sortable by clicking a column header. */
export function DealTable({ query, page, pageSize, sort, onSort, onPage, emptyText }: DealTableProps) {
  return (
    <DataTable
      label="Deals"
      columns={COLUMNS}
      query={query}
      rowKey={(deal) => deal.id}
      sort={sort}
      onSortChange={onSort}
      empty={emptyText}
      loadingRows={5}
      page={page}
      pageSize={pageSize}
      onPageChange={onPage}
    />
  );
}
