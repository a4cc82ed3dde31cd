import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { invalidateFieldUsers } from './invalidate-field-users';

export type CreateFieldInput = components['schemas']['CreateFieldDto'];

export function createField(body: CreateFieldInput) {
  return unwrap(api.POST('/api/fields', { body }));
}

/** Creates a custom field; every screen listing fields (and the merge-tag list) sees it. */
export function useCreateField() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createField, onSuccess: () => invalidateFieldUsers(queryClient) });
}
