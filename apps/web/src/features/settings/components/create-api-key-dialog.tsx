import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Checkbox from '@mui/material/Checkbox';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormGroup from '@mui/material/FormGroup';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import MenuItem from '@mui/material/MenuItem';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { Role } from '../../../lib/auth';
import { controlledFieldProps, showProblem, textFieldProps } from '../../../lib/form-fields';
import { useActiveUserOptions } from '../../../lib/lookups';
import { ActionDialog } from '../../../lib/ui/action-dialog';
import { DialogButtons } from '../../../lib/ui/dialog-buttons';
import { type ApiScope, type CreatedApiKey, useCreateApiKey } from '../api/create-api-key';
import { SCOPE_AREAS } from './api-key-scopes';

interface ApiKeyFormValues {
  name: string;
  role: Role;
  userId: string;
  scopes: ApiScope[];
  /** A calendar day (`YYYY-MM-DD`), or '' for a key that never expires. */
  expiresOn: string;
}

const EMPTY: ApiKeyFormValues = { name: '', role: 'manager', userId: '', scopes: [], expiresOn: '' };

const KEY_ROLE_HINTS: Record<Role, string> = {
  admin: 'Sees everything and acts as you; admin-only routes open too',
  manager: 'Sees and edits everything (within its scopes) and acts as you',
  member: 'Sees only the contacts and deals of the member it acts as',
};

/** The API's field names → the form's (the expiry is picked as a day). */
const API_FIELDS = { name: 'name', role: 'role', userId: 'userId', scopes: 'scopes', expiresAt: 'expiresOn' } as const;

/** The key stops at the end of the chosen day, in the admin's time zone. */
function endOfDay(day: string): string {
  return new Date(`${day}T23:59:59.999`).toISOString();
}

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

interface CreateApiKeyDialogProps {
  open: boolean;
  onClose(): void;
  onCreated(key: CreatedApiKey): void;
}

export function CreateApiKeyDialog({ open, onClose, onCreated }: CreateApiKeyDialogProps) {
  const createKey = useCreateApiKey();
  return (
    <ActionDialog open={open} pending={createKey.isPending} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => createKey.reset() } }}>
      {/* Mounted with each opening, so every opening starts empty. */}
      <CreateApiKeyForm createKey={createKey} onClose={onClose} onCreated={onCreated} />
    </ActionDialog>
  );
}

function ScopeGroup({ legend, kind, value, onChange }: { legend: string; kind: 'read' | 'write'; value: ApiScope[]; onChange(scopes: ApiScope[]): void }) {
  return (
    <FormControl component="fieldset" variant="standard" sx={{ flex: 1, minWidth: 220 }}>
      <FormLabel component="legend" sx={{ mb: 0.5, fontSize: '0.8125rem', fontWeight: 600 }}>
        {legend}
      </FormLabel>
      <FormGroup>
        {SCOPE_AREAS.map((area) => {
          const scope = area[kind];
          if (!scope) return null;
          return (
            <FormControlLabel
              key={scope}
              control={
                <Checkbox
                  size="small"
                  checked={value.includes(scope)}
                  onChange={(event) => onChange(event.target.checked ? [...value, scope] : value.filter((s) => s !== scope))}
                />
              }
              label={
                <Box component="span" sx={{ fontSize: '0.875rem' }}>
                  {area.label} <Box component="code" sx={{ color: 'text.secondary', fontSize: '0.75rem' }}>{scope}</Box>
                </Box>
              }
            />
          );
        })}
      </FormGroup>
    </FormControl>
  );
}

function CreateApiKeyForm({ createKey, onClose, onCreated }: Omit<CreateApiKeyDialogProps, 'open'> & { createKey: ReturnType<typeof useCreateApiKey> }) {
  const form = useForm<ApiKeyFormValues>({ defaultValues: EMPTY });
  const [detail, setDetail] = useState<string | null>(null);
  const role = form.watch('role');
  const members = useActiveUserOptions().data?.filter((user) => user.role === 'member');

  function submit(values: ApiKeyFormValues) {
    setDetail(null);
    createKey.mutate(
      {
        name: values.name,
        role: values.role,
        scopes: values.scopes,
        ...(values.role === 'member' && { userId: values.userId || null }),
        expiresAt: values.expiresOn ? endOfDay(values.expiresOn) : null,
      },
      {
        onSuccess: (created) => {
          onCreated(created);
          onClose();
        },
        onError: (error) => setDetail(showProblem(form, error, API_FIELDS)),
      },
    );
  }

  return (
    <form noValidate onSubmit={form.handleSubmit(submit)}>
      <DialogTitle>Create API key</DialogTitle>
      <DialogContent>
        <Stack spacing={2.5} sx={{ pt: 1 }}>
          {detail && <Alert severity="error">{detail}</Alert>}
          <TextField
            label="Name"
            autoFocus
            fullWidth
            {...textFieldProps(form, 'name', { validate: (v) => v.trim() !== '' || 'Name the key after who uses it' }, 'Who uses it, e.g. “Zapier sync”; timelines show what it wrote')}
          />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: role === 'member' ? '1fr 1fr' : '1fr' }, gap: 2 }}>
            <TextField select label="Role" fullWidth {...controlledFieldProps(form, 'role', KEY_ROLE_HINTS[role])}>
              <MenuItem value="admin">Admin</MenuItem>
              <MenuItem value="manager">Manager</MenuItem>
              <MenuItem value="member">Member</MenuItem>
            </TextField>
            {role === 'member' && (
              <Controller
                name="userId"
                control={form.control}
                rules={{ validate: (v) => form.getValues('role') !== 'member' || v !== '' || 'Choose the member this key acts as' }}
                render={({ field: { ref, ...field }, fieldState }) => (
                  <TextField
                    select
                    label="Acts as member"
                    fullWidth
                    {...field}
                    inputRef={ref}
                    error={Boolean(fieldState.error)}
                    helperText={fieldState.error?.message ?? (members?.length === 0 ? 'No active members yet' : 'It sees what this member sees')}
                  >
                    {(members ?? []).map((user) => (
                      <MenuItem key={user.id} value={user.id}>
                        {user.name} ({user.email})
                      </MenuItem>
                    ))}
                  </TextField>
                )}
              />
            )}
          </Box>
          <Controller
            name="scopes"
            control={form.control}
            rules={{ validate: (v) => v.length > 0 || 'Choose at least one scope' }}
            render={({ field, fieldState }) => (
              <Box>
                <Box sx={{ display: 'flex', gap: 3, flexWrap: 'wrap' }}>
                  <ScopeGroup legend="Read" kind="read" value={field.value} onChange={field.onChange} />
                  <ScopeGroup legend="Write" kind="write" value={field.value} onChange={field.onChange} />
                </Box>
                <FormHelperText error={Boolean(fieldState.error)}>
                  {fieldState.error?.message ?? 'Write does not include read: tick both for a key that reads and writes.'}
                </FormHelperText>
              </Box>
            )}
          />
          <TextField
            label="Expires on (optional)"
            type="date"
            fullWidth
            {...textFieldProps(form, 'expiresOn', undefined, 'The key stops working at the end of this day; leave empty for no expiry')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: today() } }}
          />
        </Stack>
      </DialogContent>
      <DialogButtons confirmLabel="Create key" pending={createKey.isPending} onCancel={onClose} />
    </form>
  );
}
