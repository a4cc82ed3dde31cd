import type { components } from '@corral/api-client';

export type ContactStatus = components['schemas']['ContactDto']['status'];

// A Record, so that a status the API adds fails the type check here until it has a label.
const LABELS: Record<ContactStatus, string> = { lead: 'Lead', prospect: 'Prospect', customer: 'Customer', archived: 'Archived' };

/** Every contact status, in lifecycle order. */
export const CONTACT_STATUSES = Object.keys(LABELS) as ContactStatus[];

export function contactStatusLabel(status: ContactStatus): string {
  return LABELS[status];
}
