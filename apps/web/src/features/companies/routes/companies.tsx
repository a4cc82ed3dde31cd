import { errorMessage } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
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
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDate } from '../../../lib/format';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useCompanies, useIndustries } from '../api/companies';
import { CompanyFormDialog } from '../components/company-form-dialog';

const PAGE_SIZE = 25;
const COLUMNS = [
  { label: 'Company', sort: 'name' },
  { label: 'Industry', sort: 'industry' },
  { label: 'Size' },
  { label: 'Contacts', sort: 'contactCount', align: 'right' as const },
  { label: 'Added', sort: 'createdAt' },
];

export function Component() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [industry, setIndustry] = useState('');
  const [sort, setSort] = useState('name');
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const debounced = useDebouncedValue(search.trim(), 250);
  const industries = useIndustries();
  const companies = useCompanies({ search: debounced || undefined, industry: industry || undefined, sort, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const rows = companies.data?.data ?? [];
  const total = companies.data?.total ?? 0;

  function toggleSort(field: string) {
    setSort(sort === field ? `-${field}` : field === 'contactCount' || field === 'createdAt' ? `-${field}` : field);
    setPage(0);
  }

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
      {companies.isError && (
        <Alert severity="error" sx={{ mb: 2 }}>
          {errorMessage(companies.error)}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <Box sx={{ display: 'flex', gap: 1.5, p: 2, borderBottom: 1, borderColor: 'divider', flexWrap: 'wrap' }}>
          <TextField
            size="small"
            placeholder="Search name or domain"
            value={search}
            onChange={(e) => {
              setSearch(e.target.value);
              setPage(0);
            }}
            slotProps={{ input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> }, htmlInput: { 'aria-label': 'Search companies' } }}
            sx={{ flex: '1 1 240px', maxWidth: { md: 320 } }}
          />
          <TextField select size="small" label="Industry" value={industry} onChange={(e) => { setIndustry(e.target.value); setPage(0); }} sx={{ minWidth: 200 }}>
            <MenuItem value="">All industries</MenuItem>
            {(industries.data ?? []).map((name) => (
              <MenuItem key={name} value={name}>
                {name}
              </MenuItem>
            ))}
          </TextField>
        </Box>
        <TableContainer>
          <Table aria-label="Companies">
            <TableHead>
              <TableRow>
                {COLUMNS.map((column) => (
                  <TableCell key={column.label} align={column.align}>
                    {column.sort ? (
                      <TableSortLabel active={sort.replace('-', '') === column.sort} direction={sort.startsWith('-') ? 'desc' : 'asc'} onClick={() => toggleSort(column.sort as string)}>
                        {column.label}
                      </TableSortLabel>
                    ) : (
                      column.label
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody sx={{ opacity: companies.isPlaceholderData ? 0.6 : 1 }}>
              {companies.isPending &&
                Array.from({ length: 5 }, (_, i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={5}>
                      <Skeleton height={36} />
                    </TableCell>
                  </TableRow>
                ))}
              {!companies.isPending && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 8, textAlign: 'center' }}>
                    <BusinessOutlined sx={{ fontSize: 36, color: 'grey.300' }} />
                    <Typography variant="subtitle1" sx={{ mt: 1 }}>
                      {debounced || industry ? 'No company matches' : 'No companies yet'}
                    </Typography>
                    <Typography variant="body2" color="text.secondary">
                      Companies are also created when you import contacts with a company column.
                    </Typography>
                  </TableCell>
                </TableRow>
              )}
              {rows.map((company) => (
                <TableRow key={company.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/companies/${company.id}`)}>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
                      <Avatar variant="rounded" sx={{ width: 34, height: 34, bgcolor: 'grey.100', color: 'grey.600', fontSize: '0.875rem', fontWeight: 650 }}>
                        {company.name.charAt(0).toUpperCase()}
                      </Avatar>
                      <Box sx={{ minWidth: 0 }}>
                        <Typography variant="subtitle2" component={Link} to={`/companies/${company.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'text.primary', textDecoration: 'none', display: 'block' }} noWrap>
                          {company.name}
                        </Typography>
                        <Typography variant="body2" color="text.secondary" noWrap>
                          {company.domain ?? '—'}
                        </Typography>
                      </Box>
                    </Box>
                  </TableCell>
                  <TableCell sx={{ color: company.industry ? 'text.primary' : 'text.disabled' }}>{company.industry ?? '—'}</TableCell>
                  <TableCell sx={{ color: company.size ? 'text.primary' : 'text.disabled' }}>{company.size ?? '—'}</TableCell>
                  <TableCell align="right">{company.contactCount.toLocaleString()}</TableCell>
                  <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{formatDate(company.createdAt)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
        <TablePagination component="div" count={total} page={page} onPageChange={(_, next) => setPage(next)} rowsPerPage={PAGE_SIZE} rowsPerPageOptions={[PAGE_SIZE]} />
      </Paper>
      <CompanyFormDialog open={creating} onClose={() => setCreating(false)} onSaved={(company) => navigate(`/companies/${company.id}`)} />
    </>
  );
}
