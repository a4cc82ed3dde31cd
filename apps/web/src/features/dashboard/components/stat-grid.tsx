import AccountTreeOutlined from '@mui/icons-material/AccountTreeOutlined';
import AdsClickOutlined from '@mui/icons-material/AdsClickOutlined';
import BusinessOutlined from '@mui/icons-material/BusinessOutlined';
import DraftsOutlined from '@mui/icons-material/DraftsOutlined';
import EmojiEventsOutlined from '@mui/icons-material/EmojiEventsOutlined';
import ErrorOutlineOutlined from '@mui/icons-material/ErrorOutlineOutlined';
import HandshakeOutlined from '@mui/icons-material/HandshakeOutlined';
import PaidOutlined from '@mui/icons-material/PaidOutlined';
import PeopleAltOutlined from '@mui/icons-material/PeopleAltOutlined';
import PersonAddAltOutlined from '@mui/icons-material/PersonAddAltOutlined';
import SendOutlined from '@mui/icons-material/SendOutlined';
import StraightenOutlined from '@mui/icons-material/StraightenOutlined';
import Box from '@mui/material/Box';
import type { Dashboard } from '../api/get-dashboard';
import { formatCount, formatPercent, formatSummaryMoney } from '../format';
import { StatCard } from './stat-card';

interface StatGridProps {
  data: Dashboard | undefined;
  /** "this month", "in the last 30 days"…: what the time-based figures cover. */
  period: string;
  /** A member's figures cover their own contacts and deals only. */
  ownOnly: boolean;
}

/** The twelve headline figures, grouped by colour: contacts, deals, email, automation. */
export function StatGrid({ data, period, ownOnly }: StatGridProps) {
  const c = data?.contacts;
  const d = data?.deals;
  const e = data?.emails;
  const w = data?.workflows;
  const show = <T,>(value: T | undefined, format: (v: T) => string) => (value === undefined ? undefined : format(value));
  const plural = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

  return (
    <Box
      sx={{
        display: 'grid',
        gap: { xs: 1.5, sm: 2 },
        gridTemplateColumns: { xs: 'repeat(2, minmax(0, 1fr))', md: 'repeat(3, minmax(0, 1fr))', lg: 'repeat(4, minmax(0, 1fr))' },
      }}
    >
      <StatCard label="Contacts" tone="primary" icon={<PeopleAltOutlined />} value={show(c?.total, formatCount)} caption={c && `${plural(c.byStatus.customer, 'customer', 'customers')} · ${plural(c.byStatus.lead, 'lead', 'leads')}`} />
      <StatCard label="Companies" tone="primary" icon={<BusinessOutlined />} value={show(c?.companies, formatCount)} caption={ownOnly ? 'your contacts work for' : 'in the CRM'} />
      <StatCard label="New contacts" tone="primary" icon={<PersonAddAltOutlined />} value={show(c?.newThisMonth, formatCount)} caption={`added ${period}`} />
      <StatCard label="Open deals" tone="success" icon={<HandshakeOutlined />} value={show(d?.open, formatCount)} caption="across all pipelines" />
      <StatCard label="Pipeline value" tone="success" icon={<PaidOutlined />} value={show(d?.pipelineValue, formatSummaryMoney)} caption="sum of open deals" />
      <StatCard label="Average deal size" tone="success" icon={<StraightenOutlined />} value={show(d?.averageDealSize, formatSummaryMoney)} caption={`of deals won ${period}`} />
      <StatCard label="Win rate" tone="success" icon={<EmojiEventsOutlined />} value={show(d?.winRate, formatPercent)} caption={`won of deals closed ${period}`} />
      <StatCard label="Emails sent" tone="info" icon={<SendOutlined />} value={show(e?.sentThisMonth, formatCount)} caption={e && `${period} · ${plural(e.campaigns, 'campaign', 'campaigns')}`} />
      <StatCard label="Average open rate" tone="info" icon={<DraftsOutlined />} value={show(e?.averageOpenRate, formatPercent)} caption="per campaign, of emails sent" />
      <StatCard label="Average click rate" tone="info" icon={<AdsClickOutlined />} value={show(e?.averageClickRate, formatPercent)} caption="per campaign, of emails sent" />
      <StatCard label="Active workflows" tone="warning" icon={<AccountTreeOutlined />} value={show(w?.active, formatCount)} caption={w && `${plural(w.completedExecutions, 'run', 'runs')} completed`} />
      <StatCard
        label="Failed steps"
        tone={w && w.failedSteps > 0 ? 'error' : 'neutral'}
        alert={!!w && w.failedSteps > 0}
        icon={<ErrorOutlineOutlined />}
        value={show(w?.failedSteps, formatCount)}
        caption={w && (w.failedSteps > 0 ? 'failed for good, all time' : 'no step has failed')}
      />
    </Box>
  );
}
