import { customFieldConditions, customSortColumn, parseCustomSort, resolveFilters, splitCustomFieldQuery } from './custom-field-filters';
import type { FieldRule } from './custom-field-rules';

const rules: FieldRule[] = [
  { key: 'score', label: 'Score', type: 'number', options: [], required: false },
  { key: 'seen_at', label: 'Seen', type: 'datetime', options: [], required: false },
  { key: 'topics', label: 'Topics', type: 'multiselect', options: [{ value: 'golf', label: 'Golf' }], required: false },
  { key: 'bio', label: 'Bio', type: 'textarea', options: [], required: false },
];

describe('custom field filters', () => {
  it('takes cf.* out of a query parsed either way, leaving the rest', () => {
    const simple = splitCustomFieldQuery({ 'cf.score[gte]': '4', 'cf.topics': ['golf', 'wine'], status: 'lead' });
    const extended = splitCustomFieldQuery({ 'cf.score': { gte: '4' }, 'cf.topics': ['golf', 'wine'], status: 'lead' });
    for (const split of [simple, extended]) {
      expect(split.rest).toEqual({ status: 'lead' });
      expect(split.filters).toEqual([
        { key: 'score', op: 'gte', values: ['4'] },
        { key: 'topics', op: 'eq', values: ['golf', 'wine'] },
      ]);
      expect(split.errors).toEqual([]);
    }
    expect(splitCustomFieldQuery({ 'cf.score[near]': '4' }).errors).toEqual([{ field: 'cf.score', message: expect.stringMatching(/no operator \[near\]/) }]);
  });

  it('checks filters against the fields and reads a plain day of a datetime as the whole day', () => {
    const { filters, errors } = resolveFilters(rules, [
      { key: 'score', op: 'lt', values: ['4.5'] },
      { key: 'seen_at', op: 'lte', values: ['2026-01-31'] },
      { key: 'seen_at', op: 'gt', values: ['2026-01-01'] },
      { key: 'topics', op: 'empty', values: ['true'] },
    ]);
    expect(errors).toEqual([]);
    expect(filters).toEqual([
      { key: 'score', type: 'number', op: 'lt', value: 4.5 },
      { key: 'seen_at', type: 'datetime', op: 'lt', value: '2026-02-01T00:00:00.000Z' },
      { key: 'seen_at', type: 'datetime', op: 'gte', value: '2026-01-02T00:00:00.000Z' },
      { key: 'topics', type: 'multiselect', op: 'empty', empty: true },
    ]);
    const bad = resolveFilters(rules, [
      { key: 'nope', op: 'eq', values: ['1'] },
      { key: 'bio', op: 'gte', values: ['a'] },
      { key: 'topics', op: 'eq', values: ['chess'] },
      { key: 'score', op: 'gt', values: [''] },
    ]);
    expect(bad.errors.map((e) => e.field)).toEqual(['cf.nope', 'cf.bio', 'cf.topics', 'cf.score']);
  });

  it('writes containment for equality and the indexed expression for ranges, sorts and emptiness', () => {
    const params: unknown[] = [];
    const param = (value: unknown) => `$${params.push(value)}`;
    const sql = customFieldConditions(
      'c',
      [
        { key: 'topics', type: 'multiselect', op: 'eq', values: ['golf'] },
        { key: 'score', type: 'number', op: 'eq', values: [1, 2] },
        { key: 'score', type: 'number', op: 'gte', value: 3 },
        { key: 'seen_at', type: 'datetime', op: 'empty', empty: true },
        { key: 'topics', type: 'multiselect', op: 'empty', empty: false },
      ],
      param,
    );
    expect(sql).toEqual([
      'c.custom_fields @> $1::jsonb',
      '(c.custom_fields @> $2::jsonb OR c.custom_fields @> $3::jsonb)',
      "((c.custom_fields ->> 'score')::numeric) >= $4::numeric",
      "(c.custom_fields ->> 'seen_at') IS NULL",
      "c.custom_fields ? 'topics'",
    ]);
    expect(params).toEqual(['{"topics":["golf"]}', '{"score":1}', '{"score":2}', 3]);
    expect(parseCustomSort('-cf.score')).toEqual({ key: 'score', descending: true });
    expect(parseCustomSort('createdAt')).toBeNull();
    expect(customSortColumn(rules, 'score', 'c')).toEqual({ column: "((c.custom_fields ->> 'score')::numeric)" });
    expect(customSortColumn(rules, 'bio', 'c')).toEqual({ error: { field: 'sort', message: expect.stringMatching(/cannot sort/) } });
  });
});
