import ArrowBack from '@mui/icons-material/ArrowBack';
import EditOutlined from '@mui/icons-material/EditOutlined';
import Language from '@mui/icons-material/Language';
import Avatar from '@mui/material/Avatar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Grid from '@mui/material/Grid';
import MuiLink from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { type ReactNode, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { DeleteButton } from '../../../lib/ui/delete-button';
import { isNotFound, NotFoundPanel } from '../../../lib/ui/not-found-panel';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { type CompanyContact, useCompany, useCompanyContacts, useDeleteCompany, useUpdateCompany } from '../api/companies';
import { CompanyFormDialog } from '../components/company-form-dialog';
import { usePageTitle } from '../../../lib/use-page-title';
import { CustomFieldsCard } from '../../../lib/custom-fields/custom-fields-card';

const PAGE_SIZE = 20;
const STATUS_COLORS: Record<CompanyContact['status'], string> = { lead: '#0284c7', prospect: '#d97706', customer: '#16a34a', archived: '#94a3b8' };
const STATUS_LABELS: Record<CompanyContact['status'], string> = { lead: 'Lead', prospect: 'Prospect', customer: 'Customer', archived: 'Archived' };

function StatusDot({ status }: { status: CompanyContact['status'] }) {
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.75 }}>
      <Box sx={{ width: 8, height: 8, borderRadius: '50%', bgcolor: STATUS_COLORS[status] }} />
      {STATUS_LABELS[status]}
    </Box>
  );
}

const CONTACT_COLUMNS: DataColumn<CompanyContact>[] = [
  { id: 'name', header: 'Name', cell: (contact) => contact.fullName, sx: { fontWeight: 600 } },
  { id: 'email', header: 'Email', cell: (contact) => contact.email, sx: { color: 'text.secondary' } },
  { id: 'status', header: 'Status', cell: (contact) => <StatusDot status={contact.status} /> },
  {
    id: 'owner',
    header: 'Owner',
    cell: (contact) => <Box component="span" sx={{ color: contact.assignedTo ? 'text.primary' : 'text.disabled' }}>{contact.assignedTo?.name ?? 'Unassigned'}</Box>,
  },
];

function Fact({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Box sx={{ py: 1.25, borderBottom: 1, borderColor: 'divider', '&:last-of-type': { borderBottom: 0 } }}>
      <Typography variant="caption" sx={{ color: 'text.secondary', fontWeight: 600 }} component="div">
        {label}
      </Typography>
      <Typography variant="body2" component="div">
        {value}
      </Typography>
    </Box>
  );
}

