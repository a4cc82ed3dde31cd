import MenuIcon from '@mui/icons-material/Menu';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Drawer from '@mui/material/Drawer';
import IconButton from '@mui/material/IconButton';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import useMediaQuery from '@mui/material/useMediaQuery';
import { useTheme } from '@mui/material/styles';
import { useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { ALL_NAV_ITEMS } from './nav-items';
import { Sidebar } from './sidebar';
import { UserMenu } from './user-menu';

const SIDEBAR_WIDTH = 248;

function CurrentSection() {
  const { pathname } = useLocation();
  const item = ALL_NAV_ITEMS.find((i) => pathname === i.path || pathname.startsWith(`${i.path}/`));
  if (!item) return null;
  const Icon = item.icon;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, color: 'text.secondary' }}>
      <Icon fontSize="small" />
      <Typography variant="subtitle2" component="span" sx={{ color: 'text.primary' }}>
        {item.label}
      </Typography>
    </Box>
  );
}

/** Permanent sidebar on wide screens (a drawer behind a menu button on phones), top bar, page. */
export function AppLayout() {
  const theme = useTheme();
  // Asked as "is narrow" so that environments without matchMedia (jsdom) get the desktop layout.
  const narrow = useMediaQuery(theme.breakpoints.down('md'));
  const [mobileOpen, setMobileOpen] = useState(false);

  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      {narrow ? (
        <Drawer variant="temporary" open={mobileOpen} onClose={() => setMobileOpen(false)} slotProps={{ paper: { sx: { width: SIDEBAR_WIDTH } } }}>
          <Sidebar onNavigate={() => setMobileOpen(false)} />
        </Drawer>
      ) : (
        <Drawer variant="permanent" sx={{ width: SIDEBAR_WIDTH, flexShrink: 0 }} slotProps={{ paper: { sx: { width: SIDEBAR_WIDTH } } }}>
          <Sidebar />
        </Drawer>
      )}
      <Box sx={{ flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column' }}>
        <AppBar position="sticky">
          <Toolbar sx={{ minHeight: { xs: 64 }, gap: 1, px: { xs: 2, md: 4 } }}>
            {narrow && (
              <IconButton edge="start" aria-label="Open navigation" onClick={() => setMobileOpen(true)}>
                <MenuIcon />
              </IconButton>
            )}
            <CurrentSection />
            <Box sx={{ flexGrow: 1 }} />
            <UserMenu />
          </Toolbar>
        </AppBar>
        <Box component="main" sx={{ flexGrow: 1, px: { xs: 2, md: 4 }, py: { xs: 3, md: 4 }, maxWidth: 1440, width: '100%', mx: 'auto' }}>
          <Outlet />
        </Box>
      </Box>
    </Box>
  );
}
