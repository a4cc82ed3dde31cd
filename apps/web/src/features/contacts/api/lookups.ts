import { unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** Users a contact can be assigned to. Only admins and managers may list users; members own their own contacts. */
export function useOwners(enabled: boolean) {
  return useQuery(
    queryOptions({
      queryKey: ['contacts', 'owners'],
      queryFn: () => unwrap(api.GET('/api/users', { params: { query: { limit: 200, sort: 'name' } } })),
      select: (page) => page.data.filter((user) => user.isActive),
      staleTime: 5 * 60_000,
      enabled,
    }),
  );
}
