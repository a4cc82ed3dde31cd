import { type components, unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api';

export type Topic = components['schemas']['TopicDto'];

/**
 * Query keys of topics. A topic change invalidates `topicsKeys.all`, which also covers every
 * contact's subscriptions (they list each topic).
 */
export const topicsKeys = {
  all: ['topics'] as const,
  list: () => ['topics', 'list'] as const,
  subscriptions: (contactId: string) => ['topics', 'subscriptions', contactId] as const,
  consents: (contactId: string) => ['topics', 'consents', contactId] as const,
};

export function getTopics(): Promise<Topic[]> {
  return unwrap(api.GET('/api/topics'));
}

export function topicsQueryOptions() {
  return queryOptions({ queryKey: topicsKeys.list(), queryFn: getTopics, staleTime: 60_000 });
}

/** Every topic, by name (a handful per workspace). */
export function useTopics() {
  return useQuery(topicsQueryOptions());
}
