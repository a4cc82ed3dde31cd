import { errorMessage } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Chip from '@mui/material/Chip';
import Skeleton from '@mui/material/Skeleton';
import Switch from '@mui/material/Switch';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';
import Link from '@mui/material/Link';
import { useCanManage } from '../../../lib/auth';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { type Subscription, useSubscriptions, useUpdateSubscriptions } from '../api/subscriptions';

function statusHint(s: Subscription): string {
  if (s.status === 'pending') return 'Waiting for the contact to confirm by email';
  if (s.explicit) return s.status === 'subscribed' ? 'Subscribed' : 'Unsubscribed';
  return s.requiresOptIn ? 'Not subscribed (this topic requires opt-in)' : 'Gets it by default (never unsubscribed)';
}

/** The contact's status per topic; a switch subscribes or unsubscribes them, recorded as a manual change in the consent history. */
export function ContactSubscriptionsCard({ contactId }: { contactId: string }) {
  const subscriptions = useSubscriptions(contactId);
  const update = useUpdateSubscriptions();
  const canManage = useCanManage();

  return (
    <Card component="section" aria-label="Subscriptions">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          Subscriptions
        </Typography>
        {update.error != null && (
          <Alert severity="error" sx={{ mb: 1.5 }}>
            {errorMessage(update.error)}
          </Alert>
        )}
        {subscriptions.isPending && <Skeleton variant="rounded" height={48} />}
        {subscriptions.isError && <QueryErrorAlert query={subscriptions} />}
        {subscriptions.data?.length === 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            No topics yet.{' '}
            {canManage && (
              <Link component={RouterLink} to="/settings/topics">
                Add topics
              </Link>
            )}{' '}
            so contacts can choose which emails they get.
          </Typography>
        )}
        {subscriptions.data?.map((s) => {
          const id = `subscription-${s.topicId}`;
          return (
            <Box key={s.topicId} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.75, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}>
              <Box sx={{ flexGrow: 1, minWidth: 0 }}>
                <Typography variant="subtitle2" component="label" htmlFor={id} sx={{ display: 'block' }}>
                  {s.topicName}
                </Typography>
                <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                  {statusHint(s)}
                </Typography>
              </Box>
              {s.status === 'pending' && <Chip size="small" label="Pending" color="warning" variant="outlined" />}
              <Switch
                id={id}
                checked={s.status === 'subscribed'}
                disabled={update.isPending}
                onChange={(e) => update.mutate({ contactId, changes: [{ topicId: s.topicId, status: e.target.checked ? 'subscribed' : 'unsubscribed' }] })}
              />
            </Box>
          );
        })}
      </CardContent>
    </Card>
  );
}
