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

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string, style: 'whole' | 'cents' | 'compact'): Intl.NumberFormat {
  const key = `${currency}:${style}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const digits =
      style === 'compact'
        ? { notation: 'compact' as const, maximumFractionDigits: 1 }
        : { minimumFractionDigits: style === 'cents' ? 2 : 0, maximumFractionDigits: style === 'cents' ? 2 : 0 };
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, ...digits });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * `12500.5, 'EUR'` → "€12,500.50", `1200` → "$1,200" (cents only when there are some);
 * `compact` → "$12.5K" for tight spots such as column headers.
 */
export function formatMoney(value: number, currency = 'USD', compact = false): string {
  // Compact only pays off from thousands on; below that whole units read better ("$850", not "$850.1").
  const style = compact ? (Math.abs(value) >= 1000 ? 'compact' : 'whole') : Number.isInteger(value) ? 'whole' : 'cents';
  return moneyFormat(currency, style).format(value);
}
