import { FieldError, validationProblem } from '../../common/filters/problem';

export const INTERVALS = ['day', 'week'] as const;
export type Interval = (typeof INTERVALS)[number];

/** A whole-day range in UTC: `from` and `to` are inclusive calendar days. */
export interface DateRange {
  from: string;
  to: string;
  /** `from` at 00:00 UTC. */
  start: Date;
  /** The day after `to` at 00:00 UTC: SQL compares `>= start AND < end`. */
  end: Date;
}

const DAY_MS = 86_400_000;
/** Longest range the dashboard answers: long enough for multi-year trends, short enough to stay cheap. */
const MAX_RANGE_DAYS = 5 * 366;
/** Daily buckets beyond a year make charts unreadable and payloads large; weeks cover longer ranges. */
const MAX_DAY_BUCKETS = 366;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * Resolves the optional `from`/`to` query (already shape-checked as YYYY-MM-DD) into a range.
 * Either bound left out defaults to this month: `from` to its first day, `to` to today — the
 * days that have happened, so charts do not end in a run of empty future days.
 */
export function resolveRange(query: { from?: string; to?: string }, now: Date = new Date()): DateRange {
  const today = isoDay(now);
  const firstOfMonth = `${today.slice(0, 8)}01`;
  const from = query.from ?? (query.to && query.to < firstOfMonth ? `${query.to.slice(0, 8)}01` : firstOfMonth);
  const to = query.to ?? (from > today ? from : today);
  const errors: FieldError[] = [];
  if (from > to) errors.push({ field: 'from', message: `must not be after to (${to})` });
  else if ((dayStart(to).getTime() - dayStart(from).getTime()) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    errors.push({ field: 'to', message: `must be at most ${MAX_RANGE_DAYS} days after from` });
  }
  if (errors.length) throw validationProblem(errors);
  return { from, to, start: dayStart(from), end: new Date(dayStart(to).getTime() + DAY_MS) };
}

/** Refuses daily buckets over more than MAX_DAY_BUCKETS days (400 naming `interval`). */
export function checkInterval(range: DateRange, interval: Interval): void {
  const days = (range.end.getTime() - range.start.getTime()) / DAY_MS;
  if (interval === 'day' && days > MAX_DAY_BUCKETS) {
    throw validationProblem([{ field: 'interval', message: `must be week for ${days} days: day covers at most ${MAX_DAY_BUCKETS} days` }]);
  }
}

/** Money as a number with two decimals, as the API carries deal values. */
export function money(value: number | string | null): number {
  return Math.round(Number(value ?? 0) * 100) / 100;
}

/**
 * The first day of every bucket the range touches, oldest first. Weeks start on Monday (ISO), as
 * PostgreSQL's date_trunc('week') does, so the first bucket may start before `from`.
 */
export function bucketStarts(range: DateRange, interval: Interval): string[] {
  let cursor = range.start.getTime();
  if (interval === 'week') cursor -= ((range.start.getUTCDay() + 6) % 7) * DAY_MS;
  const step = interval === 'week' ? 7 * DAY_MS : DAY_MS;
  const starts: string[] = [];
  for (; cursor < range.end.getTime(); cursor += step) starts.push(isoDay(new Date(cursor)));
  return starts;
}
