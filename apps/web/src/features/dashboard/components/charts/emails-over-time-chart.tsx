import { useTheme } from '@mui/material/styles';
import { LineChart, lineClasses } from '@mui/x-charts/LineChart';
import dayjs from 'dayjs';
import type { TimeSeries } from '../../api/get-time-series';
import { formatCount } from '../../format';
import { EmptyState } from '../panel';

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });

/** Emails sent per day or week, with how many of those were opened and clicked. */
export function EmailsOverTimeChart({ series }: { series: TimeSeries }) {
  const theme = useTheme();
  const points = series.points;
  if (!points.some((p) => p.emailsSent > 0)) return <EmptyState height={280}>No emails were sent in this period</EmptyState>;

  const dates = points.map((p) => dayjs(p.date).toDate());
  // Marks only where something was sent: sparse sending days stay visible without dotting every zero.
  const markSent = ({ index }: { index: number }) => points[index].emailsSent > 0;
  const label = (date: Date) => (series.interval === 'week' ? `Week of ${dayLabel.format(date)}` : dayLabel.format(date));
  return (
    <LineChart
      height={280}
      margin={{ left: 0, right: 8, top: 16, bottom: 0 }}
      grid={{ horizontal: true }}
      xAxis={[{ scaleType: 'point', data: dates, valueFormatter: (date: Date, context) => (context.location === 'tooltip' ? label(date) : dayLabel.format(date)), tickLabelStyle: { fontSize: 11 } }]}
      yAxis={[{ valueFormatter: (v: number) => formatCount(v), tickLabelStyle: { fontSize: 11 }, width: 44 }]}
      series={[
        { id: 'sent', curve: 'linear', shape: 'circle', label: 'Sent', data: points.map((p) => p.emailsSent), color: theme.palette.info.main, area: true, showMark: markSent, valueFormatter: (v) => formatCount(v ?? 0) },
        { id: 'opened', curve: 'linear', shape: 'circle', label: 'Opened', data: points.map((p) => p.emailsOpened), color: theme.palette.primary.main, showMark: markSent, valueFormatter: (v) => formatCount(v ?? 0) },
        { id: 'clicked', curve: 'linear', shape: 'circle', label: 'Clicked', data: points.map((p) => p.emailsClicked), color: theme.palette.success.main, showMark: markSent, valueFormatter: (v) => formatCount(v ?? 0) },
      ]}
      slotProps={{ legend: { position: { vertical: 'top', horizontal: 'end' } } }}
      sx={{ [`& .${lineClasses.area}`]: { fillOpacity: 0.14 }, [`& .${lineClasses.line}`]: { strokeWidth: 2 } }}
    />
  );
}
