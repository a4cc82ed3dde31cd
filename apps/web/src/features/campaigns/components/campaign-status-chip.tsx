import { StatusChip, type StatusLook } from '../../../lib/ui/status-chip';
import type { CampaignStatus } from '../api/get-campaigns';

const STATUS: Record<CampaignStatus, StatusLook> = {
  draft: { label: 'Draft', color: 'default' },
  scheduled: { label: 'Scheduled', color: 'info' },
  sending: { label: 'Sending', color: 'primary' },
  sent: { label: 'Sent', color: 'success' },
  paused: { label: 'Paused', color: 'warning' },
  cancelled: { label: 'Cancelled', color: 'error' },
};

export const CAMPAIGN_STATUSES = Object.keys(STATUS) as CampaignStatus[];

export function campaignStatusLabel(status: CampaignStatus): string {
  return STATUS[status].label;
}

export function CampaignStatusChip({ status }: { status: CampaignStatus }) {
  return <StatusChip {...STATUS[status]} />;
}

/** 0.4213 → "42.1%", 0.5 → "50%". */
export function formatRate(rate: number): string {
  return `${Number((rate * 100).toFixed(1))}%`;
}
