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

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });

/** A calendar day (`YYYY-MM-DD`, no time zone) as "Mar 5, 2025". */
export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T00:00:00Z`));
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** "3 days", "5 hours": how long a deal stayed somewhere. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${Math.max(minutes, 1)} min`;
  const hours = Math.round(minutes / 60);
  if (hours < 48) return `${hours} hour${hours === 1 ? '' : 's'}`;
  const days = Math.round(hours / 24);
  return `${days} days`;
}

/** Currencies offered first in forms; any ISO 4217 code is accepted by the API. */
export const COMMON_CURRENCIES = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'SEK', 'NOK', 'DKK', 'PLN', 'INR', 'BRL', 'MXN', 'SGD'];
