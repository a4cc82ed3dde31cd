import Add from '@mui/icons-material/Add';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import MailOutline from '@mui/icons-material/MailOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { PageHeader } from '../../../lib/ui/page-header';
import { RowAction } from '../../../lib/ui/row-action';
import { SearchField } from '../../../lib/ui/search-field';
import { usePagedSearch } from '../../../lib/use-paged-search';
import { DELETE_TEMPLATE_CONSEQUENCE, useDeleteTemplate } from '../api/delete-template';
import { type TemplateSummary, useTemplates } from '../api/get-templates';
import { usePageTitle } from '../../../lib/use-page-title';

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
  usePageTitle('Templates');
  const navigate = useNavigate();
  // Members may read templates; the API lets only managers and admins create or delete them.
  const canManage = useCanManage();
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const templates = useTemplates({ search: debouncedSearch || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteTemplate();
  const [deleting, setDeleting] = useState<TemplateSummary | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <>
      <PageHeader
        title="Templates"
        description="Reusable emails with merge tags; campaigns send one of them."
        actions={
          canManage && (
            <Button variant="contained" startIcon={<Add />} component={Link} to="/templates/new">
              New template
            </Button>
          )
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
        rowActions={
          canManage
            ? (template) => <RowAction label={`Delete ${template.name}`} title="Delete" icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(template)} />
            : undefined
        }
        empty={debouncedSearch ? 'No template matches your search.' : canManage ? 'No templates yet. Create one to start sending campaigns.' : 'No templates yet.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      <ConfirmDeleteDialog item={deleting} noun="template" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        {DELETE_TEMPLATE_CONSEQUENCE}
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
