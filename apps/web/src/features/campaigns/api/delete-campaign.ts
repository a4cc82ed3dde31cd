import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Campaign } from './get-campaigns';
import { campaignsKeys } from './campaigns-keys';

/** Deletes the campaign with its send log; 409 while it is scheduled, sending or paused. */
export function deleteCampaign(id: string) {
  return unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } }));
}

export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.all }) });
}

/** Why the API would refuse to delete the campaign now, or null when it would not (mirrors CampaignsService.remove). */
export function cannotDeleteReason(campaign: Pick<Campaign, 'status'>): string | null {
  return campaign.status === 'scheduled' || campaign.status === 'sending' || campaign.status === 'paused' ? `A ${campaign.status} campaign cannot be deleted; cancel it first` : null;
}
