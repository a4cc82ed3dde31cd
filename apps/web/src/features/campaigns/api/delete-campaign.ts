import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import type { Campaign } from './get-campaigns';
import { campaignsKeys } from './campaigns-keys';

/** Deletes a draft, sent or cancelled campaign with its logs; 409 while scheduled, sending or paused. */
export function deleteCampaign(id: string) {
  return unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } }));
}

export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCampaign, onSuccess: (_, id) => invalidateAfterDelete(queryClient, campaignsKeys.all, campaignsKeys.detail(id)) });
}

/** What deleting the campaign takes with it, asked the same from the list and from its report. */
export function deleteConsequence(campaign: Pick<Campaign, 'status'>): string {
  return campaign.status === 'draft'
    ? 'The draft is deleted. This cannot be undone.'
    : 'Its report and the record of every email it sent are deleted too; the contacts it reached are not. This cannot be undone.';
}

/** Why the API would refuse to delete the campaign now, or null when it would not (mirrors CampaignsService.remove). */
export function cannotDeleteReason(campaign: Pick<Campaign, 'status'>): string | null {
  return campaign.status === 'scheduled' || campaign.status === 'sending' || campaign.status === 'paused' ? `A ${campaign.status} campaign cannot be deleted; cancel it first` : null;
}
