import { ProblemException } from '../../common/filters/problem';
import { bucketStarts, checkInterval, resolveRange } from './date-range';

const now = new Date('2026-11-25T15:30:00Z');

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    return ((error as ProblemException).extras.errors ?? []).map((e) => e.field);
  }
  throw new Error('expected a validation problem');
}

describe('resolveRange', () => {
  it('defaults to the first of this month through today, as whole UTC days', () => {
    const range = resolveRange({}, now);
    expect(range).toMatchObject({ from: '2026-11-01', to: '2026-11-25' });
    expect(range.start.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(range.end.toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });

  it('fills a missing bound from the other one', () => {
    expect(resolveRange({ to: '2026-09-10' }, now)).toMatchObject({ from: '2026-09-01', to: '2026-09-10' });
    expect(resolveRange({ from: '2026-10-15' }, now)).toMatchObject({ from: '2026-10-15', to: '2026-11-25' });
    expect(resolveRange({ from: '2026-12-03' }, now)).toMatchObject({ from: '2026-12-03', to: '2026-12-03' });
  });

  it('names from when it is after to, and to when the range is too long', () => {
    expect(fieldsOf(() => resolveRange({ from: '2026-11-02', to: '2026-11-01' }, now))).toEqual(['from']);
    expect(fieldsOf(() => resolveRange({ from: '2000-01-01', to: '2026-11-01' }, now))).toEqual(['to']);
  });

  it('accepts a single day', () => {
    const range = resolveRange({ from: '2026-02-28', to: '2026-02-28' }, now);
    expect(range.end.getTime() - range.start.getTime()).toBe(86_400_000);
  });
});

describe('bucketStarts', () => {
  it('lists every day of the range', () => {
    expect(bucketStarts(resolveRange({ from: '2026-02-27', to: '2026-03-02' }, now), 'day')).toEqual([
      '2026-02-27',
      '2026-02-28',
      '2026-03-01',
      '2026-03-02',
    ]);
  });

  it('starts weeks on Monday, the first one possibly before from', () => {
    // 2026-11-01 is a Sunday: its week began on Monday 2026-10-26.
    expect(bucketStarts(resolveRange({ from: '2026-11-01', to: '2026-11-16' }, now), 'week')).toEqual([
      '2026-10-26',
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
    ]);
  });

  it('refuses daily buckets over more than a year but allows weekly ones', () => {
    const long = resolveRange({ from: '2025-01-01', to: '2026-06-30' }, now);
    expect(fieldsOf(() => checkInterval(long, 'day'))).toEqual(['interval']);
    expect(() => checkInterval(long, 'week')).not.toThrow();
  });
});
