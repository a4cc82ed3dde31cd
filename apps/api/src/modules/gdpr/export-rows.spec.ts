import { exportRow } from './export-rows';

describe('exportRow', () => {
  it('camelCases column names and leaves values, jsonb keys included, as they are', () => {
    const at = new Date('2026-01-02T03:04:05Z');
    expect(exportRow({ id: 'a', first_name: 'Ada', custom_fields: { shoe_size: 42 }, step_order: 1, created_at: at, x_2b: null })).toEqual({
      id: 'a',
      firstName: 'Ada',
      customFields: { shoe_size: 42 },
      stepOrder: 1,
      createdAt: at,
      x2b: null,
    });
  });
});
