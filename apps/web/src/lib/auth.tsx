import { type User, unwrap } from '@corral/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { api, corral } from './api';

export type Role = User['role'];

/** What a page that needs a session hands the login page: where to return, and why it was sent there. */
export interface LoginRedirectState {
  from?: string;
  sessionExpired?: boolean;
}

type AuthState =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null; sessionExpired: boolean }
  | { status: 'authenticated'; user: User };

interface AuthContextValue {
  state: AuthState;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/**
 * Holds the logged-in user. On start it asks /api/auth/me when tokens are stored (the client
 * refreshes an expired access token on the way); when the refresh token is refused the user is
 * dropped and cached data cleared, so protected routes send them back to /login.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AuthState>(() =>
    corral.tokens.refreshToken ? { status: 'loading', user: null } : { status: 'anonymous', user: null, sessionExpired: false },
  );

  useEffect(() => {
    return corral.onSessionExpired(() => {
      queryClient.clear();
      setState({ status: 'anonymous', user: null, sessionExpired: true });
    });
  }, [queryClient]);

  useEffect(() => {
    if (state.status !== 'loading') return;
    let cancelled = false;
    unwrap(api.GET('/api/auth/me'))
      .then((user) => !cancelled && setState({ status: 'authenticated', user }))
      // A refused refresh has already switched to anonymous (session expired); keep that message.
      .catch(() => !cancelled && setState((current) => (current.status === 'loading' ? { status: 'anonymous', user: null, sessionExpired: false } : current)));
    return () => {
      cancelled = true;
    };
  }, [state.status]);

  const login = useCallback(async (email: string, password: string) => {
    const pair = await unwrap(api.POST('/api/auth/login', { body: { email, password } }));
    corral.tokens.set(pair);
    queryClient.clear();
    setState({ status: 'authenticated', user: pair.user });
    return pair.user;
  }, [queryClient]);

  const logout = useCallback(async () => {
    const refreshToken = corral.tokens.refreshToken;
    // Revoke on the server first; if it is unreachable the local session still ends.
    if (refreshToken) await api.POST('/api/auth/logout', { body: { refreshToken } }).catch(() => undefined);
    corral.tokens.clear();
    queryClient.clear();
    setState({ status: 'anonymous', user: null, sessionExpired: false });
  }, [queryClient]);

  const value = useMemo(() => ({ state, login, logout }), [state, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth needs <AuthProvider>');
  return value;
}

/** The logged-in user; only for components under the protected routes. */
export function useCurrentUser(): User {
  const { state } = useAuth();
  if (state.status !== 'authenticated') throw new Error('useCurrentUser outside an authenticated route');
  return state.user;
}

/**
 * Whether the logged-in user is an admin or a manager: who the API lets change what the team
 * shares (templates, campaigns, suppressions, workflows, pipelines), assign to others and list
 * users (`@Roles('admin', 'manager')`). Members read those and work their own records; pages
 * hide what they cannot do rather than let the API refuse it.
 */
export function useCanManage(): boolean {
  return useCurrentUser().role !== 'member';
}
