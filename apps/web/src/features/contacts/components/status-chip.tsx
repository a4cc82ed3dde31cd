import Chip from '@mui/material/Chip';
import { contactStatusLabel } from '../../../lib/contact-statuses';
import type { ContactStatus } from '../api/types';

const STYLES: Record<ContactStatus, { color: string; bg: string }> = {
  lead: { color: '#0369a1', bg: '#e0f2fe' },
  prospect: { color: '#b45309', bg: '#fef3c7' },
  customer: { color: '#15803d', bg: '#dcfce7' },
  archived: { color: '#475569', bg: '#f1f5f9' },
};

/** A contact's lifecycle status in its own soft tint. */
export function StatusChip({ status, size = 'small' }: { status: ContactStatus; size?: 'small' | 'medium' }) {
  const style = STYLES[status];
  return <Chip size={size} label={contactStatusLabel(status)} sx={{ color: style.color, bgcolor: style.bg, fontWeight: 600, borderRadius: 1.5 }} />;
}
