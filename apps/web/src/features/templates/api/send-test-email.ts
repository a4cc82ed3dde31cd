import { type components, unwrap } from '@corral/api-client';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type SendTestInput = components['schemas']['SendTestEmailDto'];

export function sendTestEmail({ id, body }: { id: string; body: SendTestInput }) {
  return unwrap(api.POST('/api/templates/{id}/send-test', { params: { path: { id } }, body }));
}

export function useSendTestEmail() {
  return useMutation({ mutationFn: sendTestEmail });
}
