import type { Role } from './auth';

const ROLE_LABELS: Record<Role, string> = { admin: 'Admin', manager: 'Manager', member: 'Member' };

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

/** "Ada Lovelace" → "AL"; one letter for a single name. */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return letters.map((part) => part[0]!.toUpperCase()).join('') || '?';
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}
