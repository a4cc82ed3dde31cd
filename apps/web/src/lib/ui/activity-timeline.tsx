import AutoAwesomeOutlined from '@mui/icons-material/AutoAwesomeOutlined';
import CallOutlined from '@mui/icons-material/CallOutlined';
import EventOutlined from '@mui/icons-material/EventOutlined';
import MailOutline from '@mui/icons-material/MailOutlined';
import StickyNote2Outlined from '@mui/icons-material/StickyNote2Outlined';
import TaskAltOutlined from '@mui/icons-material/TaskAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { ReactElement } from 'react';
import { type Activity, useContactActivities } from '../activities';
import { formatDateTime } from '../format';
import { QueryErrorAlert } from './query-error-alert';

const TYPES: Record<Activity['type'], { label: string; icon: ReactElement; color: string; bg: string }> = {
  note: { label: 'Note', icon: <StickyNote2Outlined fontSize="inherit" />, color: '#b45309', bg: '#fef3c7' },
  call: { label: 'Call', icon: <CallOutlined fontSize="inherit" />, color: '#15803d', bg: '#dcfce7' },
  meeting: { label: 'Meeting', icon: <EventOutlined fontSize="inherit" />, color: '#6d28d9', bg: '#ede9fe' },
  email: { label: 'Email', icon: <MailOutline fontSize="inherit" />, color: '#0369a1', bg: '#e0f2fe' },
  task: { label: 'Task', icon: <TaskAltOutlined fontSize="inherit" />, color: '#be185d', bg: '#fce7f3' },
  system: { label: 'Corral', icon: <AutoAwesomeOutlined fontSize="inherit" />, color: '#64748b', bg: '#f1f5f9' },
};

function Entry({ activity, last }: { activity: Activity; last: boolean }) {
  const type = TYPES[activity.type];
  const system = activity.type === 'system';
  return (
    <Box component="li" sx={{ display: 'flex', gap: 1.5, position: 'relative', pb: last ? 0 : 2.5 }}>
      {!last && <Box sx={{ position: 'absolute', left: 15, top: 34, bottom: 0, width: '1px', bgcolor: 'divider' }} />}
      <Box sx={{ width: 32, height: 32, borderRadius: '50%', display: 'grid', placeItems: 'center', bgcolor: type.bg, color: type.color, fontSize: 17, flexShrink: 0 }} aria-hidden>
        {type.icon}
      </Box>
      <Box sx={{ minWidth: 0, flexGrow: 1, pt: 0.5 }}>
        <Box sx={{ display: 'flex', gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="subtitle2" component="span" sx={{ color: system ? 'text.secondary' : 'text.primary', fontWeight: system ? 500 : 600 }}>
            {activity.title}
          </Typography>
        </Box>
        <Typography variant="caption" sx={{ color: 'text.secondary' }} component="div">
          {type.label}
          {activity.createdBy ? ` · ${activity.createdBy.name}` : ''}
          {activity.apiKey ? ` via API key '${activity.apiKey.name}'` : ''} · {formatDateTime(activity.createdAt)}
        </Typography>
        {activity.description && (
          <Typography variant="body2" sx={{ mt: 0.75, whiteSpace: 'pre-wrap', color: 'grey.700' }}>
            {activity.description}
          </Typography>
        )}
      </Box>
    </Box>
  );
}

interface ActivityTimelineProps {
  contactId: string;
  /** The list's accessible name: "Activity timeline", "Activity of Jane Doe". */
  label: string;
  /** What to say while nothing is logged. */
  empty: string;
}

/**
 * Everything that happened with a contact, newest first: what people logged and what Corral did
 * (status and tag changes, deal moves). The contact page and the deal page both show it.
 */
export function ActivityTimeline({ contactId, label, empty }: ActivityTimelineProps) {
  const activities = useContactActivities(contactId);
  const entries = activities.data?.pages.flatMap((page) => page.data) ?? [];
  if (activities.isPending) return <Skeleton variant="rounded" height={120} />;
  if (activities.isError) return <QueryErrorAlert query={activities} />;
  if (entries.length === 0) {
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary', py: 3, textAlign: 'center' }}>
        {empty}
      </Typography>
    );
  }
  return (
    <>
      <Box component="ol" aria-label={label} sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {entries.map((activity, i) => (
          <Entry key={activity.id} activity={activity} last={i === entries.length - 1} />
        ))}
      </Box>
      {activities.hasNextPage && (
        <Button size="small" sx={{ mt: 2 }} onClick={() => activities.fetchNextPage()} loading={activities.isFetchingNextPage}>
          Show older
        </Button>
      )}
    </>
  );
}
