import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export function cancelWorkflowExecution(id: string) {
  return unwrap(api.POST('/api/workflow-executions/{id}/cancel', { params: { path: { id } } }));
}

export function useCancelWorkflowExecution() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelWorkflowExecution,
    onSuccess: (execution) => {
      queryClient.setQueryData(workflowsKeys.execution(execution.id), execution);
      return queryClient.invalidateQueries({ queryKey: workflowsKeys.all });
    },
  });
}
