const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
const percent = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 1 });
// Deal values carry their own currency, but Corral reports sums in one (USD by default, see the deals module).
const money = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 0 });
const compactMoney = new Intl.NumberFormat(undefined, { style: 'currency', currency: 'USD', notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return integer.format(value);
}

/** A fraction (0.4567) as a percentage (45.7%). */
export function formatPercent(fraction: number): string {
  return percent.format(fraction);
}

/** Whole currency units up to 100,000, compact above ($1.2M) so a card never overflows. */
export function formatMoney(value: number): string {
  return value >= 100_000 ? compactMoney.format(value) : money.format(value);
}

/** Whole currency units however large: tables, where a column must compare like with like. */
export function formatWholeMoney(value: number): string {
  return money.format(value);
}

/** Always compact ($50K, $1.2M): chart axes, where labels must stay short and alike. */
export function formatCompactMoney(value: number): string {
  return compactMoney.format(value);
}

/** Seconds as the largest unit that reads naturally: "45 min", "5.5 h", "3.2 days". */
export function formatDuration(seconds: number): string {
  const one = (n: number) => (n >= 10 ? Math.round(n).toString() : n.toFixed(1).replace(/\.0$/, ''));
  if (seconds < 3600) return `${Math.max(1, Math.round(seconds / 60))} min`;
  if (seconds < 86_400) return `${one(seconds / 3600)} h`;
  const days = seconds / 86_400;
  return `${one(days)} ${days === 1 ? 'day' : 'days'}`;
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
