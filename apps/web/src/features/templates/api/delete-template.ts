import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { templatesKeys } from './templates-keys';

/** 409 while a campaign or a workflow uses the template. */
export function deleteTemplate(id: string) {
  return unwrap(api.DELETE('/api/templates/{id}', { params: { path: { id } } }));
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    // Marked stale without refetching now: the open editor would ask for the deleted template (404)
    // before it navigates away; the list refetches when it mounts.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKeys.all, refetchType: 'none' }),
  });
}
