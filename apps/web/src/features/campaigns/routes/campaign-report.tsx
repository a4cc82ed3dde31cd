import ArrowBack from '@mui/icons-material/ArrowBack';
import Cancel from '@mui/icons-material/CancelOutlined';
import Edit from '@mui/icons-material/EditOutlined';
import Pause from '@mui/icons-material/PauseCircleOutlined';
import PlayArrow from '@mui/icons-material/PlayCircleOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
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
import Tooltip from '@mui/material/Tooltip';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { LineChart, lineClasses } from '@mui/x-charts/LineChart';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useCanManage } from '../../../lib/auth';
import { formatDateTime } from '../../../lib/format';
import { ConfirmDialog } from '../../../lib/ui/confirm-dialog';
import { PageHeader } from '../../../lib/ui/page-header';
import { type CampaignAction, useCampaignAction } from '../api/campaign-actions';
import { useCampaign } from '../api/get-campaign';
import { campaignsKeys } from '../api/campaigns-keys';
import { type EmailLogStatus, useCampaignLinks, useCampaignLogs, useCampaignTimeline, useUnsubscribeReasons } from '../api/get-campaign-report';
import type { Campaign } from '../api/get-campaigns';
import { RecipientLookup } from '../components/recipient-lookup';
import { CampaignStatusChip, formatRate } from '../components/campaign-status-chip';
import { DeleteCampaignButton } from '../components/delete-campaign-button';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { isNotFound } from '../../../lib/ui/not-found-panel';
import { CampaignNotFound } from '../components/campaign-not-found';
import { usePageTitle } from '../../../lib/use-page-title';

const LOG_PAGE_SIZE = 25;
const LIVE_REFRESH_MS = 3000;
const LOG_STATUSES: { value: EmailLogStatus; label: string; color: 'default' | 'success' | 'error' | 'warning' | 'info' }[] = [
  { value: 'pending', label: 'Pending', color: 'default' },
  { value: 'sent', label: 'Sent', color: 'info' },
  { value: 'delivered', label: 'Delivered', color: 'success' },
  { value: 'failed', label: 'Failed', color: 'error' },
  { value: 'bounced', label: 'Bounced', color: 'warning' },
];

function StatCard({ label, value, hint }: { label: string; value: ReactNode; hint?: string }) {
  return (
    <Paper variant="outlined" sx={{ p: 2, borderRadius: 3 }} role="group" aria-label={label}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ fontWeight: 700, mt: 0.5 }}>
        {value}
      </Typography>
      {hint && (
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          {hint}
        </Typography>
      )}
    </Paper>
  );
}

const CONFIRM: Record<Exclude<CampaignAction, 'send'>, { title: string; body: string; button: string }> = {
  pause: { title: 'Pause sending?', body: 'Emails not yet sent wait until you resume.', button: 'Pause' },
  resume: { title: 'Resume sending?', body: 'The remaining recipients get the email.', button: 'Resume' },
  cancel: { title: 'Cancel this campaign?', body: 'Recipients who have not been sent the email yet never get it. This cannot be undone.', button: 'Cancel campaign' },
};

