import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import type { SxProps, Theme } from '@mui/material/styles';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { type ReactNode, useEffect } from 'react';
import { QueryErrorAlert } from './query-error-alert';

export interface DataColumn<Row> {
  /** React key of the column; unique within the table. */
  id: string;
  header: ReactNode;
  cell(row: Row): ReactNode;
  align?: 'left' | 'right' | 'center';
  padding?: 'checkbox';
  /** Styles of the body cells. */
  sx?: SxProps<Theme>;
  /** Styles that depend on the row (e.g. a dimmed "—"), used instead of `sx`. */
  sxFor?(row: Row): SxProps<Theme>;
  /**
   * Makes the header a sort button for this API sort field. A click on the active column flips
   * the direction; on another column it starts with `first` (dates and counts read best newest/largest first).
   */
  sort?: { field: string; first?: 'asc' | 'desc' };
  /** Clicks in this cell do not reach the row's `onRowClick` (checkboxes and other controls). */
  ownClicks?: boolean;
}

/**
 * What the table needs of a list query; a react-query result over a page DTO (`{ data, total }`)
 * fits as is.
 */
export interface PagedQuery<Row> {
  data: { data: Row[]; total: number } | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isPlaceholderData: boolean;
  refetch(): unknown;
}

interface DataTableProps<Row> {
  /** Accessible name of the table, e.g. "Campaigns". */
  label: string;
  columns: DataColumn<Row>[];
  query: PagedQuery<Row>;
  rowKey(row: Row): string;
  /** Shown in the body when the page loaded empty: a sentence, or an `<EmptyListMessage>`. */
  empty: ReactNode;
  /** Server-side pagination; the total comes from the query. */
  page: number;
  pageSize: number;
  onPageChange(page: number): void;
  /** Several sizes make the footer show a rows-per-page select (and always show the footer). */
  pageSizeOptions?: number[];
  onPageSizeChange?(size: number): void;
  /** Show the footer even when everything fits on one page. */
  alwaysShowPagination?: boolean;
  /** The active API sort (`field` or `-field`) and where a header click sends the next one. */
  sort?: string;
  onSortChange?(sort: string): void;
  /** Controls in a last, unlabelled column (buttons, menus); their clicks do not reach `onRowClick`. */
  rowActions?(row: Row): ReactNode;
  onRowClick?(row: Row): void;
  /** Accessible name of a row, for rows that act as one button (`onRowClick`). */
  rowLabel?(row: Row): string;
  rowSelected?(row: Row): boolean;
  /** Filters or a bulk-action bar inside the card, above the header row. */
  toolbar?: ReactNode;
  /** Placeholder rows while the first page loads. */
  loadingRows?: number;
}

const stop = (event: { stopPropagation(): void }) => event.stopPropagation();

function nextSort(current: string | undefined, column: NonNullable<DataColumn<unknown>['sort']>): string {
  if (current === column.field) return `-${column.field}`;
  if (current === `-${column.field}`) return column.field;
  return column.first === 'desc' ? `-${column.field}` : column.field;
}

/**
 * The card every list page shows: a table with a header row, placeholder rows while loading, a
 * message when empty, an error above it with a retry, and server-side pagination below.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { label, columns, query, rowKey, empty, page, pageSize, onPageChange, pageSizeOptions = [pageSize], sort, onSortChange } = props;
  const { rowActions, onRowClick, rowLabel, rowSelected, toolbar, loadingRows = 3 } = props;
  const rows = query.data?.data ?? [];
  const total = query.data?.total ?? 0;
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  const width = columns.length + (rowActions ? 1 : 0);
  const sortField = sort?.replace(/^-/, '');
  const descending = sort?.startsWith('-') ?? false;
  const showPagination = props.alwaysShowPagination || pageSizeOptions.length > 1 || total > pageSize;
  const pastTheEnd = Boolean(query.data) && !query.isPlaceholderData && rows.length === 0 && page > lastPage;

  // Deleting the last row of the last page leaves the page past the end: step back to what is left.
  useEffect(() => {
    if (pastTheEnd) onPageChange(lastPage);
  }, [pastTheEnd, lastPage, onPageChange]);

  return (
    <>
      {query.isError && <QueryErrorAlert query={query} sx={{ mb: 2 }} />}
      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        {toolbar}
        <TableContainer>
          <Table aria-label={label}>
            <TableHead>
              <TableRow>
                {columns.map((column) => {
                  const active = column.sort !== undefined && column.sort.field === sortField;
                  return (
                    <TableCell key={column.id} align={column.align} padding={column.padding} sortDirection={active ? (descending ? 'desc' : 'asc') : false}>
                      {column.sort && onSortChange ? (
                        <TableSortLabel active={active} direction={active && descending ? 'desc' : 'asc'} onClick={() => onSortChange(nextSort(sort, column.sort!))}>
                          {column.header}
                        </TableSortLabel>
                      ) : (
                        column.header
                      )}
                    </TableCell>
                  );
                })}
                {rowActions && <TableCell align="right" aria-label="Actions" />}
              </TableRow>
            </TableHead>
            <TableBody sx={{ opacity: query.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
              {query.isPending &&
                Array.from({ length: loadingRows }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={width}>
                      <Skeleton height={34} />
                    </TableCell>
                  </TableRow>
                ))}
              {query.data && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={width} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                    {empty}
                  </TableCell>
                </TableRow>
              )}
              {rows.map((row) => (
                <TableRow
                  key={rowKey(row)}
                  hover
                  selected={rowSelected?.(row) ?? false}
                  onClick={onRowClick && (() => onRowClick(row))}
                  aria-label={rowLabel?.(row)}
                  sx={onRowClick && { cursor: 'pointer' }}
                >
                  {columns.map((column) => (
                    <TableCell
                      key={column.id}
                      align={column.align}
                      padding={column.padding}
                      sx={column.sxFor ? column.sxFor(row) : column.sx}
                      onClick={column.ownClicks ? stop : undefined}
                    >
                      {column.cell(row)}
                    </TableCell>
                  ))}
                  {rowActions && (
                    <TableCell align="right" sx={{ width: 64, whiteSpace: 'nowrap' }} onClick={stop}>
                      {rowActions(row)}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        {showPagination && (
          <TablePagination
            component="div"
            count={total}
            // MUI rejects a page past the end; show the last one until the effect above catches up.
            page={Math.min(page, lastPage)}
            onPageChange={(_, next) => onPageChange(next)}
            rowsPerPage={pageSize}
            rowsPerPageOptions={pageSizeOptions}
            onRowsPerPageChange={props.onPageSizeChange && ((e) => props.onPageSizeChange!(Number(e.target.value)))}
          />
        )}
      </Paper>
    </>
  );
}

/** A richer empty state than one sentence: an icon, a title and a hint. */
export function EmptyListMessage({ icon, title, children }: { icon?: ReactNode; title: string; children?: ReactNode }) {
  return (
    <Box sx={{ py: 2, color: 'text.primary' }}>
      {icon && <Box sx={{ color: 'grey.300', '& svg': { fontSize: 36 } }}>{icon}</Box>}
      <Typography variant="subtitle1" sx={{ mt: 1 }}>
        {title}
      </Typography>
      {children && (
        <Typography variant="body2" sx={{ mt: 0.5 }}>
          {children}
        </Typography>
      )}
    </Box>
  );
}
