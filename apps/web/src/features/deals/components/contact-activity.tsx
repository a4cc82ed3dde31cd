import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import CallOutlined from '@mui/icons-material/CallOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import MailOutline from '@mui/icons-material/MailOutlined';
import StickyNote2Outlined from '@mui/icons-material/StickyNote2Outlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactElement } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../../lib/format';
import { type ContactActivity as Activity, useContactActivities } from '../api/lookups';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';

const TYPES: Record<Activity['type'], { label: string; icon: ReactElement; color: string; bg: string }> = {
  note: { label: 'Note', icon: <StickyNote2Outlined fontSize="inherit" />, color: '#b45309', bg: '#fef3c7' },
  call: { label: 'Call', icon: <CallOutlined fontSize="inherit" />, color: '#15803d', bg: '#dcfce7' },
  meeting: { label: 'Meeting', icon: <EventOutlined fontSize="inherit" />, color: '#6d28d9', bg: '#ede9fe' },
  email: { label: 'Email', icon: <MailOutline fontSize="inherit" />, color: '#0369a1', bg: '#e0f2fe' },
  task: { label: 'Task', icon: <TaskAltOutlined fontSize="inherit" />, color: '#be185d', bg: '#fce7f3' },
  system: { label: 'Corral', icon: <AutoAwesomeOutlined fontSize="inherit" />, color: '#64748b', bg: '#f1f5f9' },
};

/** The latest of the deal's contact's timeline: calls, notes, emails and Corral's own entries. */
export function ContactActivity({ contact }: { contact: { id: string; name: string } }) {
  const activities = useContactActivities(contact.id);
  if (activities.isPending) return <Skeleton variant="rounded" height={120} />;
  if (activities.isError) return <QueryErrorAlert query={activities} />;
  const entries = activities.data.data;
  return (
    <>
      {entries.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          Nothing logged for {contact.name} yet.
        </Typography>
      ) : (
        <Box component="ol" aria-label={`Activity of ${contact.name}`} sx={{ listStyle: 'none', m: 0, p: 0, display: 'grid', gap: 2 }}>
          {entries.map((activity) => {
            const type = TYPES[activity.type];
            return (
              <Box component="li" key={activity.id} sx={{ display: 'flex', gap: 1.5 }}>
                <Box aria-hidden sx={{ width: 28, height: 28, borderRadius: '50%', display: 'grid', placeItems: 'center', bgcolor: type.bg, color: type.color, fontSize: 15, flexShrink: 0 }}>
                  {type.icon}
                </Box>
                <Box sx={{ minWidth: 0 }}>
                  <Typography variant="subtitle2" sx={{ fontWeight: activity.type === 'system' ? 500 : 600 }}>
                    {activity.title}
                  </Typography>
                  <Typography variant="caption" sx={{ color: 'text.secondary' }} component="div">
                    {type.label}
                    {activity.createdBy ? ` · ${activity.createdBy.name}` : ''} · {formatDateTime(activity.createdAt)}
                  </Typography>
                  {activity.description && (
                    <Typography variant="body2" sx={{ mt: 0.5, color: 'grey.700', whiteSpace: 'pre-wrap' }}>
                      {activity.description}
                    </Typography>
                  )}
                </Box>
              </Box>
            );
          })}
        </Box>
      )}
      {activities.data.total > entries.length && (
        <Link component={RouterLink} to={`/contacts/${contact.id}`} variant="body2" sx={{ display: 'inline-block', mt: 2 }}>
          See all {activities.data.total} on {contact.name}’s page
        </Link>
      )}
    </>
  );
}
