import { Navigate, Outlet, useLocation } from 'react-router';
import { type LoginRedirectState, useAuth } from '../../lib/auth';
import { FullPageSpinner } from '../../lib/ui/full-page-spinner';

export function RequireAuth() {
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === 'loading') return <FullPageSpinner />;
  if (state.status === 'anonymous') {
    const redirect: LoginRedirectState = { from: location.pathname + location.search + location.hash, sessionExpired: state.sessionExpired };
    return <Navigate to="/login" replace state={redirect} />;
  }
  return <Outlet />;
}
