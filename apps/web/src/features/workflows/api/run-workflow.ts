import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { workflowsKeys } from './workflows-keys';

export function runWorkflow(id: string, contactIds: string[]) {
  return unwrap(api.POST('/api/workflows/{id}/run', { params: { path: { id } }, body: { contactIds } }));
}

export function useRunWorkflow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, contactIds }: { id: string; contactIds: string[] }) => runWorkflow(id, contactIds),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: workflowsKeys.all }),
  });
}
