import Add from '@mui/icons-material/Add';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { customFieldColumn } from '../../../lib/custom-fields/custom-field-column';
import { useFieldDefinitions } from '../../../lib/custom-fields/use-field-definitions';
import { formatDate } from '../../../lib/format';
import { CustomFieldFilterBar } from '../../../lib/list-filters/custom-field-filter-bar';
import { customFiltersOf, isCustomFilterParam } from '../../../lib/list-filters/custom-field-filters';
import { ColumnChooser } from '../../../lib/ui/column-chooser';
import { type DataColumn, DataTable, EmptyListMessage } from '../../../lib/ui/data-table';
import { PageHeader } from '../../../lib/ui/page-header';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { useSearchParamsState } from '../../../lib/use-search-params-state';
import { type Company, useCompanies, useIndustries } from '../api/companies';
import { CompanyFormDialog } from '../components/company-form-dialog';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;
const dimmedWhenEmpty = (value: unknown) => ({ color: value ? 'text.primary' : 'text.disabled' });

/** Every column the list can show, by the id the URL's `cols` holds. */
const BUILT_IN_COLUMNS: (DataColumn<Company> & { label: string })[] = [
  {
    id: 'company',
    label: 'Company',
    header: 'Company',
    sort: { field: 'name' },
    cell: (company) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <Avatar variant="rounded" sx={{ width: 34, height: 34, bgcolor: 'grey.100', color: 'grey.600', fontSize: '0.875rem', fontWeight: 650 }}>
          {company.name.charAt(0).toUpperCase()}
        </Avatar>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="subtitle2" component={Link} to={`/companies/${company.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'text.primary', textDecoration: 'none', display: 'block' }} noWrap>
            {company.name}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
            {company.domain ?? '—'}
          </Typography>
        </Box>
      </Box>
    ),
  },
  { id: 'industry', label: 'Industry', header: 'Industry', sort: { field: 'industry' }, cell: (company) => company.industry ?? '—', sxFor: (company) => dimmedWhenEmpty(company.industry) },
  { id: 'size', label: 'Size', header: 'Size', cell: (company) => company.size ?? '—', sxFor: (company) => dimmedWhenEmpty(company.size) },
  { id: 'contacts', label: 'Contacts', header: 'Contacts', align: 'right', sort: { field: 'contactCount', first: 'desc' }, cell: (company) => company.contactCount.toLocaleString() },
  { id: 'added', label: 'Added', header: 'Added', sort: { field: 'createdAt', first: 'desc' }, cell: (company) => formatDate(company.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
];
const DEFAULT_COLUMNS = ['company', 'industry', 'size', 'contacts', 'added'];

export function Component() {
  usePageTitle('Companies');
  const navigate = useNavigate();
  const { search, setSearch, debouncedSearch: debounced, page, setPage } = usePagedSearch(250);
  const [industry, setIndustry] = useState('');
  const [sort, setSort] = useState('name');
  const [creating, setCreating] = useState(false);
  const industries = useIndustries();
  // Columns and custom field filters live in the URL, as on the contacts list.
  const [params, update] = useSearchParamsState();
  const definitions = useFieldDefinitions('company').data ?? [];
  const customFilters = Object.fromEntries([...params].filter(([key]) => isCustomFilterParam(key)));
  const companies = useCompanies({ search: debounced || undefined, industry: industry || undefined, customFilters, sort, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const shown = params.get('cols')?.split(',').filter(Boolean) ?? DEFAULT_COLUMNS;
  const catalog = [...BUILT_IN_COLUMNS, ...definitions.map(customFieldColumn<Company>)];
  const columns = ['company', ...shown.filter((c) => c !== 'company')].flatMap((id) => catalog.find((c) => c.id === id) ?? []);
  const setColumns = (next: string[]) => {
    const value = ['company', ...next].join(',');
    update({ cols: value === DEFAULT_COLUMNS.join(',') ? null : value });
  };
  const total = companies.data?.total ?? 0;

  return (
    <>
      <PageHeader
        title="Companies"
        description={companies.data ? `${total.toLocaleString()} ${total === 1 ? 'company' : 'companies'}` : 'Organisations your contacts work for'}
        actions={
          <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
            New company
          </Button>
        }
      />
      <Box sx={{ display: 'flex', mb: 2 }}>
        <ColumnChooser
          options={catalog.filter((c) => c.id !== 'company').map((c) => ({ id: c.id, label: c.label, custom: c.id.startsWith('cf.') }))}
          visible={shown.filter((c) => c !== 'company')}
          onChange={setColumns}
          onReset={() => update({ cols: null })}
        />
      </Box>
      <DataTable
        label="Companies"
        columns={columns}
        query={companies}
        rowKey={(company) => company.id}
        onRowClick={(company) => navigate(`/companies/${company.id}`)}
        toolbar={
          <Box sx={{ display: 'flex', gap: 1.5, p: 2, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}>
            <SearchField size="small" placeholder="Search name or domain" label="Search companies" value={search} onChange={setSearch} sx={{ flex: '1 1 240px', maxWidth: { md: 320 } }} />
            <TextField select size="small" label="Industry" value={industry} onChange={(e) => { setIndustry(e.target.value); setPage(0); }} sx={{ minWidth: 200 }}>
              <MenuItem value="">All industries</MenuItem>
              {(industries.data ?? []).map((name) => (
                <MenuItem key={name} value={name}>
                  {name}
                </MenuItem>
              ))}
            </TextField>
            {definitions.length > 0 && (
              <Box sx={{ flexBasis: '100%' }}>
                <CustomFieldFilterBar
                  definitions={definitions}
                  filters={customFiltersOf(customFilters)}
                  onChange={(patch) => {
                    update(patch);
                    setPage(0);
                  }}
                />
              </Box>
            )}
          </Box>
        }
        sort={sort}
        onSortChange={(next) => {
          setSort(next);
          setPage(0);
        }}
        empty={
          <EmptyListMessage icon={<BusinessOutlined />} title={debounced || industry || Object.keys(customFilters).length ? 'No company matches' : 'No companies yet'}>
            Companies are also created when you import contacts with a company column.
          </EmptyListMessage>
        }
        loadingRows={5}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        alwaysShowPagination
      />
      <CompanyFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(company) => navigate(`/companies/${company.id}`)} />
    </>
  );
}
