import Chip from '@mui/material/Chip';
import type { ContactStatus } from '../api/types';

const STYLES: Record<ContactStatus, { label: string; color: string; bg: string }> = {
  lead: { label: 'Lead', color: '#0369a1', bg: '#e0f2fe' },
  prospect: { label: 'Prospect', color: '#b45309', bg: '#fef3c7' },
  customer: { label: 'Customer', color: '#15803d', bg: '#dcfce7' },
  archived: { label: 'Archived', color: '#475569', bg: '#f1f5f9' },
};

export function statusLabel(status: ContactStatus): string {
  return STYLES[status].label;
}

/** A contact's lifecycle status in its own soft tint. */
export function StatusChip({ status, size = 'small' }: { status: ContactStatus; size?: 'small' | 'medium' }) {
  const style = STYLES[status];
  return <Chip size={size} label={style.label} sx={{ color: style.color, bgcolor: style.bg, fontWeight: 600, borderRadius: 1.5 }} />;
}
