import { type components, unwrap } from '@corral/api-client';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { webhooksKeys } from './webhooks-keys';

export type WebhookEndpoint = components['schemas']['WebhookEndpointDto'];

export function getEndpoints() {
  return unwrap(api.GET('/api/webhook-endpoints'));
}

export function endpointsQueryOptions() {
  return queryOptions({ queryKey: webhooksKeys.list(), queryFn: getEndpoints });
}

export function useEndpoints() {
  return useQuery(endpointsQueryOptions());
}
