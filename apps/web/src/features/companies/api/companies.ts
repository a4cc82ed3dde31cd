import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';

export type Company = components['schemas']['CompanyDto'];
export type CompanyDetail = components['schemas']['CompanyDetailDto'];
export type CompanyInput = components['schemas']['CreateCompanyDto'];
export type CompanyChanges = components['schemas']['UpdateCompanyDto'];
export type CompanyContact = components['schemas']['ContactDto'];

export interface CompaniesQuery {
  search?: string;
  industry?: string;
  sort?: string;
  limit: number;
  offset: number;
}

/** Query keys of the companies feature; any change invalidates `companiesKeys.all`. */
export const companiesKeys = {
  all: ['companies'] as const,
  list: (query: CompaniesQuery) => ['companies', 'list', query] as const,
  detail: (id: string) => ['companies', 'detail', id] as const,
  industries: ['companies', 'industries'] as const,
};

export function useCompanies(query: CompaniesQuery) {
  return useQuery(
    queryOptions({
      queryKey: companiesKeys.list(query),
      queryFn: () => unwrap(api.GET('/api/companies', { params: { query } })),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useCompany(id: string) {
  return useQuery(queryOptions({ queryKey: companiesKeys.detail(id), queryFn: () => unwrap(api.GET('/api/companies/{id}', { params: { path: { id } } })) }));
}

export function useIndustries() {
  return useQuery(queryOptions({ queryKey: companiesKeys.industries, queryFn: () => unwrap(api.GET('/api/companies/industries')), staleTime: 60_000 }));
}

/** The company's contacts that the user may see, newest first. */
export function useCompanyContacts(id: string, offset: number, limit: number) {
  return useQuery(
    queryOptions({
      // Under the contacts feature's key: a contact created, changed or deleted refreshes this list.
      queryKey: ['contacts', 'by-company', id, offset],
      queryFn: () => unwrap(api.GET('/api/contacts', { params: { query: { companyId: id, limit, offset, sort: 'lastName' } } })),
      placeholderData: keepPreviousData,
    }),
  );
}

export function useSaveCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CompanyInput }) =>
      id ? unwrap(api.PATCH('/api/companies/{id}', { params: { path: { id } }, body })) : unwrap(api.POST('/api/companies', { body })),
    onSuccess: (company) => {
      queryClient.setQueryData(companiesKeys.detail(company.id), company);
      return queryClient.invalidateQueries({ queryKey: companiesKeys.all });
    },
  });
}

/** A partial change (one custom field edited in place); the form dialog saves through useSaveCompany. */
export function useUpdateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: CompanyChanges }) => unwrap(api.PATCH('/api/companies/{id}', { params: { path: { id } }, body: changes })),
    onSuccess: (company) => {
      queryClient.setQueryData(companiesKeys.detail(company.id), company);
      return queryClient.invalidateQueries({ queryKey: companiesKeys.all });
    },
  });
}

export function useDeleteCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/companies/{id}', { params: { path: { id } } })),
    onSuccess: (_, id) =>
      Promise.all([
        invalidateAfterDelete(queryClient, companiesKeys.all, companiesKeys.detail(id)),
        // Its contacts stay, without a company.
        invalidateAfterDelete(queryClient, ['contacts'], ['contacts', 'by-company', id]),
      ]),
  });
}
