import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type CampaignAction = 'send' | 'pause' | 'resume' | 'cancel';

export function runCampaignAction({ id, action }: { id: string; action: CampaignAction }) {
  const options = { params: { path: { id } } };
  switch (action) {
    case 'send':
      return unwrap(api.POST('/api/campaigns/{id}/send', options));
    case 'pause':
      return unwrap(api.POST('/api/campaigns/{id}/pause', options));
    case 'resume':
      return unwrap(api.POST('/api/campaigns/{id}/resume', options));
    case 'cancel':
      return unwrap(api.POST('/api/campaigns/{id}/cancel', options));
  }
}

/** Send now, pause, resume or cancel; the answer is the campaign in its new state. */
export function useCampaignAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: runCampaignAction, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.all }) });
}