/** Edit, pause, resume, cancel, delete: what the campaign's state allows; only for admins and managers. */
function Controls({ campaign }: { campaign: Campaign }) {
  const action = useCampaignAction();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Exclude<CampaignAction, 'send'> | null>(null);
  const can = {
    edit: campaign.status === 'draft' || campaign.status === 'scheduled',
    pause: campaign.status === 'scheduled' || campaign.status === 'sending',
    resume: campaign.status === 'paused',
    cancel: campaign.status === 'scheduled' || campaign.status === 'sending' || campaign.status === 'paused',
  };
  // A refused action's error must not greet the next one.
  const close = () => {
    setAsking(null);
    action.reset();
  };
  return (
    <>
      {can.edit && (
        <Button variant="outlined" startIcon={<Edit />} component={Link} to={`/campaigns/${campaign.id}/edit`}>
          {campaign.status === 'draft' ? 'Edit and send' : 'Edit'}
        </Button>
      )}
      {can.pause && (
        <Button variant="outlined" startIcon={<Pause />} onClick={() => setAsking('pause')}>
          Pause
        </Button>
      )}
      {can.resume && (
        <Button variant="contained" startIcon={<PlayArrow />} onClick={() => setAsking('resume')}>
          Resume
        </Button>
      )}
      {can.cancel && (
        <Button color="error" variant="outlined" startIcon={<Cancel />} onClick={() => setAsking('cancel')}>
          Cancel
        </Button>
      )}
      <DeleteCampaignButton campaign={campaign} onDeleted={() => navigate('/campaigns')} />
      {asking && (
        <ConfirmDialog
          open
          title={CONFIRM[asking].title}
          cancelLabel="Back"
          confirmLabel={CONFIRM[asking].button}
          color={asking === 'cancel' ? 'error' : 'primary'}
          pending={action.isPending}
          error={action.error}
          onCancel={close}
          onConfirm={() => action.mutate({ id: campaign.id, action: asking }, { onSuccess: () => setAsking(null) })}
        >
          {CONFIRM[asking].body}
        </ConfirmDialog>
      )}
    </>
  );
}

/** Which engagement a campaign records: an untracked figure is left out rather than drawn as zero. */
interface Tracking {
  trackOpens: boolean;
  trackClicks: boolean;
}

function Timeline({ id, refresh, tracking }: { id: string; refresh: number | false; tracking: Tracking }) {
  const timeline = useCampaignTimeline(id, refresh);
  const title = tracking.trackOpens || tracking.trackClicks ? 'Opens and clicks over time' : 'Emails sent over time';
  const points = timeline.data?.points ?? [];
  const format = (d: Date) =>
    timeline.data?.interval === 'day' ? d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' }) : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
  return (
    <Paper variant="outlined" sx={{ p: 3, borderRadius: 3 }} component="section" aria-label={title}>
      <Typography variant="h6" component="h2">
        {title}
      </Typography>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        Per {timeline.data?.interval ?? 'hour'}, from the first email sent.
      </Typography>
      {timeline.isPending ? (
        <Skeleton variant="rounded" height={260} sx={{ mt: 2 }} />
      ) : timeline.isError ? (
        <QueryErrorAlert query={timeline} sx={{ mt: 2 }} />
      ) : points.length === 0 ? (
        <Box sx={{ height: 260, display: 'grid', placeItems: 'center', color: 'text.secondary' }}>Nothing sent yet.</Box>
      ) : (
        <LineChart
          height={280}
          grid={{ horizontal: true }}
          // One tick per bucket that has figures: a time scale spread its own ticks between two
          // buckets a minute apart and printed the same minute a dozen times.
          xAxis={[{ scaleType: 'point', data: points.map((p) => new Date(p.at)), valueFormatter: format, tickLabelStyle: { fontSize: 11 } }]}
          yAxis={[{ tickMinStep: 1, tickLabelStyle: { fontSize: 11 }, width: 44 }]}
          series={[
            { id: 'sent', curve: 'linear', label: 'Sent', data: points.map((p) => p.sent), color: '#94a3b8', area: true, showMark: points.length < 3 },
            ...(tracking.trackOpens ? [{ id: 'opened', curve: 'linear' as const, label: 'Opened', data: points.map((p) => p.opened), color: '#2563eb', showMark: points.length < 3 }] : []),
            ...(tracking.trackClicks ? [{ id: 'clicked', curve: 'linear' as const, label: 'Clicked', data: points.map((p) => p.clicked), color: '#16a34a', showMark: points.length < 3 }] : []),
          ]}
          margin={{ left: 0, right: 32, top: 16, bottom: 0 }}
          sx={{ [`& .${lineClasses.area}`]: { fillOpacity: 0.14 }, [`& .${lineClasses.line}`]: { strokeWidth: 2 } }}
        />
      )}
    </Paper>
  );
}

