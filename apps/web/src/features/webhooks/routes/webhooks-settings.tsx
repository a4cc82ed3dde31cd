import Add from '@mui/icons-material/Add';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import Switch from '@mui/material/Switch';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useCurrentUser } from '../../../lib/auth';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { ConfirmDeleteDialog } from '../../../lib/ui/confirm-dialog';
import { type Notice, NoticeSnackbar, errorNotice } from '../../../lib/ui/notice-snackbar';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { type StatusLook, StatusChip } from '../../../lib/ui/status-chip';
import { usePageTitle } from '../../../lib/use-page-title';
import { type WebhookEndpoint, useEndpoints } from '../api/get-endpoints';
import { useDeleteEndpoint, useRotateSecret, useTestEndpoint, useUpdateEndpoint } from '../api/mutate-endpoint';
import { DeliveriesTable } from '../components/deliveries-table';
import { EndpointFormDialog } from '../components/endpoint-form-dialog';
import { SecretDialog } from '../components/secret-dialog';

type Health = 'healthy' | 'failing' | 'disabled';

const HEALTH: Record<Health, StatusLook> = {
  healthy: { label: 'Healthy', color: 'success' },
  failing: { label: 'Failing', color: 'warning' },
  disabled: { label: 'Disabled', color: 'default' },
};

/** Switched off (by an admin, or by the worker after 3 days of failures) wins; else failing while its last delivery failed. */
function healthOf(endpoint: WebhookEndpoint): Health {
  if (!endpoint.isActive) return 'disabled';
  return endpoint.failingSince ? 'failing' : 'healthy';
}

function WebhooksPage() {
  const endpoints = useEndpoints();
  const update = useUpdateEndpoint();
  const remove = useDeleteEndpoint();
  const rotate = useRotateSecret();
  const test = useTestEndpoint();
  const [editing, setEditing] = useState<WebhookEndpoint | 'new' | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);
  const [secret, setSecret] = useState<{ value: string; url: string } | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [testResult, setTestResult] = useState<{ url: string; ok: boolean; text: string } | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const rows = endpoints.data?.data ?? [];
  const selected = rows.find((row) => row.id === selectedId) ?? rows[0] ?? null;
  const fail = (error: unknown) => setNotice(errorNotice(error));

  function sendTest(endpoint: WebhookEndpoint) {
    setTestResult(null);
    setSelectedId(endpoint.id);
    test.mutate(endpoint.id, {
      onSuccess: (delivery) =>
        setTestResult({
          url: endpoint.url,
          ok: delivery.status === 'succeeded',
          text:
            delivery.status === 'succeeded'
              ? `The ping was delivered: ${endpoint.url} answered ${delivery.responseStatus}.`
              : `The ping failed: ${delivery.error ?? `${endpoint.url} answered ${delivery.responseStatus}`}.`,
        }),
      onError: fail,
    });
  }

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            Webhooks
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Corral posts a signed request (Standard Webhooks) to each URL for the events it subscribes to, and retries failed deliveries for 24 hours.
          </Typography>
        </Box>
        <Button variant="contained" startIcon={<Add />} onClick={() => setEditing('new')}>
          Add webhook
        </Button>
      </Box>

      {endpoints.isError && <QueryErrorAlert query={endpoints} prefix="The webhooks did not load" sx={{ mb: 2 }} />}
      <TableContainer component={Paper} variant="outlined" sx={{ mb: 3 }}>
        <Table aria-label="Webhook endpoints">
          <TableHead>
            <TableRow>
              <TableCell>URL</TableCell>
              <TableCell align="right">Events</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>Active</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {endpoints.isPending && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Skeleton />
                </TableCell>
              </TableRow>
            )}
            {!endpoints.isPending && rows.length === 0 && (
              <TableRow>
                <TableCell colSpan={5}>
                  <Typography variant="body2" sx={{ color: 'text.secondary', py: 1 }}>
                    No webhooks yet. Add one to have Corral tell another system about contacts, deals and emails as they change.
                  </Typography>
                </TableCell>
              </TableRow>
            )}
            {rows.map((endpoint) => (
              <TableRow key={endpoint.id} hover>
                <TableCell sx={{ maxWidth: 360 }}>
                  <Typography variant="body2" noWrap sx={{ fontFamily: 'monospace' }} title={endpoint.url}>
                    {endpoint.url}
                  </Typography>
                  {endpoint.description && (
                    <Typography variant="body2" noWrap sx={{ color: 'text.secondary' }}>
                      {endpoint.description}
                    </Typography>
                  )}
                </TableCell>
                <TableCell align="right">{endpoint.events.length}</TableCell>
                <TableCell>
                  <StatusChip {...HEALTH[healthOf(endpoint)]} />
                </TableCell>
                <TableCell>
                  <Switch
                    checked={endpoint.isActive}
                    slotProps={{ input: { 'aria-label': `Active: ${endpoint.url}` } }}
                    onChange={(event) => update.mutate({ id: endpoint.id, changes: { isActive: event.target.checked } }, { onError: fail })}
                  />
                </TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                  <Button size="small" onClick={() => setSelectedId(endpoint.id)}>
                    Deliveries
                  </Button>
                  <Button size="small" loading={test.isPending && test.variables === endpoint.id} onClick={() => sendTest(endpoint)}>
                    Test
                  </Button>
                  <Button size="small" onClick={() => setEditing(endpoint)}>
                    Edit
                  </Button>
                  <Button
                    size="small"
                    loading={rotate.isPending && rotate.variables === endpoint.id}
                    onClick={() => rotate.mutate(endpoint.id, { onSuccess: (answer) => setSecret({ value: answer.secret, url: endpoint.url }), onError: fail })}
                  >
                    Rotate secret
                  </Button>
                  <Button size="small" color="error" onClick={() => setDeleting(endpoint)}>
                    Delete
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>

      {selected && (
        <Stack spacing={1.5}>
          <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
            Deliveries to <Box component="span" sx={{ fontFamily: 'monospace' }}>{selected.url}</Box>
          </Typography>
          {testResult && testResult.url === selected.url && (
            <Alert severity={testResult.ok ? 'success' : 'error'} onClose={() => setTestResult(null)}>
              {testResult.text}
            </Alert>
          )}
          <DeliveriesTable endpointId={selected.id} onRedelivered={(message, error) => setNotice(error ? errorNotice(error) : { severity: 'success', message })} />
        </Stack>
      )}

      <EndpointFormDialog
        endpoint={editing}
        onClose={() => setEditing(null)}
        onCreated={(created, value) => {
          setSelectedId(created.id);
          setSecret({ value, url: created.url });
        }}
        onSaved={(message) => setNotice({ severity: 'success', message })}
      />
      <SecretDialog secret={secret?.value ?? null} url={secret?.url ?? ''} onClose={() => setSecret(null)} />
      <ConfirmDeleteDialog item={deleting && { ...deleting, name: deleting.url }} noun="webhook" remove={remove} onClose={() => setDeleting(null)} onDeleted={setNotice}>
        {(endpoint) => `${endpoint.url} will receive no more events, and its delivery log is deleted with it.`}
      </ConfirmDeleteDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

/** Settings → Webhooks: admins only, as the API's webhook-endpoint routes are. */
export function Component() {
  usePageTitle('Webhooks', 'Settings');
  return useCurrentUser().role === 'admin' ? (
    <WebhooksPage />
  ) : (
    <AccessNotice title="Only admins manage webhooks">Ask an admin of your workspace to add or change the URLs Corral sends events to.</AccessNotice>
  );
}
