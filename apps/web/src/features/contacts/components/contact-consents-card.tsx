import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { formatDateTime } from '../../../lib/format';
import { useTopics } from '../../../lib/topics/use-topics';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { type ConsentEvent, useConsents } from '../api/subscriptions';

const ACTIONS: Record<string, string> = { subscribed: 'Subscribed to', confirmed: 'Confirmed', unsubscribed: 'Unsubscribed from' };
const SOURCES: Record<string, string> = {
  form: 'a signup form',
  import: 'an import',
  api: 'the API',
  manual: 'a user',
  unsubscribe_link: 'the unsubscribe page',
  one_click: 'one-click unsubscribe in their mail app',
  preference_centre: 'the preference centre',
};

function describe(event: ConsentEvent, topicName: (id: string) => string): string {
  const what = event.topicId ? `“${topicName(event.topicId)}”` : 'all email';
  return `${ACTIONS[event.action] ?? event.action} ${what}`;
}

/** The contact's consent ledger, oldest first: what they agreed to, when, how, and the evidence kept. */
export function ContactConsentsCard({ contactId }: { contactId: string }) {
  const consents = useConsents(contactId);
  const topics = useTopics();
  const names = new Map((topics.data ?? []).map((t) => [t.id, t.name]));
  const topicName = (id: string) => names.get(id) ?? 'a deleted topic';

  return (
    <Card component="section" aria-label="Consent history">
      <CardContent>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>
          Consent history
        </Typography>
        {consents.isPending && <Skeleton variant="rounded" height={48} />}
        {consents.isError && <QueryErrorAlert query={consents} />}
        {consents.data?.length === 0 && (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Nothing recorded yet. Signups, imports with opt-in proof, unsubscribes and changes to subscriptions show up here; entries are never edited.
          </Typography>
        )}
        {consents.data && consents.data.length > 0 && (
          <Box component="ol" aria-label="Consent entries, oldest first" sx={{ listStyle: 'none', m: 0, p: 0 }}>
            {consents.data.map((event) => {
              const evidence = [event.ip && `from ${event.ip}`, event.userAgent].filter(Boolean).join(' · ');
              return (
                <Box component="li" key={event.id} sx={{ py: 0.75, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}>
                  <Typography variant="subtitle2">{describe(event, topicName)}</Typography>
                  <Typography variant="caption" component="div" sx={{ color: 'text.secondary' }}>
                    {formatDateTime(event.at)} · through {SOURCES[event.source] ?? event.source}
                    {evidence && ` · ${evidence}`}
                  </Typography>
                  {event.text && (
                    <Typography variant="caption" component="div" sx={{ color: 'text.secondary', fontStyle: 'italic' }}>
                      Shown: “{event.text}”
                    </Typography>
                  )}
                </Box>
              );
            })}
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
