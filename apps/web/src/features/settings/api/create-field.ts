import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateFieldUsers } from './fields-keys';

export type CreateFieldInput = components['schemas']['CreateFieldDto'];

export function createField(body: CreateFieldInput) {
  return unwrap(api.POST('/api/fields', { body }));
}

export function useCreateField() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createField, onSuccess: () => invalidateFieldUsers(queryClient) });
}