function Logs({ id, refresh, tracking }: { id: string; refresh: number | false; tracking: Tracking }) {
  const [status, setStatus] = useState<EmailLogStatus | ''>('');
  const [page, setPage] = useState(0);
  const logs = useCampaignLogs(id, { status: status || undefined, limit: LOG_PAGE_SIZE, offset: page * LOG_PAGE_SIZE }, refresh);
  const rows = logs.data?.data ?? [];
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }} component="section" aria-label="Recipients">
      <Box sx={{ display: 'flex', alignItems: 'center', p: 2.5, gap: 2 }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Recipients
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            One row per email, with what the recipient did with it.
          </Typography>
        </Box>
        <TextField
          select
          size="small"
          label="Delivery"
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as EmailLogStatus | '');
            setPage(0);
          }}
          sx={{ width: 170 }}
        >
          <MenuItem value="">All</MenuItem>
          {LOG_STATUSES.map((s) => (
            <MenuItem key={s.value} value={s.value}>
              {s.label}
            </MenuItem>
          ))}
        </TextField>
      </Box>
      <TableContainer>
        <Table size="small" aria-label="Email log">
          <TableHead>
            <TableRow>
              <TableCell>Recipient</TableCell>
              <TableCell>Delivery</TableCell>
              <TableCell>Sent</TableCell>
              <TableCell align="right">Opens</TableCell>
              <TableCell align="right">Clicks</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((log) => {
              const meta = LOG_STATUSES.find((s) => s.value === log.status)!;
              return (
                <TableRow key={log.id}>
                  <TableCell>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>
                      {log.contactName ?? log.email}
                    </Typography>
                    <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                      {log.email}
                    </Typography>
                  </TableCell>
                  <TableCell>
                    <Tooltip title={log.errorMessage ?? ''}>
                      <Chip size="small" label={meta.label} color={meta.color} variant="outlined" />
                    </Tooltip>
                    {log.unsubscribedAt && <Chip size="small" label="Unsubscribed" sx={{ ml: 0.5 }} />}
                  </TableCell>
                  <TableCell sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>{log.sentAt ? formatDateTime(log.sentAt) : '—'}</TableCell>
                  <TableCell align="right">{tracking.trackOpens ? log.openCount : <NotTracked />}</TableCell>
                  <TableCell align="right">{tracking.trackClicks ? log.clickCount : <NotTracked />}</TableCell>
                </TableRow>
              );
            })}
            {logs.isSuccess && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={5} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                  {status ? 'No email has this status.' : 'No emails yet.'}
                </TableCell>
              </TableRow>
            )}
          </TableBody>
        </Table>
      </TableContainer>
      {logs.isError && <QueryErrorAlert query={logs} />}
      <TablePagination
        component="div"
        count={logs.data?.total ?? 0}
        page={page}
        rowsPerPage={LOG_PAGE_SIZE}
        rowsPerPageOptions={[LOG_PAGE_SIZE]}
        onPageChange={(_, p) => setPage(p)}
      />
    </Paper>
  );
}

function NotTracked() {
  return (
    <Box component="span" aria-label="Not tracked" title="Not tracked for this campaign" sx={{ color: 'text.secondary' }}>
      —
    </Box>
  );
}

