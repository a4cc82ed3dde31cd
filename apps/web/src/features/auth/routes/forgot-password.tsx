import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useLocation } from 'react-router';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { usePageTitle } from '../../../lib/use-page-title';
import { useForgotPassword } from '../api/forgot-password';
import { AuthLayout } from '../components/auth-layout';

interface ForgotValues {
  email: string;
}

function validateEmail(value: string): true | string {
  if (!value.trim()) return 'Enter your email address';
  return /^\S+@\S+\.\S+$/.test(value.trim()) || 'Enter a valid email address';
}

function BackToLogin() {
  return (
    <Link component={RouterLink} to="/login" variant="body2">
      Back to log in
    </Link>
  );
}

/** Asks for a reset link. The API answers the same for every address, so the page does too. */
export function Component() {
  usePageTitle('Forgot password');
  const location = useLocation();
  const typed = (location.state as { email?: unknown } | null)?.email;
  const form = useForm<ForgotValues>({ defaultValues: { email: typeof typed === 'string' ? typed : '' } });
  const forgot = useForgotPassword();
  const [detail, setDetail] = useState<string | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);

  const submit = form.handleSubmit(({ email }) => {
    setDetail(null);
    forgot.mutate(email.trim(), {
      onSuccess: () => setSentTo(email.trim()),
      onError: (error) => setDetail(showProblem(form, error, ['email'])),
    });
  });

  if (sentTo) {
    return (
      <AuthLayout title="Check your email" intro="If an account uses this address, a link to choose a new password is on its way.">
        <Stack spacing={3}>
          <Alert severity="success">
            We sent the link to <strong>{sentTo}</strong> if it belongs to an account. It works once, for one hour. Nothing arrived? Check your spam folder, or ask
            again in a minute.
          </Alert>
          <BackToLogin />
        </Stack>
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title="Forgot your password?" intro="Enter the email address you log in with and we will send you a link to choose a new password.">
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2.5}>
          {detail && (
            <Alert severity="error" role="alert">
              {detail}
            </Alert>
          )}
          <TextField
            label="Email"
            type="email"
            autoComplete="email"
            autoFocus
            fullWidth
            {...textFieldProps(form, 'email', { validate: validateEmail })}
          />
          <Button type="submit" variant="contained" size="large" fullWidth loading={forgot.isPending} sx={{ py: 1.25 }}>
            Send reset link
          </Button>
          <Typography variant="body2" sx={{ textAlign: 'center' }}>
            <BackToLogin />
          </Typography>
        </Stack>
      </Box>
    </AuthLayout>
  );
}
