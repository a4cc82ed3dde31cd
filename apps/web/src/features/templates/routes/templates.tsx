import { errorMessage } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import MailOutline from '@mui/icons-material/MailOutlined';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import InputAdornment from '@mui/material/InputAdornment';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { useTemplates } from '../api/get-templates';

const PAGE_SIZE = 25;

export function Component() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(0);
  const debouncedSearch = useDebouncedValue(search.trim());
  const templates = useTemplates({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const rows = templates.data?.data ?? [];

  return (
    <>
      <PageHeader
        title="Templates"
        description="Reusable emails with merge tags; campaigns send one of them."
        actions={
          <Button variant="contained" startIcon={<Add />} component={Link} to="/templates/new">
            New template
          </Button>
        }
      />
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 2 }}>
        <TextField
          placeholder="Search templates"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Search templates' },
          }}
          sx={{ width: { xs: '100%', sm: 280 } }}
        />
      </Box>
      {templates.isError && <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(templates.error)}</Alert>}
      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <TableContainer>
          <Table aria-label="Templates">
            <TableHead>
              <TableRow>
                <TableCell>Name</TableCell>
                <TableCell>Subject</TableCell>
                <TableCell align="right">Updated</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {templates.isPending &&
                [0, 1, 2].map((i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={3}><Skeleton /></TableCell>
                  </TableRow>
                ))}
              {rows.map((template) => (
                <TableRow key={template.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/templates/${template.id}`)}>
                  <TableCell>
                    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
                      <MailOutline fontSize="small" color="action" />
                      <Typography variant="subtitle2" component={Link} to={`/templates/${template.id}`} sx={{ color: 'inherit', textDecoration: 'none' }} onClick={(e) => e.stopPropagation()}>
                        {template.name}
                      </Typography>
                    </Box>
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary' }}>{template.subject}</TableCell>
                  <TableCell align="right" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{formatDateTime(template.updatedAt)}</TableCell>
                </TableRow>
              ))}
              {templates.isSuccess && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={3} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                    {debouncedSearch ? 'No template matches your search.' : 'No templates yet. Create one to start sending campaigns.'}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {(templates.data?.total ?? 0) > PAGE_SIZE && (
          <TablePagination component="div" count={templates.data?.total ?? 0} page={page} rowsPerPage={PAGE_SIZE} rowsPerPageOptions={[PAGE_SIZE]} onPageChange={(_, p) => setPage(p)} />
        )}
      </Paper>
    </>
  );
}
