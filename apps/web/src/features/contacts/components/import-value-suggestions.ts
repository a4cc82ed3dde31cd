import type { FieldOption } from '../../../lib/custom-fields/field-types';
import type { UserOption } from '../../../lib/lookups';
import { CONTACT_STATUSES } from '../../../lib/contact-statuses';
import type { ColumnValue, ContactStatus } from '../api/types';

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

/** The option a value of the file names, by value or by label, ignoring case and surrounding space; null when none. */
export function suggestOption(value: string, options: readonly FieldOption[]): FieldOption | null {
  const wanted = value.trim().toLowerCase();
  return options.find((o) => o.value.toLowerCase() === wanted) ?? options.find((o) => o.label.trim().toLowerCase() === wanted) ?? null;
}

/**
 * A multiselect column's values one by one: its cells hold several, separated by `,` or `;` (as the
 * import splits them); each counts the rows that hold it. Null (too many to list) stays null.
 */
export function splitMultiselectValues(values: ColumnValue[] | null): ColumnValue[] | null {
  if (!values) return null;
  const counts = new Map<string, number>();
  for (const { value, count } of values) {
    for (const part of new Set(value.split(/[,;]/).map((p) => p.trim()).filter(Boolean))) counts.set(part, (counts.get(part) ?? 0) + count);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}
