import Avatar from '@mui/material/Avatar';
import { initials } from '../../../lib/format';

const TINTS = [
  ['#e0e7ff', '#4338ca'],
  ['#dcfce7', '#15803d'],
  ['#fef3c7', '#b45309'],
  ['#fce7f3', '#be185d'],
  ['#e0f2fe', '#0369a1'],
  ['#ede9fe', '#6d28d9'],
];

/** Initials on a tint picked from the name, so the same person always gets the same colour. */
export function ContactAvatar({ name, size = 36 }: { name: string; size?: number }) {
  const hash = [...name].reduce((sum, char) => (sum * 31 + char.charCodeAt(0)) >>> 0, 7);
  const [bg, fg] = TINTS[hash % TINTS.length];
  return (
    <Avatar sx={{ width: size, height: size, fontSize: size * 0.38, fontWeight: 650, bgcolor: bg, color: fg }} aria-hidden>
      {initials(name)}
    </Avatar>
  );
}
