import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { usersKeys } from './users-keys';

export type UpdateUserInput = components['schemas']['UpdateUserDto'];

export function updateUser({ id, changes }: { id: string; changes: UpdateUserInput }) {
  return unwrap(api.PATCH('/api/users/{id}', { params: { path: { id } }, body: changes }));
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKeys.all }),
  });
}
