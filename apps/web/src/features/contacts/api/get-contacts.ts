import { type paths, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ListFilters } from '../list-params';
import { contactsKeys } from './contacts-keys';

/** The list's filters (API query parameters, custom field ones included), sort and page. */
export interface ContactsQuery {
  filters: ListFilters;
  sort?: string;
  limit: number;
  offset: number;
}

type ListQuery = NonNullable<paths['/api/contacts']['get']['parameters']['query']>;

export function getContacts(query: ContactsQuery) {
  // `cf.<key>[op]` parameters are not in the OpenAPI document's list of query parameters (their names are data).
  const { filters, ...page } = query;
  return unwrap(api.GET('/api/contacts', { params: { query: { ...(filters as ListQuery), ...page } } }));
}

export function contactsQueryOptions(query: ContactsQuery) {
  return queryOptions({ queryKey: contactsKeys.list(query), queryFn: () => getContacts(query), placeholderData: keepPreviousData });
}

export function useContacts(query: ContactsQuery) {
  return useQuery(contactsQueryOptions(query));
}

/** A company's name, for a company filter that came without it (a saved view holds only its id). */
export function useCompanyName(id: string | null, known: string | null) {
  return useQuery(
    queryOptions({
      queryKey: ['companies', 'detail', id ?? ''],
      queryFn: () => unwrap(api.GET('/api/companies/{id}', { params: { path: { id: id ?? '' } } })),
      enabled: Boolean(id) && !known,
      select: (company) => company.name,
    }),
  );
}
