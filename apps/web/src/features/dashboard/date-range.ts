import dayjs, { type Dayjs } from 'dayjs';

/** Inclusive calendar days, YYYY-MM-DD, as the dashboard API takes them. */
export interface DateRange {
  from: string;
  to: string;
}

export const PRESETS = [
  { id: 'this-month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
  { id: 'last-30-days', label: 'Last 30 days' },
  { id: 'last-90-days', label: 'Last 90 days' },
  { id: 'this-year', label: 'This year' },
] as const;

export type PresetId = (typeof PRESETS)[number]['id'];

const DAY = 'YYYY-MM-DD';
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

function span(from: Dayjs, to: Dayjs): DateRange {
  return { from: from.format(DAY), to: to.format(DAY) };
}

export function presetRange(id: PresetId, today: Dayjs = dayjs()): DateRange {
  switch (id) {
    case 'this-month':
      return span(today.startOf('month'), today);
    case 'last-month': {
      const last = today.subtract(1, 'month');
      return span(last.startOf('month'), last.endOf('month'));
    }
    case 'last-30-days':
      return span(today.subtract(29, 'day'), today);
    case 'last-90-days':
      return span(today.subtract(89, 'day'), today);
    case 'this-year':
      return span(today.startOf('year'), today);
  }
}

/** The preset a range is, if any (so the picker can show its name). */
export function presetOf(range: DateRange, today: Dayjs = dayjs()): PresetId | null {
  return PRESETS.find((p) => {
    const candidate = presetRange(p.id, today);
    return candidate.from === range.from && candidate.to === range.to;
  })?.id ?? null;
}

/**
 * The range in the page's address (`?from=&to=`), so a reload or a shared link shows the same
 * period; this month when absent or unreadable.
 */
export function rangeFromSearch(params: URLSearchParams, today: Dayjs = dayjs()): DateRange {
  const from = params.get('from');
  const to = params.get('to');
  const valid = (v: string | null): v is string => !!v && DATE_PATTERN.test(v) && dayjs(v, DAY).isValid();
  if (valid(from) && valid(to) && from <= to) return { from, to };
  return presetRange('this-month', today);
}

/** Daily points read well up to about two months; beyond that, weeks. */
export function intervalFor(range: DateRange): 'day' | 'week' {
  return dayjs(range.to).diff(dayjs(range.from), 'day') + 1 > 62 ? 'week' : 'day';
}

const sameYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const withYear = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', year: 'numeric' });

/** "Nov 1 – 25, 2026"-style label: "Nov 1 – Nov 25" this year, years shown otherwise. */
export function rangeLabel(range: DateRange, today: Dayjs = dayjs()): string {
  const from = dayjs(range.from);
  const to = dayjs(range.to);
  const format = from.year() === today.year() && to.year() === today.year() ? sameYear : withYear;
  if (range.from === range.to) return format.format(from.toDate());
  return `${format.format(from.toDate())} – ${format.format(to.toDate())}`;
}
