import {
  changedKeys,
  checkValues,
  FieldRule,
  FieldType,
  formatCellValue,
  guessFieldType,
  keyProblem,
  mergeValues,
  normalizeValue,
  optionsProblems,
  parseCellValue,
} from './custom-field-rules';

const rule = (type: FieldType, extra: Partial<FieldRule> = {}): FieldRule => ({
  key: 'f',
  label: 'Field',
  type,
  options: type === 'select' || type === 'multiselect' ? [{ value: 'a', label: 'Alpha' }, { value: 'b', label: 'Beta' }] : [],
  required: false,
  ...extra,
});

describe('custom field rules', () => {
  it('takes snake_case keys that shadow no built-in field, in either spelling', () => {
    expect(keyProblem('contact', 'member_rating')).toBeNull();
    expect(keyProblem('contact', 'MemberRating')).toMatch(/snake_case/);
    expect(keyProblem('contact', 'a__b')).toMatch(/snake_case/);
    expect(keyProblem('contact', '1st')).toMatch(/snake_case/);
    expect(keyProblem('contact', 'first_name')).toMatch(/built-in contact field/);
    expect(keyProblem('contact', 'email')).toMatch(/built-in/);
    expect(keyProblem('contact', 'tags')).toMatch(/built-in/);
    expect(keyProblem('company', 'domain')).toMatch(/built-in company field/);
    expect(keyProblem('deal', 'close_date')).toMatch(/built-in deal field/);
    expect(keyProblem('deal', 'domain')).toBeNull();
    expect(keyProblem('contact', 'x'.repeat(41))).toMatch(/at most 40/);
  });

  it('requires unique options on select types only', () => {
    expect(optionsProblems('select', [])).toEqual([{ path: '', message: expect.stringMatching(/required/) }]);
    expect(optionsProblems('multiselect', undefined)).toHaveLength(1);
    expect(optionsProblems('select', [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }])).toEqual([{ path: '1.value', message: expect.stringMatching(/unique/) }]);
    expect(optionsProblems('multiselect', [{ value: 'a,b', label: 'A' }])[0].path).toBe('0.value');
    expect(optionsProblems('text', [{ value: 'a', label: 'A' }])).toHaveLength(1);
    expect(optionsProblems('text', undefined)).toEqual([]);
  });

  it.each<[FieldType, unknown, unknown]>([
    ['text', '  hello ', 'hello'],
    ['textarea', 'line 1\nline 2', 'line 1\nline 2'],
    ['number', 4.5, 4.5],
    ['boolean', false, false],
    ['date', '2026-02-28', '2026-02-28'],
    ['datetime', '2026-03-01T10:30:00+01:00', '2026-03-01T09:30:00.000Z'],
    ['select', 'b', 'b'],
    ['multiselect', ['b', 'a', 'b'], ['a', 'b']],
    ['url', 'https://example.com/x', 'https://example.com/x'],
    ['email', 'ada@example.com', 'ada@example.com'],
    ['phone', '+44 (20) 7946-0958 ext. 12', '+44 (20) 7946-0958 ext. 12'],
  ])('stores a %s value in its one form', (type, input, stored) => {
    expect(normalizeValue(rule(type), input)).toEqual({ ok: true, value: stored });
  });

  it.each<[FieldType, unknown, RegExp]>([
    ['text', 5, /must be text/],
    ['number', '5', /must be a number/],
    ['number', Number.NaN, /must be a number/],
    ['boolean', 'true', /true or false/],
    ['date', '2026-02-30', /YYYY-MM-DD/],
    ['date', '02/03/2026', /YYYY-MM-DD/],
    ['datetime', '2026-03-01T10:30:00', /time zone/],
    ['select', 'c', /must be one of a, b/],
    ['multiselect', 'a', /list of option values/],
    ['multiselect', ['a', 'z'], /“z” is not one of its options/],
    ['url', 'javascript:alert(1)', /http/],
    ['email', 'not-an-address', /email/],
    ['phone', 'call me', /phone/],
    ['text', 'x'.repeat(501), /at most 500/],
  ])('refuses a %s value of the wrong kind, naming the label', (type, input, message) => {
    const checked = normalizeValue(rule(type), input);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(/^Field/);
    expect(!checked.ok && checked.message).toMatch(message);
  });

  it('reads null, blank text and an empty list as "no value"', () => {
    expect(normalizeValue(rule('number'), null)).toEqual({ ok: true, value: null });
    expect(normalizeValue(rule('text'), '   ')).toEqual({ ok: true, value: null });
    expect(normalizeValue(rule('multiselect'), [])).toEqual({ ok: true, value: null });
  });

  it('reports unknown keys, bad values and required fields left empty by key', () => {
    const rules = [rule('number', { key: 'score', label: 'Score', required: true }), rule('text', { key: 'note', label: 'Note' })];
    expect(checkValues(rules, { note: 'x' }, false).errors).toEqual([{ key: 'score', message: 'Score is required' }]);
    expect(checkValues(rules, { note: 'x' }, true).errors).toEqual([]);
    expect(checkValues(rules, { score: null }, true).errors).toEqual([{ key: 'score', message: 'Score is required' }]);
    expect(checkValues(rules, { score: 'ten', other: 1 }, true).errors).toEqual([
      { key: 'score', message: 'Score must be a number' },
      { key: 'other', message: expect.stringMatching(/no custom field with the key “other”/) },
    ]);
    expect(checkValues(rules, { score: 3, note: '' }, false)).toEqual({ values: { score: 3, note: null }, errors: [] });
  });

  it('merges a patch, a null removing its key, and names the keys that changed', () => {
    const merged = mergeValues({ a: 1, b: 'x', c: ['p'] }, { a: null, b: 'y', d: true });
    expect(merged).toEqual({ b: 'y', c: ['p'], d: true });
    expect(changedKeys({ a: 1, b: 'x', c: ['p'] }, merged)).toEqual(['a', 'b', 'd']);
    expect(changedKeys({ c: ['p', 'q'] }, { c: ['p', 'q'] })).toEqual([]);
  });

  it('guesses a column type from its sample cells', () => {
    expect(guessFieldType(['4', '2.5', '', '-1'])).toBe('number');
    expect(guessFieldType(['yes', 'No', 'TRUE'])).toBe('boolean');
    expect(guessFieldType(['2026-01-02', '2025-12-31 00:00:00'])).toBe('date');
    expect(guessFieldType(['2026-01-02 09:15:00', '2026-01-03T10:00:00Z'])).toBe('datetime');
    expect(guessFieldType(['a@example.com', 'b@example.org'])).toBe('email');
    expect(guessFieldType(['https://a.example', 'http://b.example/x'])).toBe('url');
    expect(guessFieldType(['+1 555 123 4567', '(020) 7946 0958'])).toBe('phone');
    expect(guessFieldType(['lead', 'customer', 'lead', 'lead', 'customer', 'lead'])).toBe('select');
    expect(guessFieldType(['Ada', 'Grace', 'Alan'])).toBe('text');
    expect(guessFieldType(['', ' '])).toBe('text');
    expect(guessFieldType(['1,234.5'])).toBe('text');
    expect(guessFieldType(['192.168.10.24', '203.0.113.7'])).toBe('text');
  });

  it('parses CSV cells into what formatCellValue writes back, for every type', () => {
    const samples: [FieldType, unknown][] = [
      ['text', 'Berlin'],
      ['textarea', 'two\nlines'],
      ['number', 1234.5],
      ['boolean', true],
      ['boolean', false],
      ['date', '2026-02-28'],
      ['datetime', '2026-03-01T09:30:00.000Z'],
      ['select', 'a'],
      ['multiselect', ['a', 'b']],
      ['url', 'https://example.com'],
      ['email', 'ada@example.com'],
      ['phone', '+1 555 0100'],
    ];
    for (const [type, value] of samples) {
      const r = rule(type);
      expect(parseCellValue(r, formatCellValue(r, value))).toEqual({ ok: true, value });
    }
    expect(formatCellValue(rule('number'), undefined)).toBe('');
    expect(parseCellValue(rule('number'), ' ')).toEqual({ ok: true, value: null });
  });

  it('reads the cells other tools export: labels for options, yes/no, local date-times as UTC', () => {
    expect(parseCellValue(rule('select'), 'beta')).toEqual({ ok: true, value: 'b' });
    expect(parseCellValue(rule('multiselect'), 'Beta; a')).toEqual({ ok: true, value: ['a', 'b'] });
    expect(parseCellValue(rule('boolean'), 'Yes')).toEqual({ ok: true, value: true });
    expect(parseCellValue(rule('datetime'), '2026-01-02 09:15:00')).toEqual({ ok: true, value: '2026-01-02T09:15:00.000Z' });
    expect(parseCellValue(rule('number'), 'ten')).toEqual({ ok: false, message: 'Field must be a number' });
    expect(parseCellValue(rule('select'), 'gamma').ok).toBe(false);
  });
});
