import { customFieldKeyOf, customFieldKeysOf, filtersProblems, isFieldName, unknownFieldProblems } from './view-rules';

describe('view rules', () => {
  it('takes the list query parameters as strings or lists of strings', () => {
    expect(filtersProblems({ status: ['lead', 'prospect'], search: 'ada', 'cf.score[gte]': '5', 'cf.region': 'emea' })).toEqual([]);
    expect(filtersProblems({})).toEqual([]);
  });

  it('names each bad parameter under filters', () => {
    expect(filtersProblems({ status: 3, tag: [], 'bad name': 'x', 'cf.score[GTE]': '1', owner: ['a', 2] })).toEqual([
      { field: 'filters.status', message: expect.stringMatching(/^must be a string/) },
      { field: 'filters.tag', message: 'must hold 1 to 100 values' },
      { field: 'filters.bad name', message: 'is not a query parameter name' },
      { field: 'filters.cf.score[GTE]', message: 'is not a query parameter name' },
      { field: 'filters.owner', message: expect.stringMatching(/^must be strings/) },
    ]);
    expect(filtersProblems(['status'])).toEqual([{ field: 'filters', message: 'must be an object of query parameters' }]);
    expect(filtersProblems(null)).toEqual([{ field: 'filters', message: 'must be an object of query parameters' }]);
  });

  it('keeps the sort and paging out of the filters', () => {
    expect(filtersProblems({ sort: 'email', offset: '50' }).map((p) => p.field)).toEqual(['filters.sort', 'filters.offset']);
  });

  it('accepts built-in and custom field names as columns and sorts', () => {
    expect(isFieldName('companyName')).toBe(true);
    expect(isFieldName('cf.lead_score')).toBe(true);
    expect(isFieldName('-email')).toBe(false);
    expect(isFieldName('email; drop')).toBe(false);
  });

  it('finds the custom fields a view names in its filters, sort and columns', () => {
    expect(customFieldKeyOf('cf.score[gte]')).toBe('score');
    expect(customFieldKeyOf('-cf.score')).toBe('score');
    expect(customFieldKeyOf('status')).toBeNull();
    expect(customFieldKeyOf('company.cf.size')).toBeNull();
    const keys = customFieldKeysOf({ filters: { 'cf.region': 'emea', 'cf.score[lt]': '3', status: 'lead' }, sort: '-cf.signed_up', columns: ['email', 'cf.plan'] });
    expect([...keys].sort()).toEqual(['plan', 'region', 'score', 'signed_up']);
  });

  it('names where a view refers to a custom field its list lacks', () => {
    const view = { filters: { 'cf.plan': 'pro', 'cf.gone[gte]': '1', status: 'lead' }, sort: '-cf.gone', columns: ['cf.plan', 'cf.other'] };
    expect(unknownFieldProblems(view, new Set(['plan']))).toEqual([
      { field: 'filters.cf.gone[gte]', message: expect.any(String) },
      { field: 'sort', message: expect.any(String) },
      { field: 'columns.1', message: expect.any(String) },
    ]);
    expect(unknownFieldProblems(view, new Set(['plan', 'gone', 'other']))).toEqual([]);
  });
});
