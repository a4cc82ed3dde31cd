import { unwrap } from '@corral/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { dealsKeys } from './keys';

export function getDeal(id: string) {
  return unwrap(api.GET('/api/deals/{id}', { params: { path: { id } } }));
}

export function useDeal(id: string) {
  return useQuery({ queryKey: dealsKeys.detail(id), queryFn: () => getDeal(id) });
}

export function getDealHistory(id: string) {
  return unwrap(api.GET('/api/deals/{id}/history', { params: { path: { id } } }));
}

export function useDealHistory(id: string) {
  return useQuery({ queryKey: dealsKeys.history(id), queryFn: () => getDealHistory(id) });
}
