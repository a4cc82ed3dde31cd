import { errorMessage } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Snackbar from '@mui/material/Snackbar';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TableSortLabel from '@mui/material/TableSortLabel';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { downloadContactsCsv } from '../api/download';
import { type ContactsQuery, useContacts } from '../api/get-contacts';
import { CONTACT_STATUSES, type ContactStatus } from '../api/types';
import { BulkActionsBar } from '../components/bulk-actions-bar';
import { ContactAvatar } from '../components/contact-avatar';
import { type ContactFilterValues, ContactFilters } from '../components/contact-filters';
import { ContactFormDialog } from '../components/contact-form-dialog';
import { StatusChip } from '../components/status-chip';
import { TagChips } from '../components/tag-chips';

const PAGE_SIZES = [25, 50, 100];
const COLUMNS: { id: string; label: string; sort?: string }[] = [
  { id: 'name', label: 'Name', sort: 'lastName' },
  { id: 'company', label: 'Company', sort: 'companyName' },
  { id: 'status', label: 'Status', sort: 'status' },
  { id: 'tags', label: 'Tags' },
  { id: 'owner', label: 'Owner' },
  { id: 'created', label: 'Created', sort: 'createdAt' },
];

/** Filters, sort and page live in the URL: a filtered list can be bookmarked and survives "back". */
function useListState() {
  const [params, setParams] = useSearchParams();
  const filters: ContactFilterValues = {
    search: params.get('q') ?? '',
    status: (params.get('status')?.split(',') ?? []).filter((s): s is ContactStatus => CONTACT_STATUSES.includes(s as ContactStatus)),
    tag: params.get('tag'),
    company: params.get('company') ? { id: params.get('company') as string, name: params.get('companyName') ?? '' } : null,
    owner: params.get('owner') ?? '',
  };
  const sort = params.get('sort') ?? '-createdAt';
  const pageSize = PAGE_SIZES.includes(Number(params.get('size'))) ? Number(params.get('size')) : 25;
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);

  function update(changes: Record<string, string | null>) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === '') next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  }

  function setFilters(changes: Partial<ContactFilterValues>) {
    const patch: Record<string, string | null> = { page: null };
    if ('search' in changes) patch.q = changes.search ?? null;
    if ('status' in changes) patch.status = changes.status?.join(',') ?? null;
    if ('tag' in changes) patch.tag = changes.tag ?? null;
    if ('company' in changes) {
      patch.company = changes.company?.id ?? null;
      patch.companyName = changes.company?.name ?? null;
    }
    if ('owner' in changes) patch.owner = changes.owner ?? null;
    update(patch);
  }

  return { filters, sort, page, pageSize, setFilters, update };
}

