import { unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';
import type { ContactStatus } from './types';

export interface ContactsQuery {
  search?: string;
  status?: ContactStatus[];
  tag?: string[];
  companyId?: string;
  assignedToId?: string;
  sort?: string;
  limit: number;
  offset: number;
}

export function getContacts(query: ContactsQuery) {
  return unwrap(api.GET('/api/contacts', { params: { query } }));
}

export function contactsQueryOptions(query: ContactsQuery) {
  return queryOptions({ queryKey: contactsKeys.list(query), queryFn: () => getContacts(query), placeholderData: keepPreviousData });
}

export function useContacts(query: ContactsQuery) {
  return useQuery(contactsQueryOptions(query));
}
