import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { WorkflowInput } from '../workflow-form';
import { workflowsKeys } from './workflows-keys';

export function createWorkflow(body: WorkflowInput) {
  return unwrap(api.POST('/api/workflows', { body }));
}

export function updateWorkflow(id: string, body: Partial<WorkflowInput>) {
  return unwrap(api.PATCH('/api/workflows/{id}', { params: { path: { id } }, body }));
}

/** Creates the workflow, or updates it when `id` is given. */
export function useSaveWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: WorkflowInput }) => (id ? updateWorkflow(id, body) : createWorkflow(body)),
    onSuccess: (saved) => {
      queryClient.setQueryData(workflowsKeys.detail(saved.id), saved);
      return queryClient.invalidateQueries({ queryKey: workflowsKeys.all });
    },
  });
}

/** The list's on/off switch. */
export function useSetWorkflowActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, isActive }: { id: string; isActive: boolean }) => updateWorkflow(id, { isActive }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKeys.all }),
  });
}
