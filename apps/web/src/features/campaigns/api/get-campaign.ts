import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export function getCampaign(id: string) {
  return unwrap(api.GET('/api/campaigns/{id}', { params: { path: { id } } }));
}

/** With `pollWhileSendingMs`, refetches at that pace while the campaign is sending, so the report sees it finish. */
export function useCampaign(id: string | undefined, pollWhileSendingMs?: number) {
  return useQuery({
    queryKey: campaignsKeys.detail(id ?? ''),
    queryFn: () => getCampaign(id!),
    enabled: Boolean(id),
    refetchInterval: (query) => (pollWhileSendingMs && query.state.data?.status === 'sending' ? pollWhileSendingMs : false),
  });
}