function Links({ id, refresh, tracked }: { id: string; refresh: number | false; tracked: boolean }) {
  const links = useCampaignLinks(id, refresh);
  const rows = links.data ?? [];
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }} component="section" aria-label="Clicked links">
      <Box sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h2">
          Clicked links
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Links in the email, by how many recipients clicked them.
        </Typography>
      </Box>
      {links.isError && <QueryErrorAlert query={links} sx={{ mx: 2.5, mb: 2 }} />}
      <Table size="small" aria-label="Links">
        <TableHead>
          <TableRow>
            <TableCell>Link</TableCell>
            <TableCell align="right">Clicked by</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((link) => (
            <TableRow key={link.url}>
              <TableCell sx={{ maxWidth: 0, width: '100%' }}>
                <Typography variant="body2" noWrap title={link.url}>
                  {link.url}
                </Typography>
              </TableCell>
              <TableCell align="right">{link.clickers.toLocaleString()}</TableCell>
            </TableRow>
          ))}
          {links.isSuccess && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={2} sx={{ py: 5, textAlign: 'center', color: 'text.secondary' }}>
                {tracked ? 'No link has been clicked yet.' : 'Click tracking is off for this campaign.'}
              </TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
    </Paper>
  );
}

const REASON_LABELS: Record<string, string> = {
  too_frequent: 'Too many emails',
  not_relevant: 'Not relevant to them',
  never_signed_up: 'Never signed up',
  other: 'Another reason',
};

