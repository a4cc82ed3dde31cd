import Avatar from '@mui/material/Avatar';
import Tooltip from '@mui/material/Tooltip';
import { initials } from '../../../lib/format';

const PALETTE = ['#4f46e5', '#0891b2', '#059669', '#d97706', '#db2777', '#7c3aed', '#2563eb', '#65a30d'];

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
          color: owner ? '#fff' : 'grey.500',
        }}
      >
        {owner ? initials(owner.name) : '?'}
      </Avatar>
    </Tooltip>
  );
}
