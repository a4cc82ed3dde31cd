import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { ApiError, toFormErrors } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { type FormEvent, useState } from 'react';
import { Link as RouterLink, Navigate, useLocation, useNavigate } from 'react-router';
import { type LoginRedirectState, useAuth } from '../../../lib/auth';
import { usePageTitle } from '../../../lib/use-page-title';
import { AuthLayout } from '../components/auth-layout';

type Field = 'email' | 'password';

function loginErrorMessage(error: unknown): { detail: string; fieldErrors: Partial<Record<Field, string>> } {
  if (error instanceof ApiError && error.status === 401) return { detail: 'Incorrect email or password.', fieldErrors: {} };
  if (error instanceof ApiError && error.status === 429) {
    // The per-account block (failures from many addresses) lasts longer than a minute and says so.
    const retryAfter = Number(error.problem.retryAfter);
    if (retryAfter > 60) {
      const minutes = Math.ceil(retryAfter / 60);
      return { detail: `Too many failed logins for this account. Try again in ${minutes} minutes, or reset your password.`, fieldErrors: {} };
    }
    return { detail: 'Too many login attempts. Please wait a minute and try again.', fieldErrors: {} };
  }
  return toFormErrors(error);
}

export function Component() {
  usePageTitle('Log in');
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const redirect = (location.state as LoginRedirectState | null) ?? {};
  const target = redirect.from && redirect.from !== '/login' ? redirect.from : '/dashboard';
  // Set by the reset page when the password was set but signing in with it did not work.
  const notice = (location.state as { notice?: unknown } | null)?.notice;

  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [detail, setDetail] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Partial<Record<Field, string>> = {};
    if (!email.trim()) missing.email = 'Enter your email address';
    if (!password) missing.password = 'Enter your password';
    setFieldErrors(missing);
    setDetail(null);
    if (Object.keys(missing).length) return;
    setSubmitting(true);
    try {
      await login(email.trim(), password);
      navigate(target, { replace: true });
    } catch (error) {
      const problem = loginErrorMessage(error);
      setDetail(problem.detail);
      setFieldErrors(problem.fieldErrors);
      setSubmitting(false);
    }
  }

  return (
    <AuthLayout title="Log in" intro="Welcome back. Enter your details to continue." footer="Accounts are created by your administrator.">
      <Box component="form" noValidate onSubmit={handleSubmit}>
        <Stack spacing={2.5}>
          {typeof notice === 'string' && !detail && <Alert severity="success">{notice}</Alert>}
          {redirect.sessionExpired && !detail && <Alert severity="info">Your session has ended. Please log in again.</Alert>}
          {detail && (
            <Alert severity="error" role="alert">
              {detail}
            </Alert>
          )}
          <TextField
            label="Email"
            type="email"
            name="email"
            autoComplete="email"
            autoFocus
            size="medium"
            fullWidth
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={Boolean(fieldErrors.email)}
            helperText={fieldErrors.email}
          />
          <Box>
            <TextField
              label="Password"
              type={showPassword ? 'text' : 'password'}
              name="password"
              autoComplete="current-password"
              size="medium"
              fullWidth
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              error={Boolean(fieldErrors.password)}
              helperText={fieldErrors.password}
              slotProps={{
                input: {
                  endAdornment: (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={showPassword ? 'Hide password' : 'Show password'}
                        onClick={() => setShowPassword((shown) => !shown)}
                        edge="end"
                        size="small"
                      >
                        {showPassword ? <VisibilityOff fontSize="small" /> : <Visibility fontSize="small" />}
                      </IconButton>
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Box sx={{ textAlign: 'right', mt: 1 }}>
              <Link component={RouterLink} to="/forgot-password" state={email.trim() ? { email: email.trim() } : undefined} variant="body2">
                Forgot password?
              </Link>
            </Box>
          </Box>
          <Button type="submit" variant="contained" size="large" fullWidth loading={submitting} sx={{ py: 1.25 }}>
            Log in
          </Button>
        </Stack>
      </Box>
    </AuthLayout>
  );
}
