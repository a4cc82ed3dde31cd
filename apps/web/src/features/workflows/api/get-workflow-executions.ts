import { unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ExecutionStatus } from '../workflow-form';
import { workflowsKeys } from './workflows-keys';

export interface ExecutionsQuery {
  status?: ExecutionStatus;
  search?: string;
  limit: number;
  offset: number;
}

export function getWorkflowExecutions(workflowId: string, query: ExecutionsQuery) {
  return unwrap(api.GET('/api/workflows/{id}/executions', { params: { path: { id: workflowId }, query } }));
}

/** Polls while the page is open: executions move on their own as the scheduler runs steps. */
export function useWorkflowExecutions(workflowId: string, query: ExecutionsQuery) {
  return useQuery({
    queryKey: workflowsKeys.executions(workflowId, query),
    queryFn: () => getWorkflowExecutions(workflowId, query),
    placeholderData: keepPreviousData,
    refetchInterval: 10_000,
  });
}
