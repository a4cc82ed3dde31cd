import { formatCompactMoney, formatDuration, formatMoney, formatWholeMoney } from '../format';

describe('money', () => {
  it('shows cents only when there are some, in the deal’s currency', () => {
    expect(formatMoney(1200)).toBe('$1,200');
    expect(formatMoney(12500.5, 'EUR')).toBe('€12,500.50');
  });

  it('goes compact from the threshold a spot asks for, whole units below it', () => {
    expect(formatMoney(850.4, 'USD', 1000)).toBe('$850');
    expect(formatMoney(12_500, 'USD', 1000)).toBe('$12.5K');
    expect(formatMoney(99_999.6, 'USD', 100_000)).toBe('$100,000');
    expect(formatMoney(250_000, 'USD', 100_000)).toBe('$250K');
  });

  it('writes no trailing zero in compact amounts ($5K, not $5.0K)', () => {
    expect(formatMoney(5000, 'USD', 1000)).toBe('$5K');
    expect(formatCompactMoney(-5000)).toBe('-$5K');
  });

  it('keeps table amounts whole however large', () => {
    expect(formatWholeMoney(1_250_000.4)).toBe('$1,250,000');
  });
});

describe('formatDuration', () => {
  it('reads seconds in the largest natural unit', () => {
    expect(formatDuration(20)).toBe('1 min');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(5.5 * 3600)).toBe('5.5 h');
    expect(formatDuration(86_400)).toBe('1 day');
    expect(formatDuration(259_200)).toBe('3 days');
    expect(formatDuration(1.25 * 86_400)).toBe('1.3 days');
  });
});
