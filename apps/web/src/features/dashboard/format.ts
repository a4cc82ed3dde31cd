import { formatMoney } from '../../lib/format';

const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** A fraction (0.4567) as a percentage (45.7%). */
export function formatPercent(fraction: number): string {
  return percent.format(fraction);
}

/**
 * Sums in the one currency Corral reports in (USD, see the deals module): whole units up to
 * 100,000, compact above ($1.2M) so a card never overflows.
 */
export function formatSummaryMoney(value: number): string {
  return formatMoney(value, 'USD', 100_000);
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400],
  ['month', 30 * 86_400],
  ['week', 7 * 86_400],
  ['day', 86_400],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 hours ago", "yesterday", "just now". */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return relative.format(Math.round(seconds / size), unit);
  }
  return 'just now';
}
