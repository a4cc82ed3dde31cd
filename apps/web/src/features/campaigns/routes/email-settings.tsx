import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Skeleton from '@mui/material/Skeleton';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useCurrentUser } from '../../../lib/auth';
import { controlledFieldProps, showProblem } from '../../../lib/form-fields';
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
  const form = useForm<Values>({ defaultValues: initial });
  const [detail, setDetail] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const update = useUpdateEmailSettings();
  const dirty = form.formState.isDirty;

  function submit(values: Values) {
    setDetail(null);
    const body = { fromName: values.fromName.trim(), fromEmail: values.fromEmail.trim(), postalAddress: values.postalAddress.trim() };
    update.mutate(body, {
      onSuccess: (result) => {
        const next = { fromName: result.fromName ?? '', fromEmail: result.fromEmail ?? '', postalAddress: result.postalAddress ?? '' };
        form.reset(next);
        setNotice({ severity: 'success', message: 'Email settings saved.' });
      },
      onError: (error) => setDetail(showProblem(form, error, ['fromName', 'fromEmail', 'postalAddress'])),
    });
  }

  // Controlled, so that Discard and the saved copy show in the inputs (and their labels move aside for them).
  const field = (key: keyof Values, hint: string) => ({ ...controlledFieldProps(form, key, hint), fullWidth: true });

  return (
    <Paper variant="outlined" component="form" onSubmit={form.handleSubmit(submit)} noValidate sx={{ p: 3, borderRadius: 3, maxWidth: 720 }}>
      {detail && <Alert severity="error" sx={{ mb: 2 }}>{detail}</Alert>}
      <Stack spacing={2.5}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2 }}>
          <TextField {...field('fromName', 'Shown as the sender unless a template sets its own.')} label="Default from name" />
          <TextField {...field('fromEmail', 'Must be an address your mail server may send as.')} label="Default from email" type="email" />
        </Box>
        <TextField
          {...field('postalAddress', 'Printed in every campaign’s footer, as anti-spam laws (CAN-SPAM) require.')}
          label="Sender postal address"
          multiline
          minRows={3}
        />
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', gap: 1 }}>
          <Button disabled={!dirty || update.isPending} onClick={() => form.reset()}>
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
