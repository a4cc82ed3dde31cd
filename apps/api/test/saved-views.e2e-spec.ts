import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

type View = { id: string; objectType: string; name: string; filters: Record<string, string | string[]>; sort: string | null; columns: string[]; shared: boolean; ownerId: string; ownerName: string };

describe('saved views (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;
  let otherMember: Session;

  const send = (s: Session, method: 'post' | 'patch', path: string, body: object) => api.http()[method](path).set('Authorization', s.auth).send(body);
  const get = (s: Session, path: string) => api.http().get(path).set('Authorization', s.auth);
  const del = (s: Session, path: string) => api.http().delete(path).set('Authorization', s.auth);
  const createView = async (s: Session, body: object): Promise<View> => (await send(s, 'post', '/api/views', { objectType: 'contact', ...body }).expect(201)).body;
  const names = async (s: Session, query = 'objectType=contact'): Promise<string[]> => (await get(s, `/api/views?${query}`).expect(200)).body.data.map((v: View) => v.name);

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
    member = await createUserSession(api, admin, 'member');
    otherMember = await createUserSession(api, admin, 'member');
    await send(admin, 'post', '/api/fields', { objectType: 'contact', key: 'lead_score', label: 'Lead score', type: 'number' }).expect(201);
  });
  afterAll(() => env.destroy());

  it('creates, reads, updates and deletes a view', async () => {
    const view = await createView(member, {
      name: '  Hot leads ',
      filters: { status: ['lead', 'prospect'], tag: 'vip', 'cf.lead_score[gte]': '50' },
      sort: '-cf.lead_score',
      columns: ['email', 'status', 'cf.lead_score'],
    });
    expect(view).toMatchObject({
      objectType: 'contact',
      name: 'Hot leads',
      filters: { status: ['lead', 'prospect'], tag: 'vip', 'cf.lead_score[gte]': '50' },
      sort: '-cf.lead_score',
      columns: ['email', 'status', 'cf.lead_score'],
      shared: false,
      ownerId: member.user.id,
      ownerName: member.user.name,
    });
    expect((await get(member, `/api/views/${view.id}`).expect(200)).body).toEqual(view);

    const renamed = (await send(member, 'patch', `/api/views/${view.id}`, { name: 'Warm leads', shared: true, sort: null }).expect(200)).body;
    expect(renamed).toMatchObject({ name: 'Warm leads', shared: true, sort: null, filters: view.filters, columns: view.columns });

    await del(member, `/api/views/${view.id}`).expect(204);
    await get(member, `/api/views/${view.id}`).expect(404);
  });

  it('takes defaults for what is omitted', async () => {
    const view = await createView(manager, { name: 'Everyone' });
    expect(view).toMatchObject({ filters: {}, sort: null, columns: [], shared: false });
  });

  it('lists your own views and the shared ones of one list, by name', async () => {
    await createView(otherMember, { name: 'Olga private' });
    await createView(otherMember, { name: 'Olga shared', shared: true });
    await createView(otherMember, { name: 'Olga deals', objectType: 'deal', shared: true });
    await createView(member, { name: 'Mine' });

    expect(await names(member)).toEqual(['Mine', 'Olga shared']);
    expect(await names(member, 'objectType=deal')).toEqual(['Olga deals']);
    expect(await names(otherMember)).toEqual(['Olga private', 'Olga shared']);
    // Private views are personal: an admin's picker does not fill with everyone's.
    expect(await names(admin)).toEqual(['Olga shared']);
    expect(await names(member, 'objectType=contact&search=shar')).toEqual(['Olga shared']);
  });

  it('keeps private views of others out of reach and shared ones read-only, except for admins', async () => {
    const secret = await createView(otherMember, { name: 'Secret' });
    const shared = await createView(otherMember, { name: 'Team view', shared: true });

    await get(member, `/api/views/${secret.id}`).expect(404);
    await send(member, 'patch', `/api/views/${secret.id}`, { name: 'Mine now' }).expect(404);
    await del(member, `/api/views/${secret.id}`).expect(404);

    await get(member, `/api/views/${shared.id}`).expect(200);
    await send(member, 'patch', `/api/views/${shared.id}`, { name: 'Mine now' }).expect(403);
    await send(manager, 'patch', `/api/views/${shared.id}`, { shared: false }).expect(403);
    await del(manager, `/api/views/${shared.id}`).expect(403);

    await get(admin, `/api/views/${secret.id}`).expect(200);
    expect((await send(admin, 'patch', `/api/views/${shared.id}`, { name: 'Team view (old)' }).expect(200)).body).toMatchObject({
      name: 'Team view (old)',
      ownerId: otherMember.user.id,
    });
    await del(admin, `/api/views/${secret.id}`).expect(204);
    await get(otherMember, `/api/views/${secret.id}`).expect(404);
  });

  it('keeps names unique per owner and list, ignoring case', async () => {
    const first = await createView(member, { name: 'Customers' });
    const res = await send(member, 'post', '/api/views', { objectType: 'contact', name: 'CUSTOMERS' }).expect(409);
    expect(res.body.errors).toEqual([{ field: 'name', message: expect.any(String) }]);
    await createView(member, { name: 'Customers', objectType: 'company' });
    await createView(otherMember, { name: 'Customers' });

    const other = await createView(member, { name: 'Prospects' });
    await send(member, 'patch', `/api/views/${other.id}`, { name: 'customers' }).expect(409);
    await send(member, 'patch', `/api/views/${first.id}`, { name: 'customers' }).expect(200);
  });

  it('answers bad input with 400 naming the field', async () => {
    const fields = async (body: object, method: 'post' | 'patch' = 'post', path = '/api/views') =>
      (await send(member, method, path, body).expect(400)).body.errors.map((e: { field: string }) => e.field);

    expect(await fields({ name: 'x' })).toEqual(['objectType']);
    expect(await fields({ objectType: 'invoice', name: 'x' })).toEqual(['objectType']);
    expect(await fields({ objectType: 'contact', name: '   ' })).toEqual(['name']);
    expect(await fields({ objectType: 'contact', name: 'x'.repeat(101) })).toEqual(['name']);
    expect(await fields({ objectType: 'contact', name: 'x', filters: ['status'] })).toEqual(['filters']);
    expect(await fields({ objectType: 'contact', name: 'x', filters: { status: 3, tag: ['a', 1], limit: '10' } })).toEqual([
      'filters.status',
      'filters.tag',
      'filters.limit',
    ]);
    expect(await fields({ objectType: 'contact', name: 'x', columns: ['email', 3] })).toEqual(['columns']);
    expect(await fields({ objectType: 'contact', name: 'x', columns: ['email', 'email'] })).toEqual(['columns.1']);
    expect(await fields({ objectType: 'contact', name: 'x', sort: 'email desc' })).toEqual(['sort']);
    expect(await fields({ objectType: 'contact', name: 'x', shared: 'yes' })).toEqual(['shared']);

    const view = await createView(member, { name: 'Valid' });
    expect(await fields({ objectType: 'deal' }, 'patch', `/api/views/${view.id}`)).toEqual(['objectType']);
    expect(await fields({ name: null }, 'patch', `/api/views/${view.id}`)).toEqual(['name']);
    expect(await fields({ filters: null }, 'patch', `/api/views/${view.id}`)).toEqual(['filters']);
    expect(await fields({}, 'patch', '/api/views/not-a-uuid')).toEqual(['id']);
    expect((await get(member, '/api/views?sort=owner').expect(400)).body.errors[0].field).toBe('sort');
    expect((await get(member, '/api/views?objectType=invoice').expect(400)).body.errors[0].field).toBe('objectType');
  });

  it('names only custom fields of its list', async () => {
    await send(admin, 'post', '/api/fields', { objectType: 'deal', key: 'region', label: 'Region', type: 'text' }).expect(201);
    const res = await send(member, 'post', '/api/views', {
      objectType: 'contact',
      name: 'Unknown fields',
      filters: { 'cf.region': 'emea', 'cf.lead_score[gte]': '10' },
      sort: '-cf.nope',
      columns: ['email', 'cf.region', 'cf.lead_score'],
    }).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['filters.cf.region', 'sort', 'columns.1']);
    await createView(member, { objectType: 'deal', name: 'By region', columns: ['cf.region'] });
  });

  it('keeps a custom field a view names from being deleted, naming the view, private ones too', async () => {
    const field = (await send(admin, 'post', '/api/fields', { objectType: 'contact', key: 'plan', label: 'Plan', type: 'text' }).expect(201)).body;
    const byFilter = await createView(otherMember, { name: 'Plan filter', filters: { 'cf.plan': 'pro' } });
    const bySort = await createView(member, { name: 'Plan sort', sort: '-cf.plan', shared: true });
    await createView(member, { name: 'Plan on deals', objectType: 'deal' });

    const res = await del(admin, `/api/fields/${field.id}`).expect(409);
    expect(res.body.detail).toContain("view 'Plan filter'");
    expect(res.body.detail).toContain("view 'Plan sort'");
    expect(res.body.detail).not.toContain('Plan on deals');

    await del(otherMember, `/api/views/${byFilter.id}`).expect(204);
    await send(member, 'patch', `/api/views/${bySort.id}`, { sort: 'email' }).expect(200);
    await del(admin, `/api/fields/${field.id}`).expect(204);
  });

  it('asks for a login', async () => {
    await api.http().get('/api/views').expect(401);
  });
});
