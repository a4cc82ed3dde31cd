import { unwrap } from '@corral/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function forgotPassword(email: string) {
  return unwrap(api.POST('/api/auth/forgot-password', { body: { email } }));
}

export function useForgotPassword() {
  return useMutation({ mutationFn: forgotPassword });
}
