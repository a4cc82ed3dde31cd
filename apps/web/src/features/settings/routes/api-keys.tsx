import Add from '@mui/icons-material/Add';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useCurrentUser } from '../../../lib/auth';
import { formatDate, formatDateTime } from '../../../lib/format';
import { AccessNotice } from '../../../lib/ui/access-notice';
import { ConfirmDialog } from '../../../lib/ui/confirm-dialog';
import { type DataColumn, DataTable } from '../../../lib/ui/data-table';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { usePageTitle } from '../../../lib/use-page-title';
import type { CreatedApiKey } from '../api/create-api-key';
import { type ApiKey, useApiKeys } from '../api/get-api-keys';
import { useRevokeApiKey } from '../api/revoke-api-key';
import { ApiKeyCreatedDialog } from '../components/api-key-created-dialog';
import { CreateApiKeyDialog } from '../components/create-api-key-dialog';
import { RoleChip } from '../components/role-chip';

const PAGE_SIZE = 25;

function isExpired(key: ApiKey): boolean {
  return key.expiresAt !== null && new Date(key.expiresAt).getTime() <= Date.now();
}

function ScopeChips({ scopes }: { scopes: ApiKey['scopes'] }) {
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap', maxWidth: 320 }}>
      {scopes.map((scope) => (
        <Chip
          key={scope}
          size="small"
          label={scope}
          variant="outlined"
          sx={{ fontFamily: 'monospace', fontSize: '0.75rem', height: 22, ...(scope.endsWith(':write') && { borderColor: 'warning.light', color: 'warning.dark' }) }}
        />
      ))}
    </Box>
  );
}

function ApiKeysList() {
  const [page, setPage] = useState(0);
  const keys = useApiKeys({ limit: PAGE_SIZE, offset: page * PAGE_SIZE });
  const revokeKey = useRevokeApiKey();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  function closeRevoke() {
    revokeKey.reset();
    setRevoking(null);
  }

  function revoke() {
    if (!revoking) return;
    const { id, name } = revoking;
    revokeKey.mutate(id, {
      onSuccess: () => {
        closeRevoke();
        setNotice({ severity: 'success', message: `“${name}” was revoked: requests with it now get 401.` });
      },
    });
  }

  const columns: DataColumn<ApiKey>[] = [
    {
      id: 'name',
      header: 'Name',
      cell: (key) => (
        <Box>
          <Typography variant="subtitle2" component="div">
            {key.name}
          </Typography>
          <Typography variant="body2" component="code" sx={{ color: 'text.secondary', fontSize: '0.75rem', fontFamily: 'monospace' }}>
            crl_{key.prefix}_…
          </Typography>
        </Box>
      ),
    },
    {
      id: 'role',
      header: 'Role',
      cell: (key) => (
        <Box>
          <RoleChip role={key.role} />
          {key.userName && (
            <Typography variant="body2" sx={{ color: 'text.secondary', mt: 0.5 }}>
              as {key.userName}
            </Typography>
          )}
        </Box>
      ),
    },
    { id: 'scopes', header: 'Scopes', cell: (key) => <ScopeChips scopes={key.scopes} /> },
    { id: 'created', header: 'Created', cell: (key) => formatDate(key.createdAt), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
    { id: 'last-used', header: 'Last used', cell: (key) => (key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'), sx: { color: 'text.secondary', whiteSpace: 'nowrap' } },
    {
      id: 'expires',
      header: 'Expires',
      cell: (key) =>
        isExpired(key) ? <Chip size="small" label="Expired" color="error" variant="outlined" /> : key.expiresAt ? formatDate(key.expiresAt) : 'Never',
      sx: { color: 'text.secondary', whiteSpace: 'nowrap' },
    },
  ];

  return (
    <>
      <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', mb: 2, flexWrap: 'wrap' }}>
        <Box sx={{ flexGrow: 1 }}>
          <Typography variant="h6" component="h2">
            API keys
          </Typography>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            Keys let scripts and integrations call the Corral API as <code>Authorization: Bearer &lt;key&gt;</code>, with a role and only the scopes you give them.
          </Typography>
        </Box>
        <Button variant="contained" startIcon={<Add />} onClick={() => setCreating(true)}>
          Create API key
        </Button>
      </Box>

      <DataTable
        label="API keys"
        columns={columns}
        query={keys}
        rowKey={(key) => key.id}
        rowActions={(key) => (
          <Button size="small" color="error" onClick={() => setRevoking(key)} aria-label={`Revoke ${key.name}`}>
            Revoke
          </Button>
        )}
        empty="No API keys yet. Create one for each integration, so each can be revoked on its own."
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
      />

      <CreateApiKeyDialog open={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <ApiKeyCreatedDialog created={created} onClose={() => setCreated(null)} />
      <ConfirmDialog
        open={Boolean(revoking)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke key"
        pending={revokeKey.isPending}
        error={revokeKey.error}
        onCancel={closeRevoke}
        onConfirm={revoke}
      >
        Every request made with this key will be refused from now on. This cannot be undone: an integration using it needs a new key.
      </ConfirmDialog>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </>
  );
}

export function Component() {
  usePageTitle('API keys', 'Settings');
  return useCurrentUser().role === 'admin' ? (
    <ApiKeysList />
  ) : (
    <AccessNotice title="Only admins manage API keys">Ask an admin of your workspace for a key for your integration.</AccessNotice>
  );
}
