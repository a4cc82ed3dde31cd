import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { fieldsKeys } from '../../../lib/custom-fields/use-field-definitions';

export type CreateFieldInput = components['schemas']['CreateFieldDto'];

export function createField(body: CreateFieldInput) {
  return unwrap(api.POST('/api/fields', { body }));
}

/** Creates a custom field; every screen listing fields sees it. */
export function useCreateField() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createField,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fieldsKeys.all }),
  });
}
