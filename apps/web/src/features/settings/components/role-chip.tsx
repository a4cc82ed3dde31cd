import Chip from '@mui/material/Chip';
import type { Role } from '../../../lib/auth';
import { roleLabel } from '../../../lib/format';

/** Soft tints: the role reads at a glance without competing with the page's buttons. */
const TINTS: Record<Role, { bgcolor: string; color: string }> = {
  admin: { bgcolor: '#eef2ff', color: '#4338ca' },
  manager: { bgcolor: '#e0f2fe', color: '#0369a1' },
  member: { bgcolor: 'grey.100', color: 'grey.700' },
};

export function RoleChip({ role }: { role: Role }) {
  return <Chip size="small" label={roleLabel(role)} sx={TINTS[role]} />;
}
