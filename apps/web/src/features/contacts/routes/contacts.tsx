import Add from '@mui/icons-material/Add';
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import FileUploadOutlined from '@mui/icons-material/FileUploadOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import Typography from '@mui/material/Typography';
import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { CONTACT_STATUSES } from '../../../lib/contact-statuses';
import { customFieldColumn } from '../../../lib/custom-fields/custom-field-column';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';
import { formatDate } from '../../../lib/format';
import { CustomFieldFilterBar } from '../../../lib/list-filters/custom-field-filter-bar';
import { customFiltersOf } from '../../../lib/list-filters/custom-field-filters';
import { SavedViewPicker } from '../../../lib/saved-views/saved-view-picker';
import type { SavedView } from '../../../lib/saved-views/use-saved-views';
import { type ColumnOption, ColumnChooser } from '../../../lib/ui/column-chooser';
import { type DataColumn, DataTable, EmptyListMessage } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { usePageTitle } from '../../../lib/use-page-title';
import { type SearchParamsPatch, useSearchParamsState } from '../../../lib/use-search-params-state';
import type { BulkTarget, ContactFilter } from '../api/bulk-contacts';
import { downloadContactsCsv } from '../api/download';
import { type ContactsQuery, useCompanyName, useContacts } from '../api/get-contacts';
import type { Contact, ContactStatus } from '../api/types';
import { BulkActionsBar } from '../components/bulk-actions-bar';
import { ContactAvatar } from '../components/contact-avatar';
import { type ContactFilterValues, ContactFilters } from '../components/contact-filters';
import { ContactFormDialog } from '../components/contact-form-dialog';
import { SelectAllBanner } from '../components/select-all-banner';
import { StatusChip } from '../components/status-chip';
import { TagChips } from '../components/tag-chips';
import { apiFiltersOf, filtersPatch } from '../list-params';

const PAGE_SIZES = [25, 50, 100];
const truncated = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' } as const;

/*
 * Empty values ("—", "Unassigned") in secondary text, not disabled: with every matching contact
 * selected, each row is tinted, and disabled text on the tint falls under 4.5:1.
 */

