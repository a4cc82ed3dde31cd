import Box from '@mui/material/Box';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { Link, Outlet, useLocation } from 'react-router';
import { PageHeader } from '../../../lib/ui/page-header';

/**
 * The settings sections, one tab each; a child route of `settings` in app/router.tsx renders
 * each one. Features with settings (pipelines, email sending) add their tab here.
 */
const SETTINGS_TABS = [
  { path: 'users', label: 'Users' },
  { path: 'fields', label: 'Fields' },
  { path: 'pipelines', label: 'Pipelines' },
  { path: 'email', label: 'Email sending' },
  { path: 'api-keys', label: 'API keys' },
  { path: 'webhooks', label: 'Webhooks' },
];

export function Component() {
  const { pathname } = useLocation();
  const current = SETTINGS_TABS.find((tab) => pathname.startsWith(`/settings/${tab.path}`))?.path ?? false;
  return (
    <>
      <PageHeader title="Settings" description="Manage your workspace: who can log in and how Corral works for your team." />
      <Box sx={{ borderBottom: 1, borderColor: 'divider', mb: 3 }}>
        <Tabs value={current} aria-label="Settings sections">
          {SETTINGS_TABS.map((tab) => (
            <Tab key={tab.path} value={tab.path} label={tab.label} component={Link} to={`/settings/${tab.path}`} />
          ))}
        </Tabs>
      </Box>
      <Outlet />
    </>
  );
}
