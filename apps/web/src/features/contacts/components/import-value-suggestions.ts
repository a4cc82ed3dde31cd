import type { UserOption } from '../../../lib/lookups';
import { CONTACT_STATUSES } from '../../../lib/contact-statuses';
import type { ContactStatus } from '../api/types';

/**
 * HubSpot's lifecycle stages (its export writes the labels, "Marketing Qualified Lead"; its API the
 * internal names, "marketingqualifiedlead"): the early stages are leads, an opportunity is a
 * prospect, customers and evangelists are customers. "Other" has no sensible default: the user picks.
 */
const HUBSPOT_STAGES: Record<string, ContactStatus> = {
  subscriber: 'lead',
  lead: 'lead',
  marketingqualifiedlead: 'lead',
  salesqualifiedlead: 'lead',
  opportunity: 'prospect',
  customer: 'customer',
  evangelist: 'customer',
};

/** The status a value of the file most likely means, or null when only the user can tell. */
export function suggestStatus(value: string): ContactStatus | null {
  const key = value.toLowerCase().replace(/[^a-z]/g, '');
  if ((CONTACT_STATUSES as string[]).includes(key)) return key as ContactStatus;
  return HUBSPOT_STAGES[key] ?? null;
}

/** The active user an owner cell names by email or by name (HubSpot's "Contact owner" is a name), or null. */
export function suggestOwner(value: string, users: UserOption[]): UserOption | null {
  const wanted = value.trim().toLowerCase();
  const byEmail = users.find((u) => u.isActive && u.email.toLowerCase() === wanted);
  if (byEmail) return byEmail;
  const byName = users.filter((u) => u.isActive && u.name.trim().toLowerCase() === wanted);
  return byName.length === 1 ? byName[0] : null;
}
