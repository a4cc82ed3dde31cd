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
        ? { notation: 'compact' as const, minimumFractionDigits: 0, maximumFractionDigits: 1 }
        : { minimumFractionDigits: style === 'cents' ? 2 : 0, maximumFractionDigits: style === 'cents' ? 2 : 0 };
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, ...digits });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * `12500.5, 'EUR'` → "€12,500.50", `1200` → "$1,200" (cents only when there are some).
 * With `compactFrom`, amounts from there on read "$12.5K" and smaller ones in whole units, for
 * tight spots: column headers (1,000), stat cards (100,000).
 */
export function formatMoney(value: number, currency = 'USD', compactFrom?: number): string {
  const style = compactFrom === undefined ? (Number.isInteger(value) ? 'whole' : 'cents') : Math.abs(value) >= compactFrom ? 'compact' : 'whole';
  return moneyFormat(currency, style).format(value);
}

/** Whole currency units however large: tables, where a column must compare like with like. */
export function formatWholeMoney(value: number, currency = 'USD'): string {
  return moneyFormat(currency, 'whole').format(value);
}

/** Always compact ($50K, $1.2M): chart axes, where labels must stay short and alike. */
export function formatCompactMoney(value: number, currency = 'USD'): string {
  return moneyFormat(currency, 'compact').format(value);
}

/** Seconds as the largest unit that reads naturally: "45 min", "5.5 h", "3.2 days". */
export function formatDuration(seconds: number): string {
  const one = (n: number) => (n >= 10 ? Math.round(n).toString() : n.toFixed(1).replace(/\.0$/, ''));
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < 86_400) return `${one(seconds / 3600)} h`;
  const days = seconds / 86_400;
  return `${one(days)} ${days === 1 ? 'day' : 'days'}`;
}
