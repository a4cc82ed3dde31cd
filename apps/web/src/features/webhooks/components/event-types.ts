/**
 * The webhook event types (API.md "Integrations") grouped by the object they are about, in the
 * order the picker lists them.
 */
export const EVENT_GROUPS = [
  { object: 'Contacts', types: ['contact.created', 'contact.updated', 'contact.deleted', 'contact.unsubscribed'] },
  { object: 'Companies', types: ['company.created', 'company.updated', 'company.deleted'] },
  { object: 'Deals', types: ['deal.created', 'deal.updated', 'deal.deleted', 'deal.stage_changed', 'deal.won', 'deal.lost'] },
  { object: 'Emails', types: ['email.sent', 'email.delivered', 'email.opened', 'email.clicked', 'email.bounced', 'email.complained'] },
  { object: 'Campaigns', types: ['campaign.sent'] },
  { object: 'Forms', types: ['form.submitted'] },
  { object: 'Imports', types: ['import.completed'] },
  { object: 'Workflows', types: ['workflow.execution_completed'] },
] as const;

export type WebhookEventType = (typeof EVENT_GROUPS)[number]['types'][number];

export const ALL_EVENT_TYPES: WebhookEventType[] = EVENT_GROUPS.flatMap((group) => [...group.types]);
