import { unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type DealListQuery, dealsKeys } from './keys';

export function getDeals(query: DealListQuery) {
  return unwrap(api.GET('/api/deals', { params: { query } }));
}

export function dealsQueryOptions(query: DealListQuery) {
  return queryOptions({ queryKey: dealsKeys.list(query), queryFn: () => getDeals(query), placeholderData: keepPreviousData });
}

export function useDeals(query: DealListQuery, enabled = true) {
  return useQuery({ ...dealsQueryOptions(query), enabled });
}
