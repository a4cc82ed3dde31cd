import LockOutlined from '@mui/icons-material/LockOutlined';
import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';

/**
 * In place of a page (or a section) the user's role cannot use: who can, and what to do
 * instead. The page shows this rather than asking the API for what it would refuse.
 */
export function AccessNotice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" sx={{ p: 4, display: 'flex', gap: 2, alignItems: 'flex-start', borderRadius: 3 }}>
      <Box sx={{ width: 40, height: 40, borderRadius: 2, display: 'grid', placeItems: 'center', bgcolor: 'grey.100', color: 'grey.500', flexShrink: 0 }}>
        <LockOutlined fontSize="small" />
      </Box>
      <Box>
        <Typography variant="subtitle1" component="h2">
          {title}
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
          {children}
        </Typography>
      </Box>
    </Paper>
  );
}
