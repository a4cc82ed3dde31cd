import { DISTINCT_VALUES_MAX, PreviewFigures, SAMPLE_CELLS_MAX } from './preview-figures';

describe('PreviewFigures', () => {
  it('lists the distinct values of each column, most frequent first, until there are too many', () => {
    const figures = new PreviewFigures([]);
    figures.add(['a@example.com', 'Subscriber']);
    figures.add(['b@example.com', ' Customer ']);
    figures.add(['c@example.com', 'Subscriber']);
    figures.add(['d@example.com', '']);
    expect(figures.valuesOf(1)).toEqual([
      { value: 'Subscriber', count: 2 },
      { value: 'Customer', count: 1 },
    ]);
    for (let i = 0; i <= DISTINCT_VALUES_MAX; i++) figures.add([`x${i}@example.com`, '']);
    expect(figures.valuesOf(0)).toBeNull();
  });

  it('keeps the first filled cells of each column to guess its type from, within a bound', () => {
    const figures = new PreviewFigures([]);
    for (let i = 0; i < SAMPLE_CELLS_MAX + 10; i++) figures.add([String(i), i % 2 ? '' : 'x'.repeat(1000)]);
    expect(figures.samplesOf(0)).toHaveLength(SAMPLE_CELLS_MAX);
    expect(figures.samplesOf(0).slice(0, 3)).toEqual(['0', '1', '2']);
    // Long cells stop the sample early: 100 of them fill its 100,000 characters.
    expect(figures.samplesOf(1)).toHaveLength(100);
    expect(figures.samplesOf(2)).toEqual([]);
  });

  it('collects the distinct valid addresses of each column, cell by cell', () => {
    const figures = new PreviewFigures([]);
    figures.add(['Ann@Example.com', 'Ann', 'not@home?']);
    figures.add(['ann@example.com', 'Bob@example.com', 'x']);
    figures.add(['not-an-email', 'Cat', '']);
    expect(figures.emailsOf(0)).toEqual(['ann@example.com']);
    expect(figures.emailsOf(1)).toEqual(['bob@example.com']);
    expect(figures.emailsOf(2)).toEqual([]);
  });

  it('counts the addresses of an email column whose first filled cell is not one', () => {
    const figures = new PreviewFigures([]);
    figures.add(['']);
    figures.add(['ann@example']);
    figures.add(['bob@example.com']);
    figures.add(['Cat@Example.com']);
    expect(figures.emailsOf(0)).toEqual(['bob@example.com', 'cat@example.com']);
  });

  it('counts the rows carrying each watched tag, quoted lists included', () => {
    const figures = new PreviewFigures(['webinar 2026', 'vip']);
    figures.add(['"newsletter","Webinar 2026"']);
    figures.add(['webinar 2026|vip']);
    figures.add(['webinar 20266']);
    figures.add(['']);
    expect(figures.rowsWithTag(0, 'webinar 2026')).toBe(2);
    expect(figures.rowsWithTag(0, 'VIP')).toBe(1);
    expect(figures.rowsWithTag(0, null)).toBe(3);
    expect(figures.rowsWithTag(1, 'vip')).toBe(0);
  });
});
