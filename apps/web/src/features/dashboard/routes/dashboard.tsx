import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Skeleton from '@mui/material/Skeleton';
import TextField from '@mui/material/TextField';
import { lazy, type ReactNode, Suspense, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentUser } from '../../../lib/auth';
import { PageHeader } from '../../../lib/ui/page-header';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { useDashboard } from '../api/get-dashboard';
import { usePipelineBreakdown } from '../api/get-pipeline-breakdown';
import { usePipelineOptions } from '../../../lib/lookups';
import { useTimeSeries } from '../api/get-time-series';
import { DateRangePicker } from '../components/date-range-picker';
import { Panel } from '../components/panel';
import { PipelineStageTable } from '../components/pipeline-stage-table';
import { RecentActivity } from '../components/recent-activity';
import { StatGrid } from '../components/stat-grid';
import { TopCampaignsTable } from '../components/top-campaigns-table';
import { type DateRange, intervalFor, presetOf, rangeFromSearch, rangeLabel } from '../date-range';
import { formatCount, formatPercent, formatSummaryMoney } from '../format';
import { usePageTitle } from '../../../lib/use-page-title';

// Charts load on their own, after the figures: @mui/x-charts is the heaviest part of the page and
// the stat cards should not wait for it.
const ContactsByStatusChart = lazy(() => import('../components/charts/contacts-by-status-chart').then((m) => ({ default: m.ContactsByStatusChart })));
const EmailsOverTimeChart = lazy(() => import('../components/charts/emails-over-time-chart').then((m) => ({ default: m.EmailsOverTimeChart })));
const PipelineValueChart = lazy(() => import('../components/charts/pipeline-value-chart').then((m) => ({ default: m.PipelineValueChart })));

const PERIOD_PHRASES: Record<string, string> = {
  'this-month': 'this month',
  'last-month': 'last month',
  'last-30-days': 'in the last 30 days',
  'last-90-days': 'in the last 90 days',
  'this-year': 'this year',
};

/** A chart's place, of fixed height so nothing shifts when the chart module and its data arrive. */
function ChartSlot({ ready, height, children }: { ready: boolean; height: number; children: () => ReactNode }) {
  const placeholder = <Skeleton variant="rounded" height={height} sx={{ borderRadius: 2 }} />;
  return <Box sx={{ minHeight: height, flexShrink: 0 }}>{ready ? <Suspense fallback={placeholder}>{children()}</Suspense> : placeholder}</Box>;
}

/** The first page after login: how the pipeline, the campaigns and the automation are doing. */
export function Component() {
  usePageTitle('Dashboard');
  const user = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const range = rangeFromSearch(search);
  const preset = presetOf(range);
  const period = preset ? PERIOD_PHRASES[preset] : 'in this period';
  const [pipelineId, setPipelineId] = useState<string | undefined>();

  const summary = useDashboard(range);
  const series = useTimeSeries(range, intervalFor(range));
  const pipeline = usePipelineBreakdown(range, pipelineId);
  const pipelines = usePipelineOptions();

  const changeRange = (next: DateRange) => {
    // This month is the default: keep the address clean for it.
    setSearch(presetOf(next) === 'this-month' ? {} : { from: next.from, to: next.to }, { replace: true });
  };

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={
          user.role === 'member'
            ? `Your contacts, deals and their emails · ${rangeLabel(range)}`
            : `How the pipeline, the campaigns and the automation are doing · ${rangeLabel(range)}`
        }
        actions={<DateRangePicker value={range} onChange={changeRange} />}
      />

      {summary.isError && <QueryErrorAlert query={summary} prefix="The figures could not be loaded" sx={{ mb: 3 }} />}

      <StatGrid data={summary.data} period={period} ownOnly={user.role === 'member'} />

      <Box sx={{ mt: 3, display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 8fr) minmax(0, 5fr)' } }}>
        <Panel
          title="Emails over time"
          subtitle={series.data ? `Sent per ${series.data.interval}, and how many of those were opened and clicked` : ' '}
        >
          <ChartSlot ready={!!series.data} height={280}>
            {() => <EmailsOverTimeChart series={series.data!} />}
          </ChartSlot>
        </Panel>
        <Panel title="Contacts by status" subtitle={summary.data ? `${formatCount(summary.data.contacts.total)} contacts, all time` : ' '}>
          <ChartSlot ready={!!summary.data} height={220}>
            {() => <ContactsByStatusChart byStatus={summary.data!.contacts.byStatus} />}
          </ChartSlot>
        </Panel>

        <Panel
          title="Pipeline value by stage"
          subtitle={
            pipeline.data
              ? `${pipeline.data.pipelineName} · ${formatCount(pipeline.data.openDeals)} open worth ${formatSummaryMoney(pipeline.data.pipelineValue)} · win rate ${formatPercent(pipeline.data.winRate)}`
              : ' '
          }
          action={
            pipelines.data && pipelines.data.length > 1 ? (
              <TextField
                select
                label="Pipeline"
                value={pipelineId ?? pipeline.data?.pipelineId ?? ''}
                onChange={(e) => setPipelineId(e.target.value)}
                sx={{ minWidth: 180 }}
              >
                {pipelines.data.map((p) => (
                  <MenuItem key={p.id} value={p.id}>
                    {p.name}
                  </MenuItem>
                ))}
              </TextField>
            ) : undefined
          }
        >
          {pipeline.isError ? (
            <QueryErrorAlert query={pipeline} prefix="The pipeline could not be loaded" />
          ) : (
            <>
              <ChartSlot ready={!!pipeline.data} height={260}>
                {() => <PipelineValueChart breakdown={pipeline.data!} />}
              </ChartSlot>
              {pipeline.data && <PipelineStageTable stages={pipeline.data.stages} />}
            </>
          )}
        </Panel>
        <Panel title="Recent activity" subtitle="The latest steps your workflows ran">
          {summary.data ? <RecentActivity items={summary.data.workflows.recentActivity} /> : <Skeleton variant="rounded" height={240} />}
        </Panel>
      </Box>

      <Box sx={{ mt: 2 }}>
        <Panel title="Top campaigns" subtitle={`Best open rates among campaigns that sent ${period}`}>
          {summary.data ? <TopCampaignsTable campaigns={summary.data.emails.topCampaigns} /> : <Skeleton variant="rounded" height={160} />}
        </Panel>
      </Box>
    </>
  );
}
