import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DateRange } from '../date-range';
import { dashboardKeys } from './dashboard-keys';

export type PipelineBreakdown = components['schemas']['PipelineBreakdownDto'];

/** One pipeline stage by stage; without `pipelineId` the API picks the default pipeline. */
export function getPipelineBreakdown(range: DateRange, pipelineId: string | undefined) {
  return unwrap(api.GET('/api/dashboard/pipeline', { params: { query: { ...range, pipelineId } } }));
}

export function pipelineBreakdownQueryOptions(range: DateRange, pipelineId: string | undefined) {
  return queryOptions({
    queryKey: dashboardKeys.pipeline(range, pipelineId),
    queryFn: () => getPipelineBreakdown(range, pipelineId),
    placeholderData: keepPreviousData,
  });
}

export function usePipelineBreakdown(range: DateRange, pipelineId: string | undefined) {
  return useQuery(pipelineBreakdownQueryOptions(range, pipelineId));
}
