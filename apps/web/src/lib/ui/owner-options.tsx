import MenuItem from '@mui/material/MenuItem';
import type { UserOption } from '../lookups';

/**
 * The choices of an owner select: "Unassigned", under the value the caller sends for nobody
 * (`unassigned`), then the active users. When the record's `current` owner is not among them it
 * is listed too, disabled: MUI renders a value with no matching entry as a blank field, and a
 * deactivated owner must read as who they are while nobody can pick them for new work. Until
 * `users` has loaded, an owner missing from it is not known to be deactivated, so only the name
 * shows. An array rather than a component, since MUI's Select finds its options among its
 * direct children.
 */
export function ownerOptions(users: UserOption[] | undefined, unassigned: string, current?: { id: string; name: string } | null) {
  const stale = current && !users?.some((user) => user.id === current.id) ? current : null;
  return [
    <MenuItem key="unassigned" value={unassigned}>
      <em>Unassigned</em>
    </MenuItem>,
    ...(users ?? []).map((user) => (
      <MenuItem key={user.id} value={user.id}>
        {user.name}
      </MenuItem>
    )),
    ...(stale
      ? [
          <MenuItem key={stale.id} value={stale.id} disabled>
            {users ? `${stale.name} (deactivated)` : stale.name}
          </MenuItem>,
        ]
      : []),
  ];
}
