import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type AudienceQuery = components['schemas']['AudienceQueryDto'];

export function getAudience(body: AudienceQuery) {
  return unwrap(api.POST('/api/campaigns/audience', { body }));
}

/**
 * How many contacts an audience reaches now (archived and suppressed left out), and how many of
 * them the excluded segments take away; callers debounce `audience`.
 */
export function useAudience(audience: AudienceQuery) {
  return useQuery({ queryKey: campaignsKeys.audience(audience), queryFn: () => getAudience(audience), placeholderData: keepPreviousData });
}
