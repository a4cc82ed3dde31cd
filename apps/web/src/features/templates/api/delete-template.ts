import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import { templatesKeys } from './templates-keys';

/** 409 while a campaign or a workflow uses the template. */
export function deleteTemplate(id: string) {
  return unwrap(api.DELETE('/api/templates/{id}', { params: { path: { id } } }));
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTemplate, onSuccess: (_, id) => invalidateAfterDelete(queryClient, templatesKeys.all, templatesKeys.detail(id)) });
}
