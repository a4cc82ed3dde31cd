import { unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { apiKeysKeys } from './api-keys-keys';

export function revokeApiKey(id: string) {
  return unwrap(api.DELETE('/api/api-keys/{id}', { params: { path: { id } } }));
}

export function useRevokeApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKeys.all }),
  });
}
