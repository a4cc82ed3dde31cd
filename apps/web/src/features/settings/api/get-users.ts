import { unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { usersKeys } from './users-keys';

export interface UsersQuery {
  search?: string;
  limit: number;
  offset: number;
}

export function getUsers(query: UsersQuery) {
  return unwrap(api.GET('/api/users', { params: { query: { ...query, sort: 'name' } } }));
}

export function usersQueryOptions(query: UsersQuery) {
  return queryOptions({ queryKey: usersKeys.list(query), queryFn: () => getUsers(query), placeholderData: keepPreviousData });
}

export function useUsers(query: UsersQuery) {
  return useQuery(usersQueryOptions(query));
}
