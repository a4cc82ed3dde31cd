import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { webhooksKeys } from './webhooks-keys';

export type WebhookDelivery = components['schemas']['WebhookDeliveryDto'];

export function useDeliveries(endpointId: string) {
  return useQuery({
    queryKey: webhooksKeys.deliveries(endpointId),
    queryFn: () => unwrap(api.GET('/api/webhook-endpoints/{id}/deliveries', { params: { path: { id: endpointId } } })),
    // Pending deliveries change on their own (the worker retries them): the table follows along.
    refetchInterval: 5000,
  });
}

export function useRedeliver() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/api/webhook-deliveries/{id}/redeliver', { params: { path: { id } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }),
  });
}
