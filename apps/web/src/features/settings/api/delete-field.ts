import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateFieldUsers } from '../../../lib/custom-fields/invalidate-field-users';

export function deleteField(id: string) {
  return unwrap(api.DELETE('/api/fields/{id}', { params: { path: { id } } }));
}

export function useDeleteField() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteField, onSuccess: () => invalidateFieldUsers(queryClient) });
}
