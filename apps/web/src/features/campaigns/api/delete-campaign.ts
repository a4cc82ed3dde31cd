import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

/** Deletes a draft, sent or cancelled campaign with its logs; 409 while scheduled, sending or paused. */
export function deleteCampaign(id: string) {
  return unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } }));
}

export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCampaign,
    // Marked stale without refetching now: the open page would ask for the deleted campaign (404)
    // before it navigates away; the list refetches when it mounts.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.all, refetchType: 'none' }),
  });
}
