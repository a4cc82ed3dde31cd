import Avatar from '@mui/material/Avatar';
import Tooltip from '@mui/material/Tooltip';
import { initials } from '../../../lib/format';

/** Each at least 4.5:1 behind the white initials (Tailwind's 600 and 700 shades). */
const PALETTE = ['#4f46e5', '#0e7490', '#047857', '#b45309', '#be185d', '#7c3aed', '#2563eb', '#4d7c0f'];

/** A stable colour per person, so a board is easy to scan by owner. */
function colourOf(id: string): string {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return PALETTE[Math.abs(hash) % PALETTE.length];
}

export function OwnerAvatar({ owner, size = 24 }: { owner: { id: string; name: string } | null; size?: number }) {
  const label = owner ? `Owner: ${owner.name}` : 'Unassigned';
  return (
    <Tooltip title={label}>
      <Avatar
        aria-label={label}
        sx={{
          width: size,
          height: size,
          fontSize: size * 0.42,
          fontWeight: 700,
          bgcolor: owner ? colourOf(owner.id) : 'grey.200',
          color: owner ? '#fff' : 'text.secondary',
        }}
      >
        {owner ? initials(owner.name) : '?'}
      </Avatar>
    </Tooltip>
  );
}
