import Box from '@mui/material/Box';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import type { PipelineBreakdown } from '../api/get-pipeline-breakdown';
import { formatDuration, formatWholeMoney } from '../../../lib/format';
import { formatCount } from '../format';

const NARROW_HIDDEN = { display: { xs: 'none', sm: 'table-cell' } };
const OUTCOME_COLOR = { won: 'success.main', lost: 'error.light' } as const;

/** The breakdown's numbers per stage: deals, value, probability and the average stay. */
export function PipelineStageTable({ stages }: { stages: PipelineBreakdown['stages'] }) {
  return (
    <Table size="small" aria-label="Pipeline stages" sx={{ mt: 1.5, '& td, & th': { px: 1 }, '& tr > :first-of-type': { pl: 0 }, '& tr > :last-child': { pr: 0 } }}>
      <TableHead>
        <TableRow sx={{ '& th': { bgcolor: 'transparent' } }}>
          <TableCell>Stage</TableCell>
          <TableCell align="right">Deals</TableCell>
          <TableCell align="right">Value</TableCell>
          <TableCell align="right" sx={NARROW_HIDDEN}>
            Probability
          </TableCell>
          <TableCell align="right">Avg. time in stage</TableCell>
        </TableRow>
      </TableHead>
      <TableBody sx={{ '& td': { fontVariantNumeric: 'tabular-nums' }, '& tr:last-child > *': { borderBottom: 0 } }}>
        {stages.map((s) => (
          <TableRow key={s.id}>
            <TableCell component="th" scope="row" sx={{ fontWeight: 600 }}>
              <Box component="span" sx={{ display: 'inline-block', width: 8, height: 8, borderRadius: '2px', mr: 1, bgcolor: s.outcome ? OUTCOME_COLOR[s.outcome] : 'primary.main' }} />
              {s.name}
            </TableCell>
            <TableCell align="right">{formatCount(s.count)}</TableCell>
            <TableCell align="right">{formatWholeMoney(s.value)}</TableCell>
            <TableCell align="right" sx={NARROW_HIDDEN}>
              {s.probability}%
            </TableCell>
            <TableCell align="right" sx={{ color: s.averageSecondsInStage === null ? 'text.disabled' : undefined }}>
              {s.outcome ? '' : s.averageSecondsInStage === null ? '—' : formatDuration(s.averageSecondsInStage)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
