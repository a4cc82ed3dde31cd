import Chip from '@mui/material/Chip';
import type { Role } from '../../../lib/auth';
import { roleLabel } from '../../../lib/format';

const COLORS: Record<Role, 'primary' | 'info' | 'default'> = { admin: 'primary', manager: 'info', member: 'default' };

export function RoleChip({ role }: { role: Role }) {
  return <Chip size="small" variant={role === 'member' ? 'outlined' : 'filled'} color={COLORS[role]} label={roleLabel(role)} />;
}
