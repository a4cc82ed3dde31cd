import MenuItem from '@mui/material/MenuItem';
import type { ReactNode } from 'react';

/**
 * A heading inside a menu ("Your views", "Custom fields"). A menu may hold only menu items and
 * separators (ARIA), so not a ListSubheader's bare `li`: a disabled item, which arrow keys skip,
 * drawn as a heading at full opacity (MUI dims disabled items below readable contrast).
 */
export function MenuHeading({ children }: { children: ReactNode }) {
  return (
    <MenuItem disabled dense sx={{ '&.Mui-disabled': { opacity: 1 }, color: 'text.secondary', fontSize: '0.75rem', fontWeight: 600, textTransform: 'uppercase', letterSpacing: '0.04em', minHeight: 0, pt: 1.5 }}>
      {children}
    </MenuItem>
  );
}
