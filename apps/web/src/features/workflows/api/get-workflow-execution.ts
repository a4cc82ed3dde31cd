import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export function getWorkflowExecution(id: string) {
  return unwrap(api.GET('/api/workflow-executions/{id}', { params: { path: { id } } }));
}

export function useWorkflowExecution(id: string | null) {
  return useQuery({
    queryKey: workflowsKeys.execution(id ?? ''),
    queryFn: () => getWorkflowExecution(id as string),
    enabled: Boolean(id),
    refetchInterval: (query) => (['pending', 'in_progress'].includes(query.state.data?.status ?? '') ? 5_000 : false),
  });
}
