import type { Role } from '../../../lib/auth';

/** The roles an admin gives, with what each may do. */
export const ROLE_OPTIONS: { value: Role; label: string; hint: string }[] = [
  { value: 'member', label: 'Member', hint: 'Sees and edits the contacts and deals assigned to them' },
  { value: 'manager', label: 'Manager', hint: 'Sees and edits everything, except users' },
  { value: 'admin', label: 'Admin', hint: 'Everything, including users and settings' },
];
