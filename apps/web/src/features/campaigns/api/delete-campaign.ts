import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import { campaignsKeys } from './campaigns-keys';

/** Deletes a draft, sent or cancelled campaign with its logs; 409 while scheduled, sending or paused. */
export function deleteCampaign(id: string) {
  return unwrap(api.DELETE('/api/campaigns/{id}', { params: { path: { id } } }));
}

export function useDeleteCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteCampaign, onSuccess: () => invalidateAfterDelete(queryClient, campaignsKeys.all) });
}
