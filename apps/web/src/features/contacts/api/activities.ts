import { type components, unwrap } from '@corral/api-client';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';

export type ActivityInput = components['schemas']['CreateActivityDto'];

const PAGE = 20;

export function getActivities(id: string, offset: number) {
  return unwrap(api.GET('/api/contacts/{id}/activities', { params: { path: { id }, query: { limit: PAGE, offset } } }));
}

/** The timeline, newest first, a page at a time ("Show older"). */
export function useActivities(id: string) {
  return useInfiniteQuery({
    queryKey: contactsKeys.activities(id),
    queryFn: ({ pageParam }) => getActivities(id, pageParam),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.data.length < last.total ? last.offset + last.data.length : undefined),
  });
}

export function createActivity({ id, body }: { id: string; body: ActivityInput }) {
  return unwrap(api.POST('/api/contacts/{id}/activities', { params: { path: { id } }, body }));
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createActivity,
    onSuccess: (activity) => queryClient.invalidateQueries({ queryKey: contactsKeys.activities(activity.contactId) }),
  });
}
