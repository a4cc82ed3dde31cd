import { unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export interface WorkflowsQuery {
  search?: string;
  limit: number;
  offset: number;
}

export function getWorkflows(query: WorkflowsQuery) {
  return unwrap(api.GET('/api/workflows', { params: { query: { ...query, sort: '-createdAt' } } }));
}

export function useWorkflows(query: WorkflowsQuery) {
  return useQuery(queryOptions({ queryKey: workflowsKeys.list(query), queryFn: () => getWorkflows(query), placeholderData: keepPreviousData }));
}
