import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type ContactActivity = components['schemas']['ActivityDto'];

export interface ContactOption {
  id: string;
  name: string;
  email: string;
  company: { id: string; name: string } | null;
}

export interface CompanyOption {
  id: string;
  name: string;
}

/** Contacts this user may link a deal to (a member: their own), matching what was typed. */
export function useContactOptions(search: string) {
  return useQuery({
    queryKey: ['deals', 'contact-options', search],
    queryFn: () => unwrap(api.GET('/api/contacts', { params: { query: { limit: 20, sort: 'lastName', ...(search && { search }) } } })),
    select: (page): ContactOption[] => page.data.map((c) => ({ id: c.id, name: c.fullName, email: c.email, company: c.company })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

export function useCompanyOptions(search: string) {
  return useQuery({
    queryKey: ['deals', 'company-options', search],
    queryFn: () => unwrap(api.GET('/api/companies', { params: { query: { limit: 20, sort: 'name', ...(search && { search }) } } })),
    select: (page): CompanyOption[] => page.data.map((c) => ({ id: c.id, name: c.name })),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The latest entries of a contact's timeline (deal moves among them), for the deal page. */
export function useContactActivities(contactId: string | null) {
  return useQuery({
    queryKey: ['deals', 'contact-activities', contactId],
    queryFn: () => unwrap(api.GET('/api/contacts/{id}/activities', { params: { path: { id: contactId! }, query: { limit: 10 } } })),
    enabled: Boolean(contactId),
  });
}
