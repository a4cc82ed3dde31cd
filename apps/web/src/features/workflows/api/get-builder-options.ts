import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/**
 * Pipelines with their stages, for the deal triggers and steps; one page is plenty (accounts have
 * a handful). Templates and users come from lib/lookups, which campaigns share.
 */
export function usePipelineOptions() {
  return useQuery({
    queryKey: ['workflows', 'options', 'pipelines'],
    queryFn: () => unwrap(api.GET('/api/pipelines', { params: { query: { limit: 200 } } })),
    select: (page) => page.data.map((p) => ({ id: p.id, name: p.name, stages: p.stages.map((s) => ({ id: s.id, name: s.name })) })),
  });
}