/** What unsubscribers answered on the unsubscribe page (the question is optional, so the counts may add up to fewer than the unsubscribes). */
function UnsubscribeReasons({ id, refresh, unsubscribed }: { id: string; refresh: number | false; unsubscribed: number }) {
  const reasons = useUnsubscribeReasons(id, refresh);
  const rows = reasons.data ?? [];
  const answered = rows.reduce((sum, r) => sum + r.count, 0);
  return (
    <Paper variant="outlined" sx={{ borderRadius: 3, overflow: 'hidden' }} component="section" aria-label="Unsubscribe reasons">
      <Box sx={{ p: 2.5 }}>
        <Typography variant="h6" component="h2">
          Why people unsubscribed
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          {unsubscribed ? `${answered.toLocaleString()} of ${unsubscribed.toLocaleString()} unsubscribers answered the optional question.` : 'Nobody has unsubscribed from this campaign.'}
        </Typography>
      </Box>
      {reasons.isError && <QueryErrorAlert query={reasons} sx={{ mx: 2.5, mb: 2 }} />}
      {rows.length > 0 && (
        <Table size="small" aria-label="Unsubscribe reasons">
          <TableHead>
            <TableRow>
              <TableCell>Reason</TableCell>
              <TableCell align="right">People</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((r) => (
              <TableRow key={r.reason}>
                <TableCell>{REASON_LABELS[r.reason] ?? r.reason}</TableCell>
                <TableCell align="right">{r.count.toLocaleString()}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Paper>
  );
}

function Report({ campaign }: { campaign: Campaign }) {
  const canManage = useCanManage();
  const live = campaign.status === 'sending';
  const refresh = live ? LIVE_REFRESH_MS : false;
  // The campaign (polled while sending) carries its stats; the other parts refetch once when it changes state.
  const stats = campaign.stats;
  const queryClient = useQueryClient();
  const lastStatus = useRef(campaign.status);
  useEffect(() => {
    if (lastStatus.current === campaign.status) return;
    lastStatus.current = campaign.status;
    // The report parts only (keys under the detail's): the detail itself just delivered this status.
    const detail = campaignsKeys.detail(campaign.id);
    void queryClient.invalidateQueries({ queryKey: detail, predicate: (query) => query.queryKey.length > detail.length });
  }, [campaign.status, campaign.id, queryClient]);
  const started = !['draft', 'scheduled'].includes(campaign.status);
  const progress = stats.recipients ? ((stats.recipients - stats.pending) / stats.recipients) * 100 : 0;

  const subtitle = [
    campaign.templateName ? `Template: ${campaign.templateName}` : 'No template chosen',
    campaign.completedAt ? `finished ${formatDateTime(campaign.completedAt)}` : campaign.startedAt ? `started ${formatDateTime(campaign.startedAt)}` : campaign.scheduledAt ? `scheduled for ${formatDateTime(campaign.scheduledAt)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <PageHeader
        title={campaign.name}
        description={
          <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <CampaignStatusChip status={campaign.status} />
            <span>{subtitle}</span>
          </Box>
        }
        actions={
          <>
            <Button startIcon={<ArrowBack />} component={Link} to="/campaigns">
              Campaigns
            </Button>
            {canManage && <Controls campaign={campaign} />}
          </>
        }
      />
      {campaign.description && (
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: -1.5, mb: 3, maxWidth: 720 }}>
          {campaign.description}
        </Typography>
      )}
      {live && (
        <Paper variant="outlined" sx={{ p: 2, mb: 3, borderRadius: 3 }}>
          <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 600 }}>
              Sending… {(stats.recipients - stats.pending).toLocaleString()} of {stats.recipients.toLocaleString()}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              Updates every few seconds
            </Typography>
          </Box>
          <LinearProgress variant="determinate" value={progress} aria-label="Sending progress" />
        </Paper>
      )}
      {!started ? (
        <Alert severity="info">
          {campaign.status === 'scheduled'
            ? `This campaign will start on ${formatDateTime(campaign.scheduledAt!)}. Its report appears here once it does.`
            : 'This campaign is a draft. Edit it to choose a template and audience, then send it.'}
        </Alert>
      ) : (
        <Box sx={{ display: 'grid', gap: 3 }}>
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', md: 'repeat(5, 1fr)' }, gap: 2 }}>
            <StatCard label="Recipients" value={stats.recipients.toLocaleString()} />
            <StatCard label="Sent" value={stats.sent.toLocaleString()} hint={stats.pending ? `${stats.pending.toLocaleString()} pending` : undefined} />
            {/* Tracking off: a 0 % rate would read as nobody opening or clicking. */}
            {campaign.trackOpens ? (
              <StatCard label="Open rate" value={formatRate(stats.openRate)} hint={`${stats.opened.toLocaleString()} opened`} />
            ) : (
              <StatCard label="Open rate" value="Open tracking off" hint="The emails carry no open pixel" />
            )}
            {campaign.trackClicks ? (
              <StatCard label="Click rate" value={formatRate(stats.clickRate)} hint={`${stats.clicked.toLocaleString()} clicked`} />
            ) : (
              <StatCard label="Click rate" value="Click tracking off" hint="Links go straight to their pages" />
            )}
            <StatCard label="Unsubscribed" value={stats.unsubscribed.toLocaleString()} />
            <StatCard label="Opened" value={campaign.trackOpens ? stats.opened.toLocaleString() : '—'} />
            <StatCard label="Clicked" value={campaign.trackClicks ? stats.clicked.toLocaleString() : '—'} />
            <StatCard label="Failed" value={stats.failed.toLocaleString()} />
            <StatCard label="Bounced" value={stats.bounced.toLocaleString()} />
            <StatCard label="Delivered" value={(stats.sent - stats.bounced).toLocaleString()} hint="Sent and not bounced" />
          </Box>
          <Timeline id={campaign.id} refresh={refresh} tracking={campaign} />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 2fr) minmax(0, 1fr)' }, gap: 3, alignItems: 'start' }}>
            <Logs id={campaign.id} refresh={refresh} tracking={campaign} />
            <Stack spacing={3}>
              <Links id={campaign.id} refresh={refresh} tracked={campaign.trackClicks} />
              <UnsubscribeReasons id={campaign.id} refresh={refresh} unsubscribed={stats.unsubscribed} />
            </Stack>
          </Box>
        </Box>
      )}
      <RecipientLookup campaignId={campaign.id} />
    </>
  );
}

export function Component() {
  const { id } = useParams();
  const campaign = useCampaign(id, LIVE_REFRESH_MS);
  usePageTitle(campaign.data?.name, 'Campaigns');
  if (campaign.isError) return isNotFound(campaign.error) ? <CampaignNotFound /> : <QueryErrorAlert query={campaign} />;
  if (!campaign.data) return <Skeleton variant="rounded" height={480} />;
  return <Report campaign={campaign.data} />;
}
