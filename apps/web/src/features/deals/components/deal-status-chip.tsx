import Chip from '@mui/material/Chip';
import type { DealStatus } from '../api/keys';

const LOOK: Record<DealStatus, { label: string; color: 'default' | 'success' | 'error' }> = {
  open: { label: 'Open', color: 'default' },
  won: { label: 'Won', color: 'success' },
  lost: { label: 'Lost', color: 'error' },
};

export function DealStatusChip({ status }: { status: DealStatus }) {
  const look = LOOK[status];
  return <Chip size="small" label={look.label} color={look.color} variant={status === 'open' ? 'outlined' : 'filled'} />;
}
