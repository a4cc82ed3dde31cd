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
import { formatDate } from '../../../lib/format';
import { type DataColumn, DataTable, EmptyListMessage } from '../../../lib/ui/data-table';
import { PageHeader } from '../../../lib/ui/page-header';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { type Company, useCompanies, useIndustries } from '../api/companies';
import { CompanyFormDialog } from '../components/company-form-dialog';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;
const dimmedWhenEmpty = (value: unknown) => ({ color: value ? 'text.primary' : 'text.disabled' });

const COLUMNS: DataColumn<Company>[] = [
  {
    id: 'company',
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
  { id: 'industry', header: 'Industry', sort: { field: 'industry' }, cell: (company) => company.industry ?? '—', sxFor: (company) => dimmedWhenEmpty(company.industry) },
  { id: 'size', header: 'Size', cell: (company) => company.size ?? '—', sxFor: (company) => dimmedWhenEmpty(company.size) },
  { id: 'contacts', header: 'Contacts', align: 'right', sort: { field: 'contactCount', first: 'desc' }, cell: (company) => company.contactCount.toLocaleString() },
  { id: 'added', header: 'Added', sort: { field: 'createdAt', first: 'desc' }, cell: (company) => formatDate(company.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
];

export function Component() {
  usePageTitle('Companies');
  const navigate = useNavigate();
  const { search, setSearch, debouncedSearch: debounced, page, setPage } = usePagedSearch(250);
  const [industry, setIndustry] = useState('');
  const [sort, setSort] = useState('name');
  const [creating, setCreating] = useState(false);
  const industries = useIndustries();
  const companies = useCompanies({ search: debounced || undefined, industry: industry || undefined, sort, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
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
      <DataTable
        label="Companies"
        columns={COLUMNS}
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
          </Box>
        }
        sort={sort}
        onSortChange={(next) => {
          setSort(next);
          setPage(0);
        }}
        empty={
          <EmptyListMessage icon={<BusinessOutlined />} title={debounced || industry ? 'No company matches' : 'No companies yet'}>
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
