import { type components, unwrap } from '@corral/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { campaignsKeys } from './campaigns-keys';

export type Suppression = components['schemas']['SuppressionDto'];
export type CreateSuppressionInput = components['schemas']['CreateSuppressionDto'];

export interface SuppressionsQuery {
  search?: string;
  limit: number;
  offset: number;
}

export function getSuppressions(query: SuppressionsQuery) {
  return unwrap(api.GET('/api/suppressions', { params: { query: { ...query, sort: '-createdAt' } } }));
}

export function createSuppression(body: CreateSuppressionInput) {
  return unwrap(api.POST('/api/suppressions', { body }));
}

export function deleteSuppression(id: string) {
  return unwrap(api.DELETE('/api/suppressions/{id}', { params: { path: { id } } }));
}

export function useSuppressions(query: SuppressionsQuery) {
  return useQuery({ queryKey: [...campaignsKeys.suppressions, query], queryFn: () => getSuppressions(query), placeholderData: keepPreviousData });
}

export function useCreateSuppression() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createSuppression, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.suppressions }) });
}

export function useDeleteSuppression() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteSuppression, onSuccess: () => queryClient.invalidateQueries({ queryKey: campaignsKeys.suppressions }) });
}
