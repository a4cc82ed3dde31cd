import type { components } from '@corral/api-client';
import Chip from '@mui/material/Chip';

type DealStatus = components['schemas']['DealDto']['status'];
type ExecutionStatus = components['schemas']['WorkflowExecutionDto']['status'] | components['schemas']['StepExecutionDto']['status'];

export interface StatusLook {
  label: string;
  color: 'default' | 'primary' | 'info' | 'success' | 'warning' | 'error';
}

/*
 * The deal and workflow-run statuses show on their own pages and again among a contact's related
 * records; one table each keeps the label and colour of a status the same wherever it appears.
 */
const DEAL: Record<DealStatus, StatusLook> = {
  open: { label: 'Open', color: 'default' },
  won: { label: 'Won', color: 'success' },
  lost: { label: 'Lost', color: 'error' },
};

const EXECUTION: Record<ExecutionStatus, StatusLook> = {
  pending: { label: 'Pending', color: 'default' },
  in_progress: { label: 'Running', color: 'info' },
  completed: { label: 'Completed', color: 'success' },
  failed: { label: 'Failed', color: 'error' },
  cancelled: { label: 'Cancelled', color: 'warning' },
  skipped: { label: 'Skipped', color: 'default' },
};

/** Neutral states are outlined, so the filled ones (won, failed, sent…) catch the eye in a list. */
export function StatusChip({ label, color }: StatusLook) {
  return <Chip component="span" size="small" label={label} color={color} variant={color === 'default' ? 'outlined' : 'filled'} sx={{ fontWeight: 600 }} />;
}

export function DealStatusChip({ status }: { status: DealStatus }) {
  return <StatusChip {...DEAL[status]} />;
}

/** A workflow run's status, or one of its steps'. */
export function ExecutionStatusChip({ status }: { status: ExecutionStatus }) {
  return <StatusChip {...EXECUTION[status]} />;
}
