import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useTheme } from '@mui/material/styles';
import { PieChart } from '@mui/x-charts/PieChart';
import type { Dashboard } from '../../api/get-dashboard';
import { formatCount, formatPercent } from '../../format';
import { EmptyState } from '../panel';

const STATUSES = [
  { key: 'lead', label: 'Lead' },
  { key: 'prospect', label: 'Prospect' },
  { key: 'customer', label: 'Customer' },
  { key: 'archived', label: 'Archived' },
] as const;

/** Donut of contacts per status, with the total in the middle and a legend with counts and shares. */
export function ContactsByStatusChart({ byStatus }: { byStatus: Dashboard['contacts']['byStatus'] }) {
  const theme = useTheme();
  const colors = { lead: theme.palette.primary.light, prospect: theme.palette.info.main, customer: theme.palette.success.main, archived: theme.palette.grey[300] };
  const total = STATUSES.reduce((sum, s) => sum + byStatus[s.key], 0);
  if (total === 0) return <EmptyState height={220}>No contacts yet</EmptyState>;

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 3, flexWrap: { xs: 'wrap', sm: 'nowrap' }, justifyContent: 'center', minHeight: 220 }}>
      <Box sx={{ position: 'relative', width: 200, height: 200, flexShrink: 0 }}>
        <PieChart
          width={200}
          height={200}
          hideLegend
          margin={0}
          series={[
            {
              innerRadius: 64,
              outerRadius: 96,
              paddingAngle: 1.5,
              cornerRadius: 4,
              valueFormatter: (item) => `${formatCount(item.value)} (${formatPercent(item.value / total)})`,
              data: STATUSES.map((s) => ({ id: s.key, label: s.label, value: byStatus[s.key], color: colors[s.key] })),
            },
          ]}
        />
        <Box sx={{ position: 'absolute', inset: 0, display: 'grid', placeItems: 'center', pointerEvents: 'none', textAlign: 'center' }}>
          <Box>
            <Typography sx={{ fontSize: '1.5rem', fontWeight: 700, lineHeight: 1.1 }}>{formatCount(total)}</Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary' }}>
              contacts
            </Typography>
          </Box>
        </Box>
      </Box>
      <Box component="ul" aria-label="Contacts by status" sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 1.25, minWidth: 150 }}>
        {STATUSES.map((s) => (
          <Box component="li" key={s.key} sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
            <Box sx={{ width: 10, height: 10, borderRadius: '3px', bgcolor: colors[s.key], flexShrink: 0 }} />
            <Typography variant="body2" sx={{ flexGrow: 1 }}>
              {s.label}
            </Typography>
            <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
              {formatCount(byStatus[s.key])}
            </Typography>
            <Typography variant="caption" sx={{ color: 'text.secondary', width: 44, textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>
              {formatPercent(byStatus[s.key] / total)}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
