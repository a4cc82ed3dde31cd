import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { useCanManage, useCurrentUser } from '../../../lib/auth';
import { ownersKey } from './keys';

/**
 * People deals can be assigned to. Only admins and managers may list users (and assign to
 * others); a member only ever owns their own deals, so for them the list is just themselves.
 */
export function useOwners() {
  const me = useCurrentUser();
  const canList = useCanManage();
  const query = useQuery({
    queryKey: ownersKey,
    queryFn: () => unwrap(api.GET('/api/users', { params: { query: { limit: 200, sort: 'name' } } })),
    select: (page) => page.data.filter((user) => user.isActive),
    enabled: canList,
    staleTime: 5 * 60_000,
  });
  return { owners: canList ? (query.data ?? []) : [me], canAssign: canList, isPending: canList && query.isPending };
}