/** Every column the list can show, by the id the URL (`cols`) and saved views hold; the page puts the selection checkboxes in front. */
const BUILT_IN_COLUMNS: (DataColumn<Contact> & { label: string })[] = [
  {
    id: 'name',
    label: 'Name',
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
    label: 'Company',
    header: 'Company',
    sort: { field: 'companyName' },
    cell: (contact) => contact.company?.name ?? '—',
    sxFor: (contact) => ({ color: contact.company ? 'text.primary' : 'text.secondary', maxWidth: 180, ...truncated }),
  },
  { id: 'phone', label: 'Phone', header: 'Phone', cell: (contact) => contact.phone ?? '—', sxFor: (contact) => ({ color: contact.phone ? 'text.primary' : 'text.secondary', whiteSpace: 'nowrap' }) },
  { id: 'status', label: 'Status', header: 'Status', sort: { field: 'status' }, cell: (contact) => <StatusChip status={contact.status} /> },
  { id: 'tags', label: 'Tags', header: 'Tags', cell: (contact) => <TagChips tags={contact.tags} max={2} nowrap />, sx: { width: 250, maxWidth: 250, overflow: 'hidden' } },
  {
    id: 'owner',
    label: 'Owner',
    header: 'Owner',
    cell: (contact) => contact.assignedTo?.name ?? 'Unassigned',
    sxFor: (contact) => ({ color: contact.assignedTo ? 'text.primary' : 'text.secondary', maxWidth: 160, ...truncated }),
  },
  { id: 'createdAt', label: 'Created', header: 'Created', sort: { field: 'createdAt', first: 'desc' }, cell: (contact) => formatDate(contact.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
  { id: 'updatedAt', label: 'Updated', header: 'Updated', sort: { field: 'updatedAt', first: 'desc' }, cell: (contact) => formatDate(contact.updatedAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
];

/** Shown without a `cols` parameter (and for a view that saved no columns). */
const DEFAULT_COLUMNS = ['name', 'company', 'status', 'tags', 'owner', 'createdAt'];

/** The list's filters, sort, columns, page and view, read from and written to the URL. */
function useListState() {
  const [params, update] = useSearchParamsState();
  const companyId = params.get('company');
  const knownCompanyName = params.get('companyName');
  const companyName = useCompanyName(companyId, knownCompanyName);
  const filters: ContactFilterValues = {
    search: params.get('q') ?? '',
    status: (params.get('status')?.split(',') ?? []).filter((s): s is ContactStatus => CONTACT_STATUSES.includes(s as ContactStatus)),
    tag: params.get('tag'),
    company: companyId ? { id: companyId, name: knownCompanyName ?? companyName.data ?? '' } : null,
    owner: params.get('owner') ?? '',
  };
  const sort = params.get('sort') ?? '-createdAt';
  const columns = params.get('cols')?.split(',').filter(Boolean) ?? DEFAULT_COLUMNS;
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

  /** A saved view's filters, sort and columns in place of the list's, or the list's defaults (null). */
  function applyView(view: SavedView | null) {
    update({
      ...filtersPatch(params, view?.filters ?? {}),
      sort: view?.sort ?? null,
      cols: view?.columns.length ? view.columns.join(',') : null,
      view: view?.id ?? null,
    });
  }

  return { params, filters, sort, columns, page, pageSize, viewId: params.get('view'), setFilters, applyView, update };
}

export function Component() {
  usePageTitle('Contacts');
  const navigate = useNavigate();
  const canManage = useCanManage();
  const { params, filters, sort, columns: shownColumns, page, pageSize, viewId, setFilters, applyView, update } = useListState();
  const search = useDebouncedValue(filters.search.trim(), 250);
  const apiFilters = useMemo(() => apiFiltersOf(params, search), [params, search]);
  const query: ContactsQuery = useMemo(() => ({ filters: apiFilters, sort, limit: pageSize, offset: page * pageSize }), [apiFilters, sort, pageSize, page]);
  const contacts = useContacts(query);
  const definitions = useFieldDefinitions('contact').data ?? [];
  const [selected, setSelected] = useState<string[]>([]);
  const [allMatching, setAllMatching] = useState(false);
  const [creating, setCreating] = useState(false);
  const [exporting, setExporting] = useState(false);
  const location = useLocation();
  // A page that sent the user here may leave a notice (the contact page after an erase), shown once.
  const [notice, setNotice] = useState<Notice>((location.state as { notice?: Notice } | null)?.notice ?? null);
  useEffect(() => {
    if (location.state) navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location, navigate]);
  const rows = contacts.data?.data ?? [];
  const total = contacts.data?.total ?? 0;
  const totalLabel = `${contacts.data?.totalIsEstimate ? 'about ' : ''}${total.toLocaleString()}`;
  const allOnPage = rows.length > 0 && (allMatching || rows.every((r) => selected.includes(r.id)));
  const filtered = Object.keys(apiFilters).length > 0;

  const clearSelection = () => {
    setSelected([]);
    setAllMatching(false);
  };
  const isSelected = (id: string) => allMatching || selected.includes(id);
  const toggleRow = (id: string) => {
    // Leaving "all matching" keeps what is in sight: this page, less the row unticked.
    const current = allMatching ? rows.map((r) => r.id) : selected;
    setAllMatching(false);
    setSelected(current.includes(id) ? current.filter((s) => s !== id) : [...current, id]);
  };
  // By filter, the action meets exactly the contacts the list counts (the search as typed, not as last sent).
  const bulkTarget: BulkTarget = allMatching ? { filter: apiFiltersOf(params, filters.search.trim()) as ContactFilter } : { contactIds: selected };

  const selectColumn: DataColumn<Contact> = {
    id: 'select',
    padding: 'checkbox',
    ownClicks: true,
    header: (
      <Checkbox
        checked={allOnPage}
        indeterminate={!allOnPage && rows.some((r) => isSelected(r.id))}
        onChange={() => (allOnPage ? clearSelection() : setSelected(rows.map((r) => r.id)))}
        slotProps={{ input: { 'aria-label': 'Select all contacts on this page' } }}
      />
    ),
    cell: (contact) => (
      <Checkbox checked={isSelected(contact.id)} onChange={() => toggleRow(contact.id)} slotProps={{ input: { 'aria-label': `Select ${contact.fullName}` } }} />
    ),
  };
  const catalog = [...BUILT_IN_COLUMNS.filter((c) => canManage || c.id !== 'owner'), ...definitions.map(customFieldColumn<Contact>)];
  const columnOptions: ColumnOption[] = catalog.filter((c) => c.id !== 'name').map((c) => ({ id: c.id, label: c.label, custom: c.id.startsWith('cf.') }));
  // In the order the URL (or the view) names them.
  const columns = [selectColumn, ...['name', ...shownColumns.filter((c) => c !== 'name')].flatMap((id) => catalog.find((c) => c.id === id) ?? [])];
  const setColumns = (next: string[]) => {
    const value = ['name', ...next];
    update({ cols: value.join(',') === DEFAULT_COLUMNS.join(',') ? null : value.join(',') });
  };

  async function exportCsv() {
    setExporting(true);
    try {
      await downloadContactsCsv(apiFilters as ContactFilter);
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
        description={contacts.data ? `${contacts.data.totalIsEstimate ? 'About ' : ''}${total.toLocaleString()}${filtered ? ' matching' : ''} contact${total === 1 ? '' : 's'}` : 'People you sell to'}
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

      <Box sx={{ display: 'flex', gap: 1, mb: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <SavedViewPicker
          objectType="contact"
          defaultLabel="All contacts"
          activeViewId={viewId}
          current={{ filters: apiFiltersOf(params, filters.search.trim()), sort: params.get('sort'), columns: params.get('cols')?.split(',') ?? [] }}
          onApply={(view) => {
            clearSelection();
            applyView(view);
          }}
          onDone={(message) => setNotice({ severity: 'success', message })}
        />
        <ColumnChooser options={columnOptions} visible={shownColumns.filter((c) => c !== 'name')} onChange={setColumns} onReset={() => update({ cols: null })} />
      </Box>

      <DataTable
        label="Contacts"
        columns={columns}
        query={contacts}
        rowKey={(contact) => contact.id}
        onRowClick={(contact) => navigate(`/contacts/${contact.id}`)}
        rowSelected={(contact) => isSelected(contact.id)}
        toolbar={
          <>
            <ContactFilters
              values={filters}
              onChange={(changes) => {
                clearSelection();
                setFilters(changes);
              }}
              canFilterByOwner={canManage}
            />
            {definitions.length > 0 && (
              <Box sx={{ px: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}>
                <CustomFieldFilterBar
                  definitions={definitions}
                  filters={customFiltersOf(apiFilters)}
                  onChange={(patch) => {
                    clearSelection();
                    update({ ...patch, page: null });
                  }}
                />
              </Box>
            )}
            {selected.length > 0 && (
              <BulkActionsBar
                target={bulkTarget}
                countLabel={allMatching ? totalLabel : selected.length.toLocaleString()}
                single={allMatching ? total === 1 : selected.length === 1}
                canAssign={canManage}
                onClear={clearSelection}
                onDone={(message) => setNotice({ severity: 'success', message })}
                onError={(error) => setNotice(errorNotice(error))}
              />
            )}
            {allOnPage && total > rows.length && (
              <SelectAllBanner pageCount={rows.length} totalLabel={totalLabel} allMatching={allMatching} onSelectAll={() => setAllMatching(true)} onClear={clearSelection} />
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
          if (!allMatching) setSelected([]);
          update({ page: next ? String(next) : null });
        }}
        onPageSizeChange={(size) => update({ size: size === 25 ? null : String(size), page: null })}
      />

      <ContactFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(contact) => navigate(`/contacts/${contact.id}`)} />
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
