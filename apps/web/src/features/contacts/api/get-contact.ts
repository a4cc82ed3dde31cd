import { unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { contactsKeys } from './contacts-keys';

export function getContact(id: string) {
  return unwrap(api.GET('/api/contacts/{id}', { params: { path: { id } } }));
}

export function contactQueryOptions(id: string) {
  return queryOptions({ queryKey: contactsKeys.detail(id), queryFn: () => getContact(id) });
}

export function useContact(id: string) {
  return useQuery(contactQueryOptions(id));
}
