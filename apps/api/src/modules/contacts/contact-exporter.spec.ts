import { escapeFormula, unescapeFormula } from './contact-exporter';

describe('escapeFormula', () => {
  it('neutralizes cells a spreadsheet would evaluate', () => {
    expect(escapeFormula('=HYPERLINK("http://evil")')).toBe(`'=HYPERLINK("http://evil")`);
    expect(escapeFormula('+1 555 0100')).toBe(`'+1 555 0100`);
    expect(escapeFormula('-2+3')).toBe(`'-2+3`);
    expect(escapeFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(escapeFormula('\t=1')).toBe(`'\t=1`);
  });

  it('leaves ordinary text alone', () => {
    expect(escapeFormula('Ada Lovelace')).toBe('Ada Lovelace');
    expect(escapeFormula('a=b')).toBe('a=b');
    expect(escapeFormula('')).toBe('');
  });
});

describe('unescapeFormula', () => {
  it('gives back what escapeFormula guarded, and nothing else', () => {
    for (const cell of ['+1 555 0167', '=SUM(A1)', '-2+3', '@home', "'=typed guarded", "'quoted", "it's", 'plain', '']) {
      expect(unescapeFormula(escapeFormula(cell))).toBe(cell);
    }
  });
});
