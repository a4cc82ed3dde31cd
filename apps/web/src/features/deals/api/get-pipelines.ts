import { unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { pipelinesKeys } from './keys';

/** Every pipeline with its stages, default first (a workspace has a handful). */
export function getPipelines() {
  return unwrap(api.GET('/api/pipelines', { params: { query: { limit: 200 } } }));
}

export function pipelinesQueryOptions() {
  return queryOptions({ queryKey: pipelinesKeys.list(), queryFn: getPipelines, select: (page) => page.data });
}

export function usePipelines() {
  return useQuery(pipelinesQueryOptions());
}
