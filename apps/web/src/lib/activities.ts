import { type components, unwrap } from '@corral/api-client';
import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from './api';

export type Activity = components['schemas']['ActivityDto'];

/*
 * A contact's timeline is shown on the contact page and on the page of each of their deals. Both
 * read this one cache entry, so an activity logged on either page (or written by Corral after a
 * deal moved) shows on both. The keys start with the contacts feature's root key, so the
 * invalidation after a contact change (which writes status and tag entries) refreshes them too.
 */
export const contactActivitiesKeys = {
  all: ['contacts', 'activities'] as const,
  of: (contactId: string) => ['contacts', 'activities', contactId] as const,
};

const PAGE = 20;

/** The timeline, newest first, a page at a time ("Show older"). */
export function useContactActivities(contactId: string) {
  return useInfiniteQuery({
    queryKey: contactActivitiesKeys.of(contactId),
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/contacts/{id}/activities', { params: { path: { id: contactId }, query: { limit: PAGE, offset: pageParam } } })),
    initialPageParam: 0,
    getNextPageParam: (last) => (last.offset + last.data.length < last.total ? last.offset + last.data.length : undefined),
  });
}
