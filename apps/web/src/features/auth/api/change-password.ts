import { unwrap } from '@corral/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** Changes the password; the API ends every other session and keeps this one signed in. */
export function changePassword(body: { currentPassword: string; newPassword: string }) {
  return unwrap(api.POST('/api/auth/change-password', { body }));
}

export function useChangePassword() {
  return useMutation({ mutationFn: changePassword });
}
