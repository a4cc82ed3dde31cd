import { checkDefinition, cyclePath, fieldCatalog, opsFor, SegmentDefinition } from './segment-rules';

const catalog = fieldCatalog(
  [
    { key: 'plan', type: 'select', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
    { key: 'seats', type: 'number', options: [] },
    { key: 'renewal', type: 'date', options: [] },
    { key: 'interests', type: 'multiselect', options: [{ value: 'golf', label: 'Golf' }] },
    { key: 'vip', type: 'boolean', options: [] },
  ],
  [{ key: 'tier', type: 'text', options: [] }],
);
const UUID = '3f1e7c9a-0000-4000-8000-000000000001';
const fields = (definition: unknown) => checkDefinition(definition, catalog).errors.map((e) => e.field);
const all = (...conditions: unknown[]) => ({ match: 'all', conditions });

describe('checkDefinition', () => {
  it('accepts every built-in and custom field with operators and values that fit its type', () => {
    const definition = all(
      { field: 'status', op: 'in', value: ['lead', 'customer'] },
      { field: 'tags', op: 'contains', value: 'VIP' },
      { field: 'tags', op: 'empty' },
      { field: 'email', op: 'starts_with', value: 'ada' },
      { field: 'phone', op: 'not_empty' },
      { field: 'companyId', op: 'eq', value: UUID },
      { field: 'createdAt', op: 'within_last_days', value: 30 },
      { field: 'createdAt', op: 'before', value: '2026-01-01' },
      { field: 'createdAt', op: 'after', value: '2026-01-01T10:00:00Z' },
      { field: 'company.name', op: 'contains', value: 'acme' },
      { field: 'company.cf.tier', op: 'eq', value: 'gold' },
      { field: 'cf.plan', op: 'not_in', value: ['free'] },
      { field: 'cf.seats', op: 'gte', value: 10 },
      { field: 'cf.renewal', op: 'more_than_days_ago', value: 7 },
      { field: 'cf.interests', op: 'contains', value: 'golf' },
      { field: 'cf.vip', op: 'eq', value: true },
      { type: 'email', op: 'opened', withinDays: 30 },
      { type: 'email', op: 'not_clicked', campaignId: UUID },
      { type: 'deal', op: 'has', status: 'open', pipelineId: UUID },
      { type: 'segment', op: 'not_in', segmentId: UUID },
      { match: 'any', conditions: [{ match: 'all', conditions: [{ field: 'lastName', op: 'eq', value: 'Lovelace' }] }] },
    );
    expect(checkDefinition(definition, catalog)).toEqual({ errors: [], references: [{ id: UUID, path: 'definition.conditions.19.segmentId' }] });
  });

  it('names the path of a value that does not fit the operator, nested groups included', () => {
    const definition = all(
      { field: 'status', op: 'eq', value: 'lead' },
      { match: 'any', conditions: [{ field: 'cf.seats', op: 'gt', value: 'ten' }, { field: 'tags', op: 'in', value: [] }] },
    );
    expect(checkDefinition(definition, catalog).errors).toEqual([
      { field: 'definition.conditions.1.conditions.0.value', message: 'must be a number' },
      { field: 'definition.conditions.1.conditions.1.value', message: 'must be a non-empty list' },
    ]);
  });

  it('refuses an operator the field type does not allow, naming the allowed ones', () => {
    const [error] = checkDefinition(all({ field: 'cf.seats', op: 'contains', value: 'x' }), catalog).errors;
    expect(error).toEqual({ field: 'definition.conditions.0.op', message: `must be one of ${opsFor(catalog.get('cf.seats')!).join(', ')} for cf.seats` });
    expect(fields(all({ field: 'status', op: 'empty' }))).toEqual(['definition.conditions.0.op']);
    expect(fields(all({ field: 'createdAt', op: 'gt', value: 1 }))).toEqual(['definition.conditions.0.op']);
    expect(fields(all({ field: 'cf.vip', op: 'neq', value: true }))).toEqual(['definition.conditions.0.op']);
  });

  it('checks value shapes per operator and type', () => {
    expect(fields(all({ field: 'status', op: 'eq', value: 'vip' }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'cf.plan', op: 'eq', value: 'gold' }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'companyId', op: 'in', value: ['nope'] }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'tags', op: 'empty', value: 'x' }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'createdAt', op: 'within_last_days', value: 1.5 }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'createdAt', op: 'before', value: '2026-02-30' }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'cf.renewal', op: 'after', value: '2026-01-01T10:00:00Z' }))).toEqual(['definition.conditions.0.value']);
    expect(fields(all({ field: 'email', op: 'eq', value: '  ' }))).toEqual(['definition.conditions.0.value']);
  });

  it('refuses unknown fields, types, keys and a bad match', () => {
    expect(fields(all({ field: 'cf.missing', op: 'eq', value: 'x' }))).toEqual(['definition.conditions.0.field']);
    expect(fields(all({ field: 'notes', op: 'eq', value: 'x' }))).toEqual(['definition.conditions.0.field']);
    expect(fields(all({ type: 'task', op: 'has' }))).toEqual(['definition.conditions.0.type']);
    expect(fields(all({ field: 'email', op: 'eq', value: 'a', extra: 1 }))).toEqual(['definition.conditions.0.extra']);
    expect(fields({ match: 'some', conditions: [] })).toEqual(['definition.match']);
    expect(fields({ match: 'all' })).toEqual(['definition.conditions']);
    expect(fields(all('status'))).toEqual(['definition.conditions.0']);
  });

  it('checks engagement, deal and segment conditions', () => {
    expect(fields(all({ type: 'email', op: 'bounced' }, { type: 'email', op: 'opened', withinDays: 0, campaignId: 'x' }))).toEqual([
      'definition.conditions.0.op',
      'definition.conditions.1.campaignId',
      'definition.conditions.1.withinDays',
    ]);
    expect(fields(all({ type: 'deal', op: 'has', status: 'closed', stageId: 'x' }))).toEqual(['definition.conditions.0.status', 'definition.conditions.0.stageId']);
    expect(fields(all({ type: 'segment', op: 'in' }))).toEqual(['definition.conditions.0.segmentId']);
  });

  it('allows three levels of groups and no more', () => {
    const leaf = { field: 'email', op: 'contains', value: '@' };
    expect(fields(all(all(all(leaf))))).toEqual([]);
    expect(fields(all(all(all(all(leaf)))))).toEqual(['definition.conditions.0.conditions.0.conditions.0']);
  });
});

describe('cyclePath', () => {
  const ref = (id: string): SegmentDefinition => ({ match: 'all', conditions: [{ type: 'segment', op: 'in', segmentId: id }] });

  it('finds a reference that leads back to the segment being saved, directly or through others', () => {
    const saved = new Map([
      ['b', ref('c')],
      ['c', ref('a')],
    ]);
    expect(cyclePath('a', [{ id: 'b', path: 'definition.conditions.0.segmentId' }], saved)).toBe('definition.conditions.0.segmentId');
    expect(cyclePath('a', [{ id: 'a', path: 'definition.conditions.2.segmentId' }], saved)).toBe('definition.conditions.2.segmentId');
  });

  it('lets a segment refer to others that do not lead back (and a new segment to anything)', () => {
    const saved = new Map([
      ['b', ref('c')],
      ['c', { match: 'all' as const, conditions: [] }],
    ]);
    expect(cyclePath('a', [{ id: 'b', path: 'p' }], saved)).toBeNull();
    expect(cyclePath(null, [{ id: 'b', path: 'p' }], new Map([['b', ref('b')]]))).toBeNull();
  });
});
