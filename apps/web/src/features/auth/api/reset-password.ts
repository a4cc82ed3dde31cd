import { unwrap } from '@corral/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** Sets the password with the token of a reset or invite link. */
export function resetPassword(body: { token: string; password: string }) {
  return unwrap(api.POST('/api/auth/reset-password', { body }));
}

export function useResetPassword() {
  return useMutation({ mutationFn: resetPassword });
}
