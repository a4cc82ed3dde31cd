import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { dealsKeys } from './keys';

export function getDealStats(pipelineId: string) {
  return unwrap(api.GET('/api/deals/stats', { params: { query: { pipelineId } } }));
}

/** Pipeline value, win rate and average deal size of one pipeline, as this user may see them. */
export function useDealStats(pipelineId: string | undefined) {
  return useQuery({ queryKey: dealsKeys.stats(pipelineId ?? ''), queryFn: () => getDealStats(pipelineId!), enabled: Boolean(pipelineId) });
}
