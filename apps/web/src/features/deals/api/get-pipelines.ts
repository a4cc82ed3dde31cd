import { useQuery } from '@tanstack/react-query';
import { pipelinesQueryOptions } from '../../../lib/lookups';

/** Every pipeline with its stages, default first; the same cache entry as the pipeline pickers' usePipelineOptions. */
export function usePipelines() {
  return useQuery({ ...pipelinesQueryOptions(), select: (page) => page.data });
}
