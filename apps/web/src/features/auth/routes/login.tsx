import CheckCircleOutline from '@mui/icons-material/CheckCircleOutlined';
import Visibility from '@mui/icons-material/Visibility';
import VisibilityOff from '@mui/icons-material/VisibilityOff';
import { ApiError, toFormErrors } from '@corral/api-client';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import Stack from '@mui/material/Stack';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { type FormEvent, useState } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import type { LoginRedirectState } from '../../../app/routes/require-auth';
import { useAuth } from '../../../lib/auth';
import { BrandLogo } from '../../../lib/ui/brand';
import { usePageTitle } from '../../../lib/use-page-title';

type Field = 'email' | 'password';

function loginErrorMessage(error: unknown): { detail: string; fieldErrors: Partial<Record<Field, string>> } {
  if (error instanceof ApiError && error.status === 401) return { detail: 'Incorrect email or password.', fieldErrors: {} };
  if (error instanceof ApiError && error.status === 429) {
    return { detail: 'Too many login attempts. Please wait a minute and try again.', fieldErrors: {} };
  }
  return toFormErrors(error);
}

const HIGHLIGHTS = ['Contacts, companies and deal pipelines', 'Email campaigns with open and click tracking', 'Workflows that follow up for you'];

export function Component() {
  usePageTitle('Log in');
  const { state, login } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const redirect = (location.state as LoginRedirectState | null) ?? {};
  const target = redirect.from && redirect.from !== '/login' ? redirect.from : '/dashboard';

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
    <Box sx={{ minHeight: '100vh', display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, bgcolor: 'background.paper' }}>
      <Box sx={{ display: 'flex', flexDirection: 'column', px: { xs: 3, sm: 6 }, py: 4 }}>
        <BrandLogo />
        <Box sx={{ flexGrow: 1, display: 'grid', placeItems: 'center' }}>
          <Box component="form" noValidate onSubmit={handleSubmit} sx={{ width: '100%', maxWidth: 380, py: 6 }}>
            <Typography variant="h3" component="h1">
              Log in
            </Typography>
            <Typography variant="body1" sx={{ color: 'text.secondary', mt: 1, mb: 4 }}>
              Welcome back. Enter your details to continue.
            </Typography>
            <Stack spacing={2.5}>
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
              <Button type="submit" variant="contained" size="large" fullWidth loading={submitting} sx={{ py: 1.25 }}>
                Log in
              </Button>
            </Stack>
          </Box>
        </Box>
        <Typography variant="caption" sx={{ color: 'text.secondary' }}>
          Accounts are created by your administrator.
        </Typography>
      </Box>
      <Box
        sx={{
          display: { xs: 'none', md: 'flex' },
          flexDirection: 'column',
          justifyContent: 'center',
          px: 8,
          color: 'common.white',
          background: 'radial-gradient(circle at 20% 15%, #6366f1 0%, transparent 45%), linear-gradient(150deg, #4338ca 0%, #312e81 100%)',
        }}
      >
        <Box sx={{ maxWidth: 440 }}>
          <Typography variant="h2" component="p" sx={{ fontWeight: 700, lineHeight: 1.2 }}>
            Your customers, deals and email in one place.
          </Typography>
          <Stack component="ul" spacing={1.5} sx={{ listStyle: 'none', p: 0, mt: 4 }}>
            {HIGHLIGHTS.map((text) => (
              <Box component="li" key={text} sx={{ display: 'flex', alignItems: 'center', gap: 1.5, color: 'rgba(255,255,255,0.85)' }}>
                <CheckCircleOutline fontSize="small" sx={{ color: '#a5b4fc' }} />
                <Typography variant="body1">{text}</Typography>
              </Box>
            ))}
          </Stack>
        </Box>
      </Box>
    </Box>
  );
}
