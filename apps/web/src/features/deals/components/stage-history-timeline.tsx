import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { formatDateTime, formatDuration } from '../../../lib/format';
import type { StageHistoryEntry } from '../api/keys';

/** When the deal entered each stage, by whom, and how long it stayed. Newest first. */
export function StageHistoryTimeline({ entries }: { entries: StageHistoryEntry[] | undefined }) {
  if (!entries) return <Skeleton variant="rounded" height={120} />;
  const newestFirst = [...entries].reverse();
  return (
    <Box component="ol" aria-label="Stage history" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {newestFirst.map((entry, i) => {
        const last = i === newestFirst.length - 1;
        const stay = entry.leftAt ? formatDuration((new Date(entry.leftAt).getTime() - new Date(entry.changedAt).getTime()) / 1000) : null;
        return (
          <Box component="li" key={entry.id} sx={{ display: 'flex', gap: 1.5 }}>
            <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: 0.5 }}>
              <Box sx={{ width: 10, height: 10, borderRadius: '50%', bgcolor: i === 0 ? 'primary.main' : 'grey.300', flexShrink: 0 }} />
              {!last && <Box sx={{ width: 2, flexGrow: 1, bgcolor: 'grey.200', my: 0.5 }} />}
            </Box>
            <Box sx={{ pb: last ? 0 : 2, minWidth: 0 }}>
              <Typography variant="subtitle2">
                {entry.fromStage ? (
                  <>
                    Moved to {entry.toStage.name}
                    <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                      {' '}
                      from {entry.fromStage.name}
                    </Typography>
                  </>
                ) : (
                  `Created in ${entry.toStage.name}`
                )}
              </Typography>
              <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                {formatDateTime(entry.changedAt)}
                {entry.changedBy && ` · ${entry.changedBy.name}`}
                {entry.apiKey && ` via API key '${entry.apiKey.name}'`}
              </Typography>
              <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                {stay ? `Stayed ${stay}` : 'Current stage'}
              </Typography>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