export function Component() {
  const me = useCurrentUser();
  const navigate = useNavigate();
  const canManage = me.role !== 'member';
  const { filters, sort, page, pageSize, setFilters, update } = useListState();
  const search = useDebouncedValue(filters.search.trim(), 250);
  const query: ContactsQuery = useMemo(
    () => ({
      search: search || undefined,
      status: filters.status.length ? filters.status : undefined,
      tag: filters.tag ? [filters.tag] : undefined,
      companyId: filters.company?.id,
      assignedToId: filters.owner || undefined,
      sort,
      limit: pageSize,
      offset: page * pageSize,
    }),
    [search, filters.status, filters.tag, filters.company?.id, filters.owner, sort, pageSize, page],
  );
  const contacts = useContacts(query);
  const [selected, setSelected] = useState<string[]>([]);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; message: string } | null>(null);
  const rows = contacts.data?.data ?? [];
  const total = contacts.data?.total ?? 0;
  const allOnPage = rows.length > 0 && rows.every((r) => selected.includes(r.id));
  const filtered = Boolean(search || filters.status.length || filters.tag || filters.company || filters.owner);

  function toggleSort(field: string) {
    const next = sort === field ? `-${field}` : sort === `-${field}` ? field : field === 'createdAt' ? '-createdAt' : field;
    update({ sort: next === '-createdAt' ? null : next, page: null });
  }

  async function exportCsv() {
    setExporting(true);
    try {
      await downloadContactsCsv({ search: query.search, status: query.status, tag: query.tag, companyId: query.companyId, assignedToId: query.assignedToId });
    } catch (error) {
      setNotice({ severity: 'error', message: errorMessage(error) });
    } finally {
      setExporting(false);
    }
  }

  return (
    <>
      <PageHeader
        title="Contacts"
        description={
          contacts.data
            ? `${contacts.data.totalIsEstimate ? 'About ' : ''}${total.toLocaleString()}${filtered ? ' matching' : ''} contact${total === 1 ? '' : 's'}`
            : 'People you sell to'
        }
        actions={
          <>
            <Button variant="outlined" color="inherit" startIcon={<FileUploadOutlined />} component={Link} to="/contacts/import">
              Import
            </Button>
            <Button variant="outlined" color="inherit" startIcon={<FileDownloadOutlined />} onClick={exportCsv} loading={exporting}>
              Export
            </Button>
            <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
              New contact
            </Button>
          </>
        }
      />

      {contacts.isError && (
        <Alert severity="error" sx={{ mb: 2 }} action={<Button color="inherit" size="small" onClick={() => contacts.refetch()}>Retry</Button>}>
          {errorMessage(contacts.error)}
        </Alert>
      )}

      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <ContactFilters values={filters} onChange={(changes) => { setSelected([]); setFilters(changes); }} canFilterByOwner={canManage} />
        {selected.length > 0 && (
          <BulkActionsBar selected={selected} canAssign={canManage} onClear={() => setSelected([])} onDone={(message) => setNotice({ severity: 'success', message })} />
        )}
        <TableContainer>
          <Table aria-label="Contacts" size="medium">
            <TableHead>
              <TableRow>
                <TableCell padding="checkbox">
                  <Checkbox
                    checked={allOnPage}
                    indeterminate={!allOnPage && rows.some((r) => selected.includes(r.id))}
                    onChange={() => setSelected(allOnPage ? [] : rows.map((r) => r.id))}
                    slotProps={{ input: { 'aria-label': 'Select all contacts on this page' } }}
                  />
                </TableCell>
                {COLUMNS.filter((c) => canManage || c.id !== 'owner').map((column) => (
                  <TableCell key={column.id} sortDirection={column.sort && sort.replace('-', '') === column.sort ? (sort.startsWith('-') ? 'desc' : 'asc') : false}>
                    {column.sort ? (
                      <TableSortLabel
                        active={sort.replace('-', '') === column.sort}
                        direction={sort === `-${column.sort}` ? 'desc' : 'asc'}
                        onClick={() => toggleSort(column.sort as string)}
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
            <TableBody sx={{ opacity: contacts.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
              {contacts.isPending &&
                Array.from({ length: 6 }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={7}>
                      <Skeleton height={36} />
                    </TableCell>
                  </TableRow>
                ))}
              {!contacts.isPending && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={7} sx={{ py: 8, textAlign: 'center' }}>
                    <PeopleAltOutlined sx={{ fontSize: 36, color: 'grey.300' }} />
                    <Typography variant="subtitle1" sx={{ mt: 1 }}>
                      {filtered ? 'No contact matches these filters' : 'No contacts yet'}
                    </Typography>
                    <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
                      {filtered ? 'Try another search, or clear the filters.' : 'Add your first contact, or import a CSV from your old CRM or spreadsheet.'}
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
              {rows.map((contact) => {
                const checked = selected.includes(contact.id);
                return (
                  <TableRow
                    key={contact.id}
                    hover
                    selected={checked}
                    onClick={() => navigate(`/contacts/${contact.id}`)}
                    sx={{ cursor: 'pointer' }}
                  >
                    <TableCell padding="checkbox" onClick={(e) => e.stopPropagation()}>
                      <Checkbox
                        checked={checked}
                        onChange={() => setSelected(checked ? selected.filter((id) => id !== contact.id) : [...selected, contact.id])}
                        slotProps={{ input: { 'aria-label': `Select ${contact.fullName}` } }}
                      />
                    </TableCell>
                    <TableCell sx={{ maxWidth: 300 }}>
                      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 200 }}>
                        <ContactAvatar name={contact.fullName} size={34} />
                        <Box sx={{ minWidth: 0 }}>
                          <Typography variant="subtitle2" component={Link} to={`/contacts/${contact.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'text.primary', textDecoration: 'none', display: 'block' }} noWrap>
                            {contact.fullName}
                          </Typography>
                          <Typography variant="body2" color="text.secondary" noWrap>
                            {contact.email}
                          </Typography>
                        </Box>
                      </Box>
                    </TableCell>
                    <TableCell sx={{ color: contact.company ? 'text.primary' : 'text.disabled', maxWidth: 180, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>{contact.company?.name ?? '—'}</TableCell>
                    <TableCell>
                      <StatusChip status={contact.status} />
                    </TableCell>
                    <TableCell sx={{ width: 250, maxWidth: 250, overflow: 'hidden' }}>
                      <TagChips tags={contact.tags} max={2} nowrap />
                    </TableCell>
                    {canManage && <TableCell sx={{ color: contact.assignedTo ? 'text.primary' : 'text.disabled', whiteSpace: 'nowrap', maxWidth: 160, overflow: 'hidden', textOverflow: 'ellipsis' }}>{contact.assignedTo?.name ?? 'Unassigned'}</TableCell>}
                    <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{formatDate(contact.createdAt)}</TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination
          component="div"
          count={total}
          page={total === 0 ? 0 : Math.min(page, Math.max(0, Math.ceil(total / pageSize) - 1))}
          onPageChange={(_, next) => {
            setSelected([]);
            update({ page: next ? String(next) : null });
          }}
          rowsPerPage={pageSize}
          rowsPerPageOptions={PAGE_SIZES}
          onRowsPerPageChange={(e) => update({ size: e.target.value === '25' ? null : e.target.value, page: null })}
        />
      </Paper>

      <ContactFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(contact) => navigate(`/contacts/${contact.id}`)} />
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
