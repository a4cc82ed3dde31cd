import Add from '@mui/icons-material/Add';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import DeleteOutlined from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
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
import { cannotDeleteReason, deleteConsequence, useDeleteCampaign } from '../api/delete-campaign';
import { type Campaign, type CampaignStatus, useCampaigns } from '../api/get-campaigns';
import { CAMPAIGN_STATUSES, campaignStatusLabel, CampaignStatusChip, formatRate } from '../components/campaign-status-chip';
import { usePageTitle } from '../../../lib/use-page-title';

const PAGE_SIZE = 25;

function when(campaign: Campaign): string {
  if (campaign.completedAt) return `Sent ${formatDateTime(campaign.completedAt)}`;
  if (campaign.startedAt) return `Started ${formatDateTime(campaign.startedAt)}`;
  if (campaign.scheduledAt) return `Scheduled for ${formatDateTime(campaign.scheduledAt)}`;
  return `Created ${formatDateTime(campaign.createdAt)}`;
}

/** Figures of a campaign that has started sending; a dash before that. */
function figure(campaign: Campaign, value: (stats: Campaign['stats']) => string): string {
  return campaign.status === 'draft' || campaign.status === 'scheduled' ? '—' : value(campaign.stats);
}

const COLUMNS: DataColumn<Campaign>[] = [
  {
    id: 'campaign',
    header: 'Campaign',
    cell: (c) => (
      <>
        <Typography variant="subtitle2" component={Link} to={`/campaigns/${c.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'inherit', textDecoration: 'none' }}>
          {c.name}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {c.templateName ?? 'No template'} · {when(c)}
        </Typography>
      </>
    ),
  },
  { id: 'status', header: 'Status', cell: (c) => <CampaignStatusChip status={c.status} /> },
  { id: 'sent', header: 'Sent', align: 'right', cell: (c) => figure(c, (s) => `${s.sent.toLocaleString()} / ${s.recipients.toLocaleString()}`) },
  { id: 'open-rate', header: 'Open rate', align: 'right', cell: (c) => figure(c, (s) => (c.trackOpens ? formatRate(s.openRate) : 'Not tracked')) },
  { id: 'click-rate', header: 'Click rate', align: 'right', cell: (c) => figure(c, (s) => (c.trackClicks ? formatRate(s.clickRate) : 'Not tracked')) },
];

export function Component() {
  usePageTitle('Campaigns');
  const navigate = useNavigate();
  // Members may read campaigns; the API lets only managers and admins change them or see suppressions.
  const canManage = useCanManage();
  const { search, setSearch, debouncedSearch, page, setPage } = usePagedSearch();
  const [status, setStatus] = useState<CampaignStatus | ''>('');
  const campaigns = useCampaigns({ search: debouncedSearch || undefined, status: status || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const remove = useDeleteCampaign();
  const [deleting, setDeleting] = useState<Campaign | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Email a segment of your contacts and follow opens and clicks."
        actions={
          canManage && (
            <>
              <Button startIcon={<BlockOutlined />} component={Link} to="/campaigns/suppressions">
                Suppressions
              </Button>
              <Button variant="contained" startIcon={<Add />} component={Link} to="/campaigns/new">
                New campaign
              </Button>
            </>
          )
        }
      />
      <Box sx={{ display: 'flex', gap: 2, justifyContent: 'flex-end', mb: 2, flexWrap: 'wrap' }}>
        <TextField
          select
          label="Status"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as CampaignStatus | '');
            setPage(0);
          }}
          sx={{ width: 180 }}
        >
          <MenuItem value="">All statuses</MenuItem>
          {CAMPAIGN_STATUSES.map((s) => (
            <MenuItem key={s} value={s}>
              {campaignStatusLabel(s)}
            </MenuItem>
          ))}
        </TextField>
        <SearchField placeholder="Search campaigns" label="Search campaigns" value={search} onChange={setSearch} />
      </Box>
      <DataTable
        label="Campaigns"
        columns={COLUMNS}
        query={campaigns}
        rowKey={(c) => c.id}
        onRowClick={(c) => navigate(`/campaigns/${c.id}`)}
        rowActions={
          canManage
            ? (c) => <RowAction label={`Delete ${c.name}`} title="Delete" disabledReason={cannotDeleteReason(c)} icon={<DeleteOutlined fontSize="small" />} onClick={() => setDeleting(c)} />
            : undefined
        }
        empty={debouncedSearch || status ? 'No campaign matches these filters.' : canManage ? 'No campaigns yet. Create one to email your contacts.' : 'No campaigns yet.'}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />
      <ConfirmDeleteDialog item={deleting} noun="campaign" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        {deleteConsequence}
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}
