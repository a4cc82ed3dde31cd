import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import type { Deal } from '../api/keys';
import { formatDay, formatMoney, today } from '../format';
import { DealStatusChip } from './deal-status-chip';
import { OwnerAvatar } from './owner-avatar';

export type SortField = 'title' | 'value' | 'stage' | 'closeDate' | 'createdAt';

const COLUMNS: { field?: SortField; label: string; align?: 'right' }[] = [
  { field: 'title', label: 'Deal' },
  { label: 'Company' },
  { field: 'stage', label: 'Stage' },
  { field: 'value', label: 'Value', align: 'right' },
  { label: 'Owner' },
  { field: 'closeDate', label: 'Close date' },
  { label: 'Status' },
];

interface DealTableProps {
  deals: Deal[] | undefined;
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  onSort(sort: string): void;
  onPage(page: number): void;
  emptyText: string;
}

/** Deals as rows, sortable by clicking a column header. */
export function DealTable({ deals, total, page, pageSize, sort, onSort, onPage, emptyText }: DealTableProps) {
  const descending = sort.startsWith('-');
  const sortField = sort.replace(/^-/, '');
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
      <TableContainer>
        <Table aria-label="Deals">
          <TableHead>
            <TableRow>
              {COLUMNS.map((column) => (
                <TableCell key={column.label} align={column.align} sortDirection={column.field === sortField ? (descending ? 'desc' : 'asc') : false}>
                  {column.field ? (
                    <TableSortLabel
                      active={column.field === sortField}
                      direction={column.field === sortField && descending ? 'desc' : 'asc'}
                      onClick={() => onSort(column.field === sortField && !descending ? `-${column.field}` : column.field!)}
                    >
                      {column.label}
                    </TableSortLabel>
                  ) : (
                    column.label
                  )}
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {!deals &&
              Array.from({ length: 5 }, (_, i) => (
                <TableRow key={i}>
                  <TableCell colSpan={COLUMNS.length}>
                    <Skeleton height={32} />
                  </TableCell>
                </TableRow>
              ))}
            {deals?.length === 0 && (
              <TableRow>
                <TableCell colSpan={COLUMNS.length} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                  {emptyText}
                </TableCell>
              </TableRow>
            )}
            {deals?.map((deal) => (
              <TableRow key={deal.id} hover>
                <TableCell sx={{ maxWidth: 320 }}>
                  <Link component={RouterLink} to={`/deals/${deal.id}`} underline="hover" color="text.primary" variant="subtitle2" sx={{ display: 'block' }} noWrap>
                    {deal.title}
                  </Link>
                  <Typography variant="body2" color="text.secondary" noWrap>
                    {deal.contact?.name ?? 'No contact'}
                  </Typography>
                </TableCell>
                <TableCell sx={{ color: deal.company ? 'text.primary' : 'text.disabled' }}>{deal.company?.name ?? '—'}</TableCell>
                <TableCell>
                  <Typography variant="body2">{deal.stage.name}</Typography>
                  <Typography variant="caption" color="text.secondary">
                    {deal.pipeline.name}
                  </Typography>
                </TableCell>
                <TableCell align="right" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                  {formatMoney(deal.value, deal.currency)}
                </TableCell>
                <TableCell>
                  <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
                    <OwnerAvatar owner={deal.assignedTo} size={26} />
                    <Typography variant="body2" noWrap>
                      {deal.assignedTo?.name ?? 'Unassigned'}
                    </Typography>
                  </Box>
                </TableCell>
                <TableCell
                  sx={{
                    whiteSpace: 'nowrap',
                    color: deal.status === 'open' && deal.closeDate && deal.closeDate < today() ? 'error.main' : 'text.secondary',
                  }}
                >
                  {deal.closeDate ? formatDay(deal.closeDate) : '—'}
                </TableCell>
                <TableCell>
                  <DealStatusChip status={deal.status} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
      {total > pageSize && (
        <TablePagination component="div" count={total} page={page} onPageChange={(_, next) => onPage(next)} rowsPerPage={pageSize} rowsPerPageOptions={[pageSize]} />
      )}
    </Paper>
  );
}
