/** Query keys of the webhooks feature; endpoint mutations invalidate `webhooksKeys.all`. */
export const webhooksKeys = {
  all: ['webhook-endpoints'] as const,
  list: () => ['webhook-endpoints', 'list'] as const,
  deliveries: (endpointId: string) => ['webhook-endpoints', 'deliveries', endpointId] as const,
};
