import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate, useSearchParams } from 'react-router';
import { problemOf } from '@corral/api-client';
import { useAuth } from '../../../lib/auth';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { useResetPassword } from '../api/reset-password';
import { NEW_PASSWORD_HINT, newPasswordRules } from '../password-rules';
import { AuthLayout } from './auth-layout';

interface PasswordValues {
  password: string;
  confirmation: string;
}

const TEXTS = {
  reset: {
    title: 'Choose a new password',
    intro: 'Your old password stops working, and every device signed in to your account is signed out.',
    action: 'Save password',
  },
  invite: {
    title: 'Set your password',
    intro: 'Welcome to Corral. Choose the password you will log in with.',
    action: 'Set password and log in',
  },
};

function NewLinkHint({ detail }: { detail: string }) {
  return (
    <Alert severity="error" role="alert">
      {detail}{' '}
      <Link component={RouterLink} to="/forgot-password" sx={{ fontWeight: 600 }}>
        Ask for a new link
      </Link>
    </Alert>
  );
}

/**
 * The page a reset or invite email links to (`?token=…&email=…`). Once the password is set it
 * signs the user in with it; the email in the link is only for that, the token decides whose
 * password is set.
 */
export function PasswordLinkPage({ variant }: { variant: 'reset' | 'invite' }) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const email = params.get('email') ?? '';
  const { login } = useAuth();
  const navigate = useNavigate();
  const resetPassword = useResetPassword();
  const form = useForm<PasswordValues>({ defaultValues: { password: '', confirmation: '' } });
  const [detail, setDetail] = useState<string | null>(null);
  const [linkRefused, setLinkRefused] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const texts = TEXTS[variant];

  const submit = form.handleSubmit(({ password }) => {
    setDetail(null);
    resetPassword.mutate(
      { token, password },
      {
        onSuccess: async () => {
          setSigningIn(true);
          try {
            if (!email) throw new Error('no email in the link');
            await login(email, password);
            navigate('/dashboard', { replace: true });
          } catch {
            navigate('/login', { replace: true, state: { notice: 'Your password is set. Log in with it.' } });
          }
        },
        onError: (error) => {
          // A refused token has no input to show under: the page says what to do instead.
          if (problemOf(error)?.errors?.some((e) => e.field === 'token')) {
            setLinkRefused(true);
            setDetail('This link has expired or was already used.');
            return;
          }
          setDetail(showProblem(form, error, ['password']));
        },
      },
    );
  });

  if (!token) {
    return (
      <AuthLayout title={texts.title} intro="This page opens from the link in your email.">
        <NewLinkHint detail="The link is incomplete: open it again from the email, or ask for a new one." />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout title={texts.title} intro={texts.intro}>
      <Box component="form" noValidate onSubmit={submit}>
        <Stack spacing={2.5}>
          {detail && (linkRefused ? <NewLinkHint detail={detail} /> : <Alert severity="error" role="alert">{detail}</Alert>)}
          {email && (
            <Typography variant="body2">
              Account: <strong>{email}</strong>
              {/* Lets password managers file the new password under the right account. */}
              <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
            </Typography>
          )}
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            autoFocus
            fullWidth
            {...textFieldProps(form, 'password', newPasswordRules, NEW_PASSWORD_HINT)}
          />
          <TextField
            label="Repeat the password"
            type="password"
            autoComplete="new-password"
            fullWidth
            {...textFieldProps(form, 'confirmation', {
              validate: (value, values) => value === values.password || 'The two passwords differ',
            })}
          />
          <Button type="submit" variant="contained" size="large" fullWidth loading={resetPassword.isPending || signingIn} sx={{ py: 1.25 }}>
            {texts.action}
          </Button>
        </Stack>
      </Box>
    </AuthLayout>
  );
}
