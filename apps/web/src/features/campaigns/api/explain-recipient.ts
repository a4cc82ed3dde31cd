import { type components, unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type RecipientExplanation = components['schemas']['RecipientExplanationDto'];

/** Why `email` is or is not in the campaign's audience; asked only once an address is submitted. */
export function useExplainRecipient(id: string, email: string) {
  return useQuery({
    queryKey: campaignsKeys.report(id, 'explain', { email }),
    queryFn: () => unwrap(api.GET('/api/campaigns/{id}/recipients/explain', { params: { path: { id }, query: { email } } })),
    enabled: email !== '',
    retry: false,
  });
}
