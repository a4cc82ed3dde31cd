import Add from '@mui/icons-material/Add';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { type DataColumn, DataTable, EmptyListMessage } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type SearchParamsPatch, useSearchParamsState } from '../../../lib/use-search-params-state';
import { downloadContactsCsv } from '../api/download';
import { type ContactsQuery, useContacts } from '../api/get-contacts';
import { CONTACT_STATUSES } from '../../../lib/contact-statuses';
import type { Contact, ContactStatus } from '../api/types';
import { BulkActionsBar } from '../components/bulk-actions-bar';
import { ContactAvatar } from '../components/contact-avatar';
import { type ContactFilterValues, ContactFilters } from '../components/contact-filters';
import { ContactFormDialog } from '../components/contact-form-dialog';
import { StatusChip } from '../components/status-chip';
import { TagChips } from '../components/tag-chips';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZES = [25, 50, 100];
const truncated = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/** The data columns; the page puts the selection checkboxes in front. */
const COLUMNS: DataColumn<Contact>[] = [
  {
    id: 'name',
    header: 'Name',
    sort: { field: 'lastName' },
    sx: { maxWidth: 300 },
    cell: (contact) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, minWidth: 200 }}>
        <ContactAvatar name={contact.fullName} size={34} />
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component={Link} to={`/contacts/${contact.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'text.primary', textDecoration: 'none', display: 'block' }} noWrap>
            {contact.fullName}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
            {contact.email}
          </Typography>
        </Box>
      </Box>
    ),
  },
  {
    id: 'company',
    header: 'Company',
    sort: { field: 'companyName' },
    cell: (contact) => contact.company?.name ?? '—',
    sxFor: (contact) => ({ color: contact.company ? 'text.primary' : 'text.disabled', maxWidth: 180, ...truncated }),
  },
  { id: 'status', header: 'Status', sort: { field: 'status' }, cell: (contact) => <StatusChip status={contact.status} /> },
  { id: 'tags', header: 'Tags', cell: (contact) => <TagChips tags={contact.tags} max={2} nowrap />, sx: { width: 250, maxWidth: 250, overflow: 'hidden' } },
  {
    id: 'owner',
    header: 'Owner',
    cell: (contact) => contact.assignedTo?.name ?? 'Unassigned',
    sxFor: (contact) => ({ color: contact.assignedTo ? 'text.primary' : 'text.disabled', maxWidth: 160, ...truncated }),
  },
  { id: 'created', header: 'Created', sort: { field: 'createdAt', first: 'desc' }, cell: (contact) => formatDate(contact.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
];

/** The list's filters, sort and page, read from and written to the URL. */
function useListState() {
  const [params, update] = useSearchParamsState();
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

  function setFilters(changes: Partial<ContactFilterValues>) {
    const patch: SearchParamsPatch = { page: null };
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
  usePageTitle('Contacts');
  const navigate = useNavigate();
  const canManage = useCanManage();
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
  const [notice, setNotice] = useState<Notice>(null);
  const rows = contacts.data?.data ?? [];
  const total = contacts.data?.total ?? 0;
  const allOnPage = rows.length > 0 && rows.every((r) => selected.includes(r.id));
  const filtered = Boolean(search || filters.status.length || filters.tag || filters.company || filters.owner);

  const selectColumn: DataColumn<Contact> = {
    id: 'select',
    padding: 'checkbox',
    ownClicks: true,
    header: (
      <Checkbox
        checked={allOnPage}
        indeterminate={!allOnPage && rows.some((r) => selected.includes(r.id))}
        onChange={() => setSelected(allOnPage ? [] : rows.map((r) => r.id))}
        slotProps={{ input: { 'aria-label': 'Select all contacts on this page' } }}
      />
    ),
    cell: (contact) => {
      const checked = selected.includes(contact.id);
      return (
        <Checkbox
          checked={checked}
          onChange={() => setSelected(checked ? selected.filter((id) => id !== contact.id) : [...selected, contact.id])}
          slotProps={{ input: { 'aria-label': `Select ${contact.fullName}` } }}
        />
      );
    },
  };
  const columns = [selectColumn, ...COLUMNS.filter((c) => canManage || c.id !== 'owner')];

  async function exportCsv() {
    setExporting(true);
    try {
      await downloadContactsCsv({ search: query.search, status: query.status, tag: query.tag, companyId: query.companyId, assignedToId: query.assignedToId });
    } catch (error) {
      setNotice(errorNotice(error));
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

      <DataTable
        label="Contacts"
        columns={columns}
        query={contacts}
        rowKey={(contact) => contact.id}
        onRowClick={(contact) => navigate(`/contacts/${contact.id}`)}
        rowSelected={(contact) => selected.includes(contact.id)}
        toolbar={
          <>
            <ContactFilters values={filters} onChange={(changes) => { setSelected([]); setFilters(changes); }} canFilterByOwner={canManage} />
            {selected.length > 0 && (
              <BulkActionsBar selected={selected} canAssign={canManage} onClear={() => setSelected([])} onDone={(message) => setNotice({ severity: 'success', message })} />
            )}
          </>
        }
        sort={sort}
        onSortChange={(next) => update({ sort: next === '-createdAt' ? null : next, page: null })}
        empty={
          <EmptyListMessage icon={<PeopleAltOutlined />} title={filtered ? 'No contact matches these filters' : 'No contacts yet'}>
            {filtered ? 'Try another search, or clear the filters.' : 'Add your first contact, or import a CSV from your old CRM or spreadsheet.'}
          </EmptyListMessage>
        }
        loadingRows={6}
        page={page}
        pageSize={pageSize}
        pageSizeOptions={PAGE_SIZES}
        onPageChange={(next) => {
          setSelected([]);
          update({ page: next ? String(next) : null });
        }}
        onPageSizeChange={(size) => update({ size: size === 25 ? null : String(size), page: null })}
      />

      <ContactFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(contact) => navigate(`/contacts/${contact.id}`)} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
