import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateAfterDelete } from '../../../lib/query-client';
import { dealsKeys, invalidateDeals } from './keys';

export type CreateDealInput = components['schemas']['CreateDealDto'];
export type UpdateDealInput = components['schemas']['UpdateDealDto'];

export function createDeal(body: CreateDealInput) {
  return unwrap(api.POST('/api/deals', { body }));
}

export function updateDeal({ id, changes }: { id: string; changes: UpdateDealInput }) {
  return unwrap(api.PATCH('/api/deals/{id}', { params: { path: { id } }, body: changes }));
}

export function deleteDeal(id: string) {
  return unwrap(api.DELETE('/api/deals/{id}', { params: { path: { id } } }));
}

export function useCreateDeal() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDeal, onSuccess: () => invalidateDeals(queryClient) });
}

export function useUpdateDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDeal,
    onSuccess: (deal) => {
      queryClient.setQueryData(dealsKeys.detail(deal.id), deal);
      return invalidateDeals(queryClient);
    },
  });
}

export function useDeleteDeal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDeal,
    onSuccess: (_, id) => invalidateAfterDelete(queryClient, dealsKeys.all, dealsKeys.detail(id), dealsKeys.history(id)),
  });
}
