import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { apiKeysKeys } from './api-keys-keys';

export type CreateApiKeyInput = components['schemas']['CreateApiKeyDto'];
export type CreatedApiKey = components['schemas']['CreatedApiKeyDto'];
export type ApiScope = CreateApiKeyInput['scopes'][number];

export function createApiKey(body: CreateApiKeyInput) {
  return unwrap(api.POST('/api/api-keys', { body }));
}

export function useCreateApiKey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createApiKey,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: apiKeysKeys.all }),
  });
}
