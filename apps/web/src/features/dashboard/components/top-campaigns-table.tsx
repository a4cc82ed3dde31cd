import Box from '@mui/material/Box';
import Chip from '@mui/material/Chip';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import type { Dashboard } from '../api/get-dashboard';
import { formatCount, formatPercent } from '../format';
import { EmptyState } from './panel';

type Campaign = Dashboard['emails']['topCampaigns'][number];

const STATUS_COLOR: Record<string, 'default' | 'primary' | 'success' | 'warning' | 'info' | 'error'> = {
  draft: 'default',
  scheduled: 'info',
  sending: 'primary',
  sent: 'success',
  paused: 'warning',
  cancelled: 'default',
};

function RateCell({ count, rate, color, last }: { count: number; rate: number; color: 'primary' | 'success'; last?: boolean }) {
  return (
    <TableCell align="right" sx={{ width: 180, ...(last && { pr: 2.5 }) }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, justifyContent: 'flex-end' }}>
        <LinearProgress
          variant="determinate"
          value={Math.min(100, rate * 100)}
          color={color}
          aria-hidden
          sx={{ width: 64, height: 6, borderRadius: 3, bgcolor: 'grey.100', display: { xs: 'none', sm: 'block' } }}
        />
        <Box sx={{ minWidth: 64, textAlign: 'right' }}>
          <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }}>
            {formatPercent(rate)}
          </Typography>
          <Typography variant="caption" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {formatCount(count)}
          </Typography>
        </Box>
      </Box>
    </TableCell>
  );
}

/** The campaigns with the best open rate in the period. */
export function TopCampaignsTable({ campaigns }: { campaigns: Campaign[] }) {
  if (campaigns.length === 0) return <EmptyState height={160}>No campaign sent emails in this period</EmptyState>;
  return (
    <TableContainer sx={{ mx: -2.5, width: 'auto' }}>
      <Table size="small" aria-label="Top campaigns">
        <TableHead>
          <TableRow>
            <TableCell sx={{ pl: 2.5 }}>Campaign</TableCell>
            <TableCell align="right">Sent</TableCell>
            <TableCell align="right">Opened</TableCell>
            <TableCell align="right" sx={{ pr: 2.5 }}>
              Clicked
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {campaigns.map((c) => (
            <TableRow key={c.id} hover sx={{ '&:last-child td': { borderBottom: 0 } }}>
              <TableCell sx={{ pl: 2.5, py: 1.25 }}>
                <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
                  <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
                    {c.name}
                  </Typography>
                  <Chip size="small" variant="outlined" label={c.status} color={STATUS_COLOR[c.status] ?? 'default'} sx={{ textTransform: 'capitalize' }} />
                </Box>
              </TableCell>
              <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatCount(c.sent)}
              </TableCell>
              <RateCell count={c.opened} rate={c.openRate} color="primary" />
              <RateCell count={c.clicked} rate={c.clickRate} color="success" last />
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
