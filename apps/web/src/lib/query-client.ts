import { ApiError } from '@corral/api-client';
import { QueryClient } from '@tanstack/react-query';

/** 4xx answers will not change on retry; network blips and 5xx get two more tries. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}

const startsWith = (key: readonly unknown[], prefix: readonly unknown[]) => prefix.every((part, i) => key[i] === part);

/**
 * After deleting an item: the feature's other queries (its lists) refetch at once, while the
 * deleted item's own queries (`deletedKeys`: its detail, and any per-item query outside it) are
 * only marked stale, so a page still showing it does not ask for it (a 404) before it navigates
 * away, and opening it again finds it gone.
 */
export async function invalidateAfterDelete(queryClient: QueryClient, featureKey: readonly unknown[], ...deletedKeys: (readonly unknown[])[]): Promise<void> {
  const deleted = (key: readonly unknown[]) => deletedKeys.some((prefix) => startsWith(key, prefix));
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: featureKey, predicate: (query) => !deleted(query.queryKey) }),
    ...deletedKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey, refetchType: 'none' })),
  ]);
}

/**
 * The deals of one contact, listed on the contact's page. It sits under the deals feature's root
 * key, so every deal change (each invalidates `['deals']`) refreshes it: marking a deal won shows
 * on its contact's page at once.
 */
export const contactDealsKey = (contactId: string) => ['deals', 'of-contact', contactId] as const;
