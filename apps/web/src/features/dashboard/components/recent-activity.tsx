import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlineOutlined';
import ErrorOutline from '@mui/icons-material/ErrorOutlineOutlined';
import RemoveCircleOutline from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { Dashboard } from '../api/get-dashboard';
import { formatDateTime } from '../../../lib/format';
import { formatRelative } from '../format';
import { EmptyState } from './panel';

type Activity = Dashboard['workflows']['recentActivity'][number];

const ACTION_LABELS: Record<Activity['action'], string> = {
  send_email: 'Sent an email',
  add_tag: 'Added a tag',
  remove_tag: 'Removed a tag',
  change_status: 'Changed the status',
  assign_to: 'Assigned an owner',
  wait: 'Waited',
  send_webhook: 'Sent a webhook',
};

const STATUS_LOOK = {
  completed: { icon: CheckCircleOutline, color: 'success.main', label: 'Completed' },
  failed: { icon: ErrorOutline, color: 'error.main', label: 'Failed' },
  skipped: { icon: RemoveCircleOutline, color: 'grey.400', label: 'Skipped' },
} as const;

/** The latest workflow steps that ran, newest first: what the automation has been doing. */
export function RecentActivity({ items }: { items: Activity[] }) {
  if (items.length === 0) return <EmptyState height={240}>No workflow step has run yet</EmptyState>;
  return (
    <Box component="ol" aria-label="Recent activity" sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {items.map((item, index) => {
        const look = STATUS_LOOK[item.status];
        const Icon = look.icon;
        return (
          <Box component="li" key={item.stepExecutionId} sx={{ display: 'flex', gap: 1.5, py: 1.1, borderTop: index ? '1px solid' : 0, borderColor: 'grey.100' }}>
            <Icon aria-label={look.label} sx={{ color: look.color, fontSize: 20, mt: 0.25, flexShrink: 0 }} />
            <Box sx={{ minWidth: 0, flexGrow: 1 }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }} noWrap>
                {item.workflowName}
                <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
                  {' · '}
                  {ACTION_LABELS[item.action]}
                </Typography>
              </Typography>
              <Typography variant="caption" sx={{ color: 'text.secondary' }} component="p" noWrap>
                {item.contactName}
              </Typography>
              {item.errorMessage && (
                <Typography variant="caption" sx={{ color: 'error.main' }} component="p" noWrap title={item.errorMessage}>
                  {item.errorMessage}
                </Typography>
              )}
            </Box>
            <Tooltip title={formatDateTime(item.executedAt)}>
              <Typography variant="caption" sx={{ color: 'text.secondary', flexShrink: 0, whiteSpace: 'nowrap' }}>
                {formatRelative(item.executedAt)}
              </Typography>
            </Tooltip>
          </Box>
        );
      })}
    </Box>
  );
}
