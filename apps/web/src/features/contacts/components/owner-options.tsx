import MenuItem from '@mui/material/MenuItem';
import type { UserOption } from '../../../lib/lookups';

/**
 * The choices of an owner select: "Unassigned", under the value the caller sends for nobody
 * (`unassigned`), then the users. An array rather than a component, since MUI's Select finds its
 * options among its direct children.
 */
export function ownerOptions(users: UserOption[] | undefined, unassigned: string) {
  return [
    <MenuItem key="unassigned" value={unassigned}>
      <em>Unassigned</em>
    </MenuItem>,
    ...(users ?? []).map((user) => (
      <MenuItem key={user.id} value={user.id}>
        {user.name}
      </MenuItem>
    )),
  ];
}
