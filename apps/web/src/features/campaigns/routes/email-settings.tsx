import { toFormErrors } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { useCurrentUser } from '../../../lib/auth';
import { type Notice, NoticeSnackbar } from '../../../lib/ui/notice-snackbar';
import { useEmailSettings, useUpdateEmailSettings } from '../api/email-settings';
import { QueryErrorAlert } from '../../../lib/ui/query-error-alert';
import { usePageTitle } from '../../../lib/use-page-title';

interface Values {
  fromName: string;
  fromEmail: string;
  postalAddress: string;
}

function SettingsForm({ initial }: { initial: Values }) {
  const [values, setValues] = useState(initial);
  const [saved, setSaved] = useState(initial);
  const [notice, setNotice] = useState<Notice>(null);
  const update = useUpdateEmailSettings();
  const errors = update.error ? toFormErrors(update.error) : null;
  const dirty = JSON.stringify(values) !== JSON.stringify(saved);

  function submit(e: FormEvent) {
    e.preventDefault();
    const body = { fromName: values.fromName.trim(), fromEmail: values.fromEmail.trim(), postalAddress: values.postalAddress.trim() };
    update.mutate(body, {
      onSuccess: (result) => {
        const next = { fromName: result.fromName ?? '', fromEmail: result.fromEmail ?? '', postalAddress: result.postalAddress ?? '' };
        setSaved(next);
        setValues(next);
        setNotice({ severity: 'success', message: 'Email settings saved.' });
      },
    });
  }

  const field = (key: keyof Values) => ({
    value: values[key],
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => setValues((v) => ({ ...v, [key]: e.target.value })),
    error: Boolean(errors?.fieldErrors[key]),
    fullWidth: true,
  });

  return (
    <Paper variant="outlined" component="form" onSubmit={submit} noValidate sx={{ p: 3, borderRadius: 3, maxWidth: 720 }}>
      {errors && Object.keys(errors.fieldErrors).length === 0 && <Alert severity="error" sx={{ mb: 2 }}>{errors.detail}</Alert>}
      <Stack spacing={2.5}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
          <TextField {...field('fromName')} label="Default from name" helperText={errors?.fieldErrors.fromName ?? 'Shown as the sender unless a template sets its own.'} />
          <TextField {...field('fromEmail')} label="Default from email" type="email" helperText={errors?.fieldErrors.fromEmail ?? 'Must be an address your mail server may send as.'} />
        </Box>
        <TextField
          {...field('postalAddress')}
          label="Sender postal address"
          multiline
          minRows={3}
          helperText={errors?.fieldErrors.postalAddress ?? 'Printed in every campaign’s footer, as anti-spam laws (CAN-SPAM) require.'}
        />
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
          <Button disabled={!dirty || update.isPending} onClick={() => setValues(saved)}>
            Discard
          </Button>
          <Button type="submit" variant="contained" loading={update.isPending} disabled={!dirty}>
            Save
          </Button>
        </Box>
      </Stack>
      <NoticeSnackbar notice={notice} onClose={() => setNotice(null)} />
    </Paper>
  );
}

function AdminSettings() {
  const settings = useEmailSettings();
  if (settings.isError) return <QueryErrorAlert query={settings} prefix="The email settings could not be loaded" />;
  if (!settings.data) return <Skeleton variant="rounded" height={280} sx={{ maxWidth: 720 }} />;
  const { fromName, fromEmail, postalAddress } = settings.data;
  return <SettingsForm initial={{ fromName: fromName ?? '', fromEmail: fromEmail ?? '', postalAddress: postalAddress ?? '' }} />;
}

export function Component() {
  usePageTitle('Email sending', 'Settings');
  const me = useCurrentUser();
  return (
    <>
      <Box sx={{ mb: 2 }}>
        <Typography variant="h6" component="h2">
          Email sending
        </Typography>
        <Typography variant="body2" sx={{ color: 'text.secondary' }}>
          The sender of campaigns and test emails, and the postal address in their footer.
        </Typography>
      </Box>
      {me.role === 'admin' ? <AdminSettings /> : <Alert severity="info">Only admins change how Corral sends email.</Alert>}
    </>
  );
}
