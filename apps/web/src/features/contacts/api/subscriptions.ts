import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { topicsKeys } from '../../../lib/topics/use-topics';

export type Subscription = components['schemas']['SubscriptionDto'];
export type ConsentEvent = components['schemas']['ConsentEventDto'];
export type SubscriptionChange = components['schemas']['SubscriptionChangeDto'];

export function getSubscriptions(contactId: string): Promise<Subscription[]> {
  return unwrap(api.GET('/api/contacts/{id}/subscriptions', { params: { path: { id: contactId } } }));
}

export function getConsents(contactId: string): Promise<ConsentEvent[]> {
  return unwrap(api.GET('/api/contacts/{id}/consents', { params: { path: { id: contactId } } }));
}

export function useSubscriptions(contactId: string) {
  return useQuery({ queryKey: topicsKeys.subscriptions(contactId), queryFn: () => getSubscriptions(contactId) });
}

export function useConsents(contactId: string) {
  return useQuery({ queryKey: topicsKeys.consents(contactId), queryFn: () => getConsents(contactId) });
}

export function updateSubscriptions({ contactId, changes }: { contactId: string; changes: SubscriptionChange[] }) {
  return unwrap(api.PATCH('/api/contacts/{id}/subscriptions', { params: { path: { id: contactId } }, body: changes }));
}

/** A change answers the new statuses; the consent history gained entries, and the timeline does not change. */
export function useUpdateSubscriptions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSubscriptions,
    onSuccess: (statuses, { contactId }) => {
      queryClient.setQueryData(topicsKeys.subscriptions(contactId), statuses);
      return queryClient.invalidateQueries({ queryKey: topicsKeys.consents(contactId) });
    },
  });
}
