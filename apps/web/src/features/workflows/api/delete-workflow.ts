import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export function deleteWorkflow(id: string) {
  return unwrap(api.DELETE('/api/workflows/{id}', { params: { path: { id } } }));
}

export function useDeleteWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteWorkflow, onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKeys.all }) });
}
