import Chip from '@mui/material/Chip';
import type { ExecutionStatus, StepExecution } from '../workflow-form';

type Status = ExecutionStatus | StepExecution['status'];

const LOOK: Record<Status, { label: string; color: 'default' | 'primary' | 'success' | 'error' | 'warning' | 'info' }> = {
  pending: { label: 'Pending', color: 'default' },
  in_progress: { label: 'Running', color: 'info' },
  completed: { label: 'Completed', color: 'success' },
  failed: { label: 'Failed', color: 'error' },
  cancelled: { label: 'Cancelled', color: 'warning' },
  skipped: { label: 'Skipped', color: 'default' },
};

export function ExecutionStatusChip({ status }: { status: Status }) {
  const look = LOOK[status];
  return <Chip size="small" variant={look.color === 'default' ? 'outlined' : 'filled'} color={look.color} label={look.label} />;
}
