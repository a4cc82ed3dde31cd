import { unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { dashboardKeys } from './dashboard-keys';

/** Pipeline names for the breakdown's picker (default pipeline first, as the API lists them). */
export async function getPipelineChoices() {
  const page = await unwrap(api.GET('/api/pipelines', { params: { query: { limit: 200 } } }));
  return page.data.map((p) => ({ id: p.id, name: p.name }));
}

export function pipelineChoicesQueryOptions() {
  return queryOptions({ queryKey: dashboardKeys.pipelines, queryFn: getPipelineChoices, staleTime: 5 * 60_000 });
}

export function usePipelineChoices() {
  return useQuery(pipelineChoicesQueryOptions());
}
