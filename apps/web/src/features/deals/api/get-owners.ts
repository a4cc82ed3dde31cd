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
  // `owners` is undefined until the list has loaded (or when it failed): an owner missing from it
  // must then not be taken for a deactivated one.
  return { owners: canList ? query.data : [me], canAssign: canList };
}
