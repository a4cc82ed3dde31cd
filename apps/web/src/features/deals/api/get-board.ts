import { unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type BoardFilters, dealsKeys } from './keys';

export function getBoard(pipelineId: string, filters: BoardFilters) {
  return unwrap(api.GET('/api/pipelines/{id}/board', { params: { path: { id: pipelineId }, query: filters } }));
}

export function boardQueryOptions(pipelineId: string, filters: BoardFilters) {
  return queryOptions({
    queryKey: dealsKeys.board(pipelineId, filters),
    queryFn: () => getBoard(pipelineId, filters),
    placeholderData: keepPreviousData,
  });
}

export function useBoard(pipelineId: string | undefined, filters: BoardFilters) {
  return useQuery({ ...boardQueryOptions(pipelineId ?? '', filters), enabled: Boolean(pipelineId) });
}
