import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { alpha, type Theme } from '@mui/material/styles';
import type { ReactNode } from 'react';

export type Tone = 'primary' | 'success' | 'info' | 'warning' | 'error' | 'neutral';

function toneColor(theme: Theme, tone: Tone): string {
  return tone === 'neutral' ? theme.palette.grey[500] : theme.palette[tone].main;
}

interface StatCardProps {
  label: string;
  /** The figure, formatted; undefined while loading. */
  value: string | undefined;
  icon: ReactNode;
  tone: Tone;
  /** A short line under the figure (what it counts, or context). */
  caption?: ReactNode;
  /** Draws the card in its tone, for figures that need attention (failed steps). */
  alert?: boolean;
}

/** One figure: label and tinted icon on top, the number large, a caption under it. */
export function StatCard({ label, value, icon, tone, caption, alert }: StatCardProps) {
  const id = `stat-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={id}
      sx={(theme) => ({
        p: { xs: 1.75, sm: 2.25 },
        borderRadius: 3,
        display: 'flex',
        flexDirection: 'column',
        gap: 1,
        minWidth: 0,
        ...(alert && { borderColor: alpha(toneColor(theme, tone), 0.4), bgcolor: alpha(toneColor(theme, tone), 0.03) }),
      })}
    >
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.25 }}>
        <Box
          aria-hidden
          sx={(theme) => ({
            width: 32,
            height: 32,
            borderRadius: 2,
            flexShrink: 0,
            display: 'grid',
            placeItems: 'center',
            color: toneColor(theme, tone),
            bgcolor: alpha(toneColor(theme, tone), 0.1),
            '& svg': { fontSize: 18 },
          })}
        >
          {icon}
        </Box>
        <Typography id={id} variant="body2" component="h3" sx={{ color: 'text.secondary', fontWeight: 600, lineHeight: 1.3 }}>
          {label}
        </Typography>
      </Box>
      {value === undefined ? (
        <Skeleton variant="text" width="60%" sx={{ fontSize: '1.75rem' }} />
      ) : (
        <Typography
          component="p"
          sx={{
            color: alert ? `${tone}.main` : 'text.primary',
            fontSize: { xs: '1.375rem', sm: '1.625rem' },
            fontWeight: 700,
            letterSpacing: '-0.02em',
            lineHeight: 1.2,
            fontVariantNumeric: 'tabular-nums',
          }}
        >
          {value}
        </Typography>
      )}
      {caption !== undefined && (
        <Typography variant="caption" sx={{ color: 'text.secondary' }} noWrap component="p">
          {value === undefined ? <Skeleton width="80%" /> : caption}
        </Typography>
      )}
    </Paper>
  );
}
