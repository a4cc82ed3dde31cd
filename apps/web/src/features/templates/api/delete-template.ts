import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { templatesKeys } from './templates-keys';

/** 409 while a campaign or a workflow step uses the template. */
export function deleteTemplate(id: string) {
  return unwrap(api.DELETE('/api/templates/{id}', { params: { path: { id } } }));
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTemplate, onSuccess: () => queryClient.invalidateQueries({ queryKey: templatesKeys.all }) });
}
