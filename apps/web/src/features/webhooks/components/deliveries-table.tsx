import KeyboardArrowDown from '@mui/icons-material/KeyboardArrowDown';
import KeyboardArrowRight from '@mui/icons-material/KeyboardArrowRight';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Collapse from '@mui/material/Collapse';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { Fragment, useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { type StatusLook, StatusChip } from '../../../lib/ui/status-chip';
import { type WebhookDelivery, useDeliveries, useRedeliver } from '../api/deliveries';

const STATUS: Record<WebhookDelivery['status'], StatusLook> = {
  pending: { label: 'Pending', color: 'default' },
  succeeded: { label: 'Succeeded', color: 'success' },
  failed: { label: 'Failed', color: 'error' },
};

export function DeliveryStatusChip({ status }: { status: WebhookDelivery['status'] }) {
  return <StatusChip {...STATUS[status]} />;
}

interface DeliveriesTableProps {
  endpointId: string;
  onRedelivered(message: string, failed?: unknown): void;
}

/** The recent deliveries of one endpoint, newest first; a row opens to the start of the answer or the error. */
export function DeliveriesTable({ endpointId, onRedelivered }: DeliveriesTableProps) {
  const deliveries = useDeliveries(endpointId);
  const redeliver = useRedeliver();
  const [open, setOpen] = useState<string | null>(null);
  const rows = deliveries.data?.data ?? [];

  if (deliveries.isError) return <QueryErrorAlert query={deliveries} prefix="The deliveries did not load" />;
  return (
    <TableContainer component={Paper} variant="outlined">
      <Table size="small" aria-label="Deliveries">
        <TableHead>
          <TableRow>
            <TableCell padding="checkbox" />
            <TableCell>Event</TableCell>
            <TableCell>Status</TableCell>
            <TableCell align="right">Attempts</TableCell>
            <TableCell align="right">Response</TableCell>
            <TableCell>Next attempt</TableCell>
            <TableCell>Created</TableCell>
            <TableCell />
          </TableRow>
        </TableHead>
        <TableBody>
          {deliveries.isPending &&
            [0, 1].map((i) => (
              <TableRow key={i}>
                <TableCell colSpan={8}>
                  <Skeleton />
                </TableCell>
              </TableRow>
            ))}
          {!deliveries.isPending && rows.length === 0 && (
            <TableRow>
              <TableCell colSpan={8}>
                <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
                  No deliveries yet. Send a test, or make a change this webhook listens to.
                </Typography>
              </TableCell>
            </TableRow>
          )}
          {rows.map((delivery) => {
            const expanded = open === delivery.id;
            const detail = delivery.error ?? delivery.responseBody;
            return (
              <Fragment key={delivery.id}>
                <TableRow hover sx={{ '& > td': { borderBottom: expanded ? 'unset' : undefined } }}>
                  <TableCell padding="checkbox">
                    <IconButton size="small" aria-label={expanded ? 'Hide the answer' : 'Show the answer'} aria-expanded={expanded} onClick={() => setOpen(expanded ? null : delivery.id)}>
                      {expanded ? <KeyboardArrowDown fontSize="small" /> : <KeyboardArrowRight fontSize="small" />}
                    </IconButton>
                  </TableCell>
                  <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>{delivery.eventType}</TableCell>
                  <TableCell>
                    <DeliveryStatusChip status={delivery.status} />
                  </TableCell>
                  <TableCell align="right">{delivery.attempts}</TableCell>
                  <TableCell align="right">{delivery.responseStatus ?? '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{delivery.nextAttemptAt ? formatDateTime(delivery.nextAttemptAt) : '—'}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap', color: 'text.secondary' }}>{formatDateTime(delivery.createdAt)}</TableCell>
                  <TableCell align="right">
                    <Button
                      size="small"
                      disabled={redeliver.isPending && redeliver.variables === delivery.id}
                      onClick={() =>
                        redeliver.mutate(delivery.id, {
                          onSuccess: () => onRedelivered(`${delivery.eventType} is queued to be delivered again.`),
                          onError: (error) => onRedelivered('', error),
                        })
                      }
                    >
                      Redeliver
                    </Button>
                  </TableCell>
                </TableRow>
                <TableRow>
                  <TableCell colSpan={8} sx={{ py: 0, borderBottom: expanded ? undefined : 'unset' }}>
                    <Collapse in={expanded} unmountOnExit>
                      <Box sx={{ py: 1.5 }}>
                        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
                          {delivery.error ? 'Error' : 'Start of the answer'}
                        </Typography>
                        <Box component="pre" sx={{ m: 0, mt: 0.5, p: 1.5, bgcolor: 'grey.50', borderRadius: 1, fontSize: '0.8125rem', whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                          {detail || 'No answer body.'}
                        </Box>
                      </Box>
                    </Collapse>
                  </TableCell>
                </TableRow>
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
