import { type components, unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ContactActivity = components['schemas']['ActivityDto'];

/** The latest entries of a contact's timeline (deal moves among them), for the deal page. */
export function useContactActivities(contactId: string | null) {
  return useQuery({
    queryKey: ['deals', 'contact-activities', contactId],
    queryFn: () => unwrap(api.GET('/api/contacts/{id}/activities', { params: { path: { id: contactId! }, query: { limit: 10 } } })),
    enabled: Boolean(contactId),
  });
}
