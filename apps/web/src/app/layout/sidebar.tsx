import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import ListSubheader from '@mui/material/ListSubheader';
import { NavLink, useLocation } from 'react-router';
import { BrandLogo } from '../../lib/ui/brand';
import { NAV_SECTIONS, type NavItem, SETTINGS_ITEM } from './nav-items';

function isActive(pathname: string, item: NavItem): boolean {
  return pathname === item.path || pathname.startsWith(`${item.path}/`);
}

function NavEntry({ item, onNavigate }: { item: NavItem; onNavigate?: () => void }) {
  const { pathname } = useLocation();
  const Icon = item.icon;
  // The link sits in an <li>: a <ul> may hold only list items.
  return (
    <ListItem disablePadding sx={{ mb: 0.25 }}>
      <ListItemButton component={NavLink} to={item.path} selected={isActive(pathname, item)} onClick={onNavigate} sx={{ py: 0.75 }}>
        <ListItemIcon>
          <Icon fontSize="small" />
        </ListItemIcon>
        <ListItemText primary={item.label} slotProps={{ primary: { sx: { fontSize: '0.875rem', fontWeight: 550 } } }} />
      </ListItemButton>
    </ListItem>
  );
}

/** Brand, the feature sections, and Settings pinned to the bottom. */
export function Sidebar({ onNavigate }: { onNavigate?: () => void }) {
  return (
    <Box component="nav" aria-label="Main" sx={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <Box sx={{ px: 2.5, height: 64, display: 'flex', alignItems: 'center' }}>
        <BrandLogo />
      </Box>
      <Box sx={{ flexGrow: 1, overflowY: 'auto', px: 1.5, pt: 1 }}>
        {NAV_SECTIONS.map((section, index) => (
          <List
            key={section.heading ?? index}
            dense
            disablePadding
            sx={{ mb: 1.5 }}
            subheader={
              section.heading ? (
                <ListSubheader
                  disableSticky
                  sx={{ bgcolor: 'transparent', lineHeight: '28px', px: 1.5, fontSize: '0.6875rem', fontWeight: 600, letterSpacing: '0.08em', textTransform: 'uppercase', color: 'text.secondary' }}
                >
                  {section.heading}
                </ListSubheader>
              ) : undefined
            }
          >
            {section.items.map((item) => (
              <NavEntry key={item.path} item={item} onNavigate={onNavigate} />
            ))}
          </List>
        ))}
      </Box>
      <List dense sx={{ px: 1.5, pb: 2, borderTop: 1, borderColor: 'divider', pt: 1.5 }}>
        <NavEntry item={SETTINGS_ITEM} onNavigate={onNavigate} />
      </List>
    </Box>
  );
}
