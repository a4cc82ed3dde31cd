import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { ApiError } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Link from '@mui/material/Link';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, Navigate, useLocation, useNavigate } from 'react-router';
import { type LoginRedirectState, useAuth } from '../../../lib/auth';
import { showProblem, textFieldProps } from '../../../lib/form-fields';
import { usePageTitle } from '../../../lib/use-page-title';
import { AuthLayout } from '../components/auth-layout';

interface Credentials {
  email: string;
  password: string;
}

/** What the top of the form says about a refused login the API gives no field for, or null. */
function loginRefusal(error: unknown): string | null {
  if (error instanceof ApiError && error.status === 401) return 'Incorrect email or password.';
  if (error instanceof ApiError && error.status === 429) {
    // The per-account block (failures from many addresses) lasts longer than a minute and says so.
    const retryAfter = Number(error.problem.retryAfter);
    if (retryAfter > 60) return `Too many failed logins for this account. Try again in ${Math.ceil(retryAfter / 60)} minutes, or reset your password.`;
    return 'Too many login attempts. Please wait a minute and try again.';
  }
  return null;
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

  const form = useForm<Credentials>({ defaultValues: { email: '', password: '' } });
  const email = form.watch('email');
  const [showPassword, setShowPassword] = useState(false);
  const [detail, setDetail] = useState<string | null>(null);

  if (state.status === 'authenticated') return <Navigate to={target} replace />;

  const submit = form.handleSubmit(async (credentials) => {
    setDetail(null);
    try {
      await login(credentials.email.trim(), credentials.password);
      navigate(target, { replace: true });
    } catch (error) {
      setDetail(loginRefusal(error) ?? showProblem(form, error, ['email', 'password']));
    }
  });

  return (
    <AuthLayout title="Log in" intro="Welcome back. Enter your details to continue." footer="Accounts are created by your administrator.">
      <Box component="form" noValidate onSubmit={submit}>
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
            autoComplete="email"
            autoFocus
            size="medium"
            fullWidth
            {...textFieldProps(form, 'email', { validate: (value) => value.trim() !== '' || 'Enter your email address' })}
          />
          <Box>
            <TextField
              label="Password"
              type={showPassword ? 'text' : 'password'}
              autoComplete="current-password"
              size="medium"
              fullWidth
              {...textFieldProps(form, 'password', { required: 'Enter your password' })}
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
          <Button type="submit" variant="contained" size="large" fullWidth loading={form.formState.isSubmitting} sx={{ py: 1.25 }}>
            Log in
          </Button>
        </Stack>
      </Box>
    </AuthLayout>
  );
}
