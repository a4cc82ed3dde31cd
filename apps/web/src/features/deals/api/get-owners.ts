import { useCanManage, useCurrentUser } from '../../../lib/auth';
import { useActiveUserOptions } from '../../../lib/lookups';

/**
 * People deals can be assigned to. Only admins and managers may list users (and assign to
 * others); a member only ever owns their own deals, so for them the list is just themselves.
 */
export function useOwners() {
  const me = useCurrentUser();
  const canList = useCanManage();
  const query = useActiveUserOptions(canList);
  // `listed`: every active owner is in `owners`. Until then (loading, or the list failed), an
  // owner missing from it must not be taken for a deactivated one.
  return { owners: canList ? (query.data ?? []) : [me], canAssign: canList, listed: !canList || query.isSuccess };
}
