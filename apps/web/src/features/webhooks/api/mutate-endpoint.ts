import { type components, unwrap } from '@corral/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { webhooksKeys } from './webhooks-keys';

export type EndpointInput = components['schemas']['CreateWebhookEndpointDto'];
export type EndpointChanges = components['schemas']['UpdateWebhookEndpointDto'];

function useInvalidating<A, R>(mutationFn: (args: A) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: webhooksKeys.all }) });
}

/** Answers the endpoint with its signing secret, which the API shows this once. */
export function useCreateEndpoint() {
  return useInvalidating((body: EndpointInput) => unwrap(api.POST('/api/webhook-endpoints', { body })));
}

export function useUpdateEndpoint() {
  return useInvalidating(({ id, changes }: { id: string; changes: EndpointChanges }) =>
    unwrap(api.PATCH('/api/webhook-endpoints/{id}', { params: { path: { id } }, body: changes })),
  );
}

export function useDeleteEndpoint() {
  return useInvalidating((id: string) => unwrap(api.DELETE('/api/webhook-endpoints/{id}', { params: { path: { id } } })));
}

/** The new secret is shown once; the old one stops signing at once. */
export function useRotateSecret() {
  return useInvalidating((id: string) => unwrap(api.POST('/api/webhook-endpoints/{id}/rotate-secret', { params: { path: { id } } })));
}

/** Sends a `ping` and answers how the endpoint took it. */
export function useTestEndpoint() {
  return useInvalidating((id: string) => unwrap(api.POST('/api/webhook-endpoints/{id}/test', { params: { path: { id } } })));
}