export function Component() {
  const { id = '' } = useParams();
  const canDelete = useCanManage();
  const navigate = useNavigate();
  const company = useCompany(id);
  usePageTitle(company.data?.name, 'Companies');
  const [page, setPage] = useState(0);
  const contacts = useCompanyContacts(id, page * PAGE_SIZE, PAGE_SIZE);
  const remove = useDeleteCompany();
  const update = useUpdateCompany();
  const [editing, setEditing] = useState(false);

  if (company.isPending) return <Skeleton variant="rounded" height={360} />;
  if (company.isError) {
    if (isNotFound(company.error)) return <NotFoundPanel title="Company not found" backTo="/companies" backLabel="Back to companies" />;
    return <QueryErrorAlert query={company} />;
  }
  const c = company.data;

  return (
    <>
      <Button component={Link} to="/companies" startIcon={<ArrowBack />} color="inherit" size="small" sx={{ mb: 1.5, color: 'text.secondary' }}>
        Companies
      </Button>
      <Box sx={{ display: 'flex', alignItems: { sm: 'center' }, flexDirection: { xs: 'column', sm: 'row' }, gap: 2, mb: 3 }}>
        <Avatar variant="rounded" sx={{ width: 56, height: 56, bgcolor: 'grey.100', color: 'grey.600', fontSize: '1.5rem', fontWeight: 700 }}>
          {c.name.charAt(0).toUpperCase()}
        </Avatar>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h4" component="h1">
            {c.name}
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
            {[c.industry, c.size && `${c.size} employees`, `${c.contactCount} contact${c.contactCount === 1 ? '' : 's'}`].filter(Boolean).join(' · ')}
          </Typography>
        </Box>
        <Box sx={{ display: 'flex', gap: 1 }}>
          <Button variant="outlined" color="inherit" startIcon={<EditOutlined />} onClick={() => setEditing(true)}>
            Edit
          </Button>
          {canDelete && (
            <DeleteButton item={c} noun="company" remove={remove} onDeleted={() => navigate('/companies', { replace: true })}>
              Its contacts and deals stay in Corral, without a company. This cannot be undone.
            </DeleteButton>
          )}
        </Box>
      </Box>

      <Grid container spacing={3}>
        <Grid size={{ xs: 12, md: 4 }}>
          <Card sx={{ mb: 3 }}>
            <CardContent sx={{ pb: '12px !important' }}>
              <Typography variant="subtitle1" component="h2" sx={{ mb: 0.5 }}>
                About
              </Typography>
              <Fact
                label="Website"
                value={
                  c.domain ? (
                    <MuiLink href={`https://${c.domain}`} target="_blank" rel="noopener noreferrer" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
                      <Language sx={{ fontSize: 16 }} />
                      {c.domain}
                    </MuiLink>
                  ) : (
                    '—'
                  )
                }
              />
              <Fact label="Industry" value={c.industry ?? '—'} />
              <Fact label="Size" value={c.size ? `${c.size} employees` : '—'} />
            </CardContent>
          </Card>
          <Box sx={{ mb: 3 }}>
            <CustomFieldsCard objectType="company" values={c.customFields} onSave={(customFields) => update.mutateAsync({ id: c.id, changes: { customFields } })} />
          </Box>
          <Card>
            <CardContent>
              <Typography variant="subtitle1" component="h2" sx={{ mb: 1.5 }}>
                Contacts by status
              </Typography>
              {(Object.keys(STATUS_LABELS) as CompanyContact['status'][]).map((status) => {
                const count = c.contactsByStatus[status];
                const share = c.contactCount ? (count / c.contactCount) * 100 : 0;
                return (
                  <Box key={status} sx={{ mb: 1.25 }}>
                    <Box sx={{ display: 'flex', justifyContent: 'space-between', fontSize: '0.8125rem', mb: 0.5 }}>
                      <StatusDot status={status} />
                      <span>{count}</span>
                    </Box>
                    <Box sx={{ height: 6, borderRadius: 3, bgcolor: 'grey.100', overflow: 'hidden' }}>
                      <Box sx={{ width: `${share}%`, height: '100%', bgcolor: STATUS_COLORS[status] }} />
                    </Box>
                  </Box>
                );
              })}
            </CardContent>
          </Card>
        </Grid>
        <Grid size={{ xs: 12, md: 8 }}>
          <DataTable
            label={`Contacts at ${c.name}`}
            columns={CONTACT_COLUMNS}
            query={contacts}
            rowKey={(contact) => contact.id}
            onRowClick={(contact) => navigate(`/contacts/${contact.id}`)}
            empty={`No contacts at ${c.name} yet.`}
            page={page}
            pageSize={PAGE_SIZE}
            onPageChange={setPage}
            loadingRows={1}
            toolbar={
              <Box sx={{ display: 'flex', alignItems: 'center', p: 2, borderBottom: 1, borderColor: 'divider' }}>
                <Typography variant="subtitle1" component="h2" sx={{ flexGrow: 1 }}>
                  Contacts
                </Typography>
                <Button size="small" component={Link} to={`/contacts?company=${c.id}&companyName=${encodeURIComponent(c.name)}`}>
                  Open in contacts
                </Button>
              </Box>
            }
          />
        </Grid>
      </Grid>

      <CompanyFormDialog open={editing} company={c} onClose={() => setEditing(false)} onSaved={() => undefined} />
    </>
  );
}
