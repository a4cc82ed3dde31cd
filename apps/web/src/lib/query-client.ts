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

/**
 * After deleting the item the open page shows: marks the feature's queries stale without
 * refetching them now, so the page does not ask for the deleted item (a 404) before it navigates
 * away; the list refetches when it mounts.
 */
export function invalidateAfterDelete(queryClient: QueryClient, queryKey: readonly unknown[]): Promise<void> {
  return queryClient.invalidateQueries({ queryKey, refetchType: 'none' });
}
