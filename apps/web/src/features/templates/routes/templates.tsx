import Add from '@mui/icons-material/Add';
import MailOutline from '@mui/icons-material/MailOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { PageHeader } from '../../../lib/ui/page-header';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { type TemplateSummary, useTemplates } from '../api/get-templates';

const PAGE_SIZE = 25;

const COLUMNS: DataColumn<TemplateSummary>[] = [
  {
    id: 'name',
    header: 'Name',
    cell: (template) => (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
        <MailOutline fontSize="small" color="action" />
        <Typography variant="subtitle2" component={Link} to={`/templates/${template.id}`} sx={{ color: 'inherit', textDecoration: 'none' }} onClick={(e) => e.stopPropagation()}>
          {template.name}
        </Typography>
      </Box>
    ),
  },
  { id: 'subject', header: 'Subject', cell: (template) => template.subject, sx: { color: 'text.secondary' } },
  { id: 'updated', header: 'Updated', align: 'right', cell: (template) => formatDateTime(template.updatedAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
];

export function Component() {
  const navigate = useNavigate();
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const templates = useTemplates({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });

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
        <SearchField placeholder="Search templates" label="Search templates" value={search} onChange={setSearch} />
      </Box>
      <DataTable
        label="Templates"
        columns={COLUMNS}
        query={templates}
        rowKey={(template) => template.id}
        onRowClick={(template) => navigate(`/templates/${template.id}`)}
        empty={debouncedSearch ? 'No template matches your search.' : 'No templates yet. Create one to start sending campaigns.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
    </>
  );
}
