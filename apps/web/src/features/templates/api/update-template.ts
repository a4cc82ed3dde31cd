import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { storeSavedTemplate } from './templates-keys';

export type UpdateTemplateInput = components['schemas']['UpdateTemplateDto'];

export function updateTemplate({ id, changes }: { id: string; changes: UpdateTemplateInput }) {
  return unwrap(api.PATCH('/api/templates/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTemplate,
    onSuccess: (template) => storeSavedTemplate(queryClient, template),
  });
}
