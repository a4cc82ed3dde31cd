import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { storeSavedTemplate } from './templates-keys';

export type CreateTemplateInput = components['schemas']['CreateTemplateDto'];

export function createTemplate(body: CreateTemplateInput) {
  return unwrap(api.POST('/api/templates', { body }));
}

export function useCreateTemplate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createTemplate,
    onSuccess: (template) => storeSavedTemplate(queryClient, template),
  });
}
