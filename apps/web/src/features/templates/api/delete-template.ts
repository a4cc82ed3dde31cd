import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import { templatesKeys } from './templates-keys';

/** What deleting a template means, asked the same from the list and from the editor. */
export const DELETE_TEMPLATE_CONSEQUENCE =
  'Emails already sent are not affected, but a template that a campaign or a workflow uses cannot be deleted until they use another one. This cannot be undone.';

/** 409 while a campaign or a workflow uses the template. */
export function deleteTemplate(id: string) {
  return unwrap(api.DELETE('/api/templates/{id}', { params: { path: { id } } }));
}

export function useDeleteTemplate() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteTemplate, onSuccess: (_, id) => invalidateAfterDelete(queryClient, templatesKeys.all, templatesKeys.detail(id)) });
}
