import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type CreateCampaignInput = components['schemas']['CreateCampaignDto'];
export type UpdateCampaignInput = components['schemas']['UpdateCampaignDto'];
export type SegmentFilter = components['schemas']['SegmentFilterDto'];

export function createCampaign(body: CreateCampaignInput) {
  return unwrap(api.POST('/api/campaigns', { body }));
}

export function updateCampaign({ id, changes }: { id: string; changes: UpdateCampaignInput }) {
  return unwrap(api.PATCH('/api/campaigns/{id}', { params: { path: { id } }, body: changes }));
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.all }) });
}

export function useUpdateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateCampaign, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.all }) });
}
