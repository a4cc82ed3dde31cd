import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type Campaign = components['schemas']['CampaignDto'];
export type CampaignStatus = Campaign['status'];

export interface CampaignsQuery {
  search?: string;
  status?: CampaignStatus;
  limit: number;
  offset: number;
}

export function getCampaigns(query: CampaignsQuery) {
  return unwrap(api.GET('/api/campaigns', { params: { query: { ...query, sort: '-createdAt' } } }));
}

export function useCampaigns(query: CampaignsQuery) {
  return useQuery({ queryKey: campaignsKeys.list(query), queryFn: () => getCampaigns(query), placeholderData: keepPreviousData });
}
