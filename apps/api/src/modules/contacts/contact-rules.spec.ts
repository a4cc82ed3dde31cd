import { mergeTags, normalizeEmail, parseStatus, splitTagCell, tagsProblem } from './contact-rules';

describe('contact rules', () => {
  it('splits import cells on pipes and commas', () => {
    expect(splitTagCell('VIP| hot ,  ,newsletter')).toEqual(['vip', 'hot', 'newsletter']);
    expect(splitTagCell('')).toEqual([]);
  });

  it('reads quoted lists inside a cell without keeping the quotes', () => {
    expect(splitTagCell('"newsletter","webinar 2026"')).toEqual(['newsletter', 'webinar 2026']);
    expect(splitTagCell('"Trade show, Berlin" | vip')).toEqual(['trade show, berlin', 'vip']);
    expect(splitTagCell('"say ""hi"""')).toEqual(['say "hi"']);
    expect(splitTagCell('"unclosed, still one')).toEqual(['unclosed, still one']);
  });

  it('knows statuses whatever their case, and nothing else', () => {
    expect(parseStatus(' Customer ')).toBe('customer');
    expect(parseStatus('Subscriber')).toBeNull();
  });

  it('caps tags and their length the same way for every writer', () => {
    expect(tagsProblem(Array.from({ length: 100 }, (_, i) => `t${i}`))).toBeNull();
    expect(tagsProblem(Array.from({ length: 101 }, (_, i) => `t${i}`))).toBe('A contact holds at most 100 tags');
    expect(tagsProblem(['x'.repeat(51)])).toMatch(/longer than 50 characters/);
  });

  it('merges new tags after the existing ones and says which are new', () => {
    expect(mergeTags(['vip', 'old'], ['OLD', 'New', 'new'])).toEqual({ tags: ['vip', 'old', 'new'], added: ['new'] });
  });

  it('trims emails but keeps their case', () => {
    expect(normalizeEmail('  Ann@Example.com ')).toBe('Ann@Example.com');
  });
});
