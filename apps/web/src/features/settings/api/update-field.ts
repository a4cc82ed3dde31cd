import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateFieldUsers } from '../../../lib/custom-fields/invalidate-field-users';

export type UpdateFieldInput = components['schemas']['UpdateFieldDto'];

export function updateField({ id, changes }: { id: string; changes: UpdateFieldInput }) {
  return unwrap(api.PATCH('/api/fields/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateField() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: updateField, onSuccess: () => invalidateFieldUsers(queryClient) });
}
