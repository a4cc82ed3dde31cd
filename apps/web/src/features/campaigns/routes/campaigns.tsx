import { errorMessage } from '@corral/api-client';
import Add from '@mui/icons-material/Add';
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import Search from '@mui/icons-material/Search';
import Alert from '@mui/material/Alert';
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
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { PageHeader } from '../../../lib/ui/page-header';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import { type Campaign, type CampaignStatus, useCampaigns } from '../api/get-campaigns';
import { CAMPAIGN_STATUSES, campaignStatusLabel, CampaignStatusChip, formatRate } from '../components/campaign-status-chip';

const PAGE_SIZE = 25;

function when(campaign: Campaign): string {
  if (campaign.completedAt) return `Sent ${formatDateTime(campaign.completedAt)}`;
  if (campaign.startedAt) return `Started ${formatDateTime(campaign.startedAt)}`;
  if (campaign.scheduledAt) return `Scheduled for ${formatDateTime(campaign.scheduledAt)}`;
  return `Created ${formatDateTime(campaign.createdAt)}`;
}

export function Component() {
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState<CampaignStatus | ''>('');
  const [page, setPage] = useState(0);
  const debouncedSearch = useDebouncedValue(search.trim());
  const campaigns = useCampaigns({ search: debouncedSearch || undefined, status: status || undefined, limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const rows = campaigns.data?.data ?? [];

  return (
    <>
      <PageHeader
        title="Campaigns"
        description="Email a segment of your contacts and follow opens and clicks."
        actions={
          <>
            <Button startIcon={<BlockOutlined />} component={Link} to="/campaigns/suppressions">
              Suppressions
            </Button>
            <Button variant="contained" startIcon={<Add />} component={Link} to="/campaigns/new">
              New campaign
            </Button>
          </>
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
        <TextField
          placeholder="Search campaigns"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(0);
          }}
          slotProps={{
            input: { startAdornment: <InputAdornment position="start"><Search fontSize="small" /></InputAdornment> },
            htmlInput: { 'aria-label': 'Search campaigns' },
          }}
          sx={{ width: { xs: '100%', sm: 280 } }}
        />
      </Box>
      {campaigns.isError && <Alert severity="error" sx={{ mb: 2 }}>{errorMessage(campaigns.error)}</Alert>}
      <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }}>
        <TableContainer>
          <Table aria-label="Campaigns">
            <TableHead>
              <TableRow>
                <TableCell>Campaign</TableCell>
                <TableCell>Status</TableCell>
                <TableCell align="right">Sent</TableCell>
                <TableCell align="right">Open rate</TableCell>
                <TableCell align="right">Click rate</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {campaigns.isPending &&
                [0, 1, 2].map((i) => (
                  <TableRow key={i}>
                    <TableCell colSpan={5}><Skeleton /></TableCell>
                  </TableRow>
                ))}
              {rows.map((c) => {
                const started = c.status !== 'draft' && c.status !== 'scheduled';
                return (
                  <TableRow key={c.id} hover sx={{ cursor: 'pointer' }} onClick={() => navigate(`/campaigns/${c.id}`)}>
                    <TableCell>
                      <Typography variant="subtitle2" component={Link} to={`/campaigns/${c.id}`} onClick={(e) => e.stopPropagation()} sx={{ color: 'inherit', textDecoration: 'none' }}>
                        {c.name}
                      </Typography>
                      <Typography variant="body2" color="text.secondary">
                        {c.templateName ?? 'No template'} · {when(c)}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <CampaignStatusChip status={c.status} />
                    </TableCell>
                    <TableCell align="right">{started ? `${c.stats.sent.toLocaleString()} / ${c.stats.recipients.toLocaleString()}` : '—'}</TableCell>
                    <TableCell align="right">{started ? formatRate(c.stats.openRate) : '—'}</TableCell>
                    <TableCell align="right">{started ? formatRate(c.stats.clickRate) : '—'}</TableCell>
                  </TableRow>
                );
              })}
              {campaigns.isSuccess && rows.length === 0 && (
                <TableRow>
                  <TableCell colSpan={5} sx={{ py: 6, textAlign: 'center', color: 'text.secondary' }}>
                    {debouncedSearch || status ? 'No campaign matches these filters.' : 'No campaigns yet. Create one to email your contacts.'}
                  </TableCell>
                </TableRow>
              )}
            </TableBody>
          </Table>
        </TableContainer>
        {(campaigns.data?.total ?? 0) > PAGE_SIZE && (
          <TablePagination component="div" count={campaigns.data?.total ?? 0} page={page} rowsPerPage={PAGE_SIZE} rowsPerPageOptions={[PAGE_SIZE]} onPageChange={(_, p) => setPage(p)} />
        )}
      </Paper>
    </>
  );
}
