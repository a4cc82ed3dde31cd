import { unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';
import type { SegmentFilter } from './save-campaign';

export function getAudience(segmentFilter: SegmentFilter) {
  return unwrap(api.POST('/api/campaigns/audience', { body: { segmentFilter } }));
}

/** How many contacts a segment reaches now (archived and suppressed excluded); callers debounce `filter`. */
export function useAudience(filter: SegmentFilter) {
  return useQuery({ queryKey: campaignsKeys.audience(filter), queryFn: () => getAudience(filter), placeholderData: keepPreviousData });
}
