import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { apiKeysKeys } from './api-keys-keys';

export type ApiKey = components['schemas']['ApiKeyDto'];

export interface ApiKeysQuery {
  limit: number;
  offset: number;
}

export function getApiKeys(query: ApiKeysQuery) {
  return unwrap(api.GET('/api/api-keys', { params: { query } }));
}

export function apiKeysQueryOptions(query: ApiKeysQuery) {
  return queryOptions({ queryKey: apiKeysKeys.list(query), queryFn: () => getApiKeys(query), placeholderData: keepPreviousData });
}

export function useApiKeys(query: ApiKeysQuery) {
  return useQuery(apiKeysQueryOptions(query));
}
