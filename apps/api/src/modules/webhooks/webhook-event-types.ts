/** The events an endpoint can subscribe to (API.md "Integrations"). */
export const WEBHOOK_EVENT_TYPES = [
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'contact.unsubscribed',
  'company.created',
  'company.updated',
  'company.deleted',
  'deal.created',
  'deal.updated',
  'deal.deleted',
  'deal.stage_changed',
  'deal.won',
  'deal.lost',
  'email.sent',
  'email.delivered',
  'email.opened',
  'email.clicked',
  'email.bounced',
  'email.complained',
  'campaign.sent',
  'form.submitted',
  'import.completed',
  'workflow.execution_completed',
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent only by `POST /api/webhook-endpoints/:id/test`, to that endpoint; nobody subscribes to it. */
export const PING_EVENT_TYPE = 'ping';

/** What a `webhook_event` row may hold. */
export type StoredWebhookEventType = WebhookEventType | typeof PING_EVENT_TYPE;

export function isWebhookEventType(value: unknown): value is WebhookEventType {
  return typeof value === 'string' && (WEBHOOK_EVENT_TYPES as readonly string[]).includes(value);
}
