import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

interface PanelProps {
  title: string;
  subtitle?: ReactNode;
  /** Controls on the right of the title (a picker, a link). */
  action?: ReactNode;
  children: ReactNode;
}

/** A titled card holding a chart, a table or a list. */
export function Panel({ title, subtitle, action, children }: PanelProps) {
  const id = `panel-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ borderRadius: 3, display: 'flex', flexDirection: 'column', minWidth: 0, height: '100%' }}>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, px: 2.5, pt: 2.25, pb: 1.5 }}>
        <Box sx={{ flexGrow: 1, minWidth: 0 }}>
          <Typography id={id} variant="subtitle1" component="h2" sx={{ lineHeight: 1.4 }}>
            {title}
          </Typography>
          {subtitle && (
            <Typography variant="body2" component="div" sx={{ color: 'text.secondary', mt: 0.25 }}>
              {subtitle}
            </Typography>
          )}
        </Box>
        {action}
      </Box>
      <Box sx={{ px: 2.5, pb: 2.25, flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>{children}</Box>
    </Paper>
  );
}

/** What an empty chart or list says instead of drawing nothing. */
export function EmptyState({ children, height = 200 }: { children: ReactNode; height?: number }) {
  return (
    <Box sx={{ height, display: 'grid', placeItems: 'center', textAlign: 'center', px: 2, borderRadius: 2, bgcolor: 'grey.50', border: '1px dashed', borderColor: 'grey.200' }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {children}
      </Typography>
    </Box>
  );
}
