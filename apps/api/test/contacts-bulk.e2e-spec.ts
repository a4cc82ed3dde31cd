import { factories } from './support/factories';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

type OutboxEvent = { name: string; payload: { contactId: string; actorId: string; changedFields?: string[]; tag?: string } };

describe('contacts bulk actions by selection and by filter (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;
  let otherMember: Session;

  const post = (s: Session, path: string, body: object) => api.http().post(path).set('Authorization', s.auth).send(body);
  const get = (s: Session, path: string) => api.http().get(path).set('Authorization', s.auth);
  const total = async (s: Session, query: string): Promise<number> => (await get(s, `/api/contacts?${query}`).expect(200)).body.total;
  const errorFields = (res: { body: { errors: { field: string }[] } }) => res.body.errors.map((e) => e.field);
  /** The events the outbox holds for these contacts, as `name:contactId[:tag]`. */
  const eventsOf = async (contactIds: string[]): Promise<string[]> => {
    const { rows } = await env.db.query<{ event: OutboxEvent }>(`SELECT jsonb_array_elements(events) AS event FROM outbox_event`);
    return rows
      .map((r) => r.event)
      .filter((e) => contactIds.includes(e.payload.contactId))
      .map((e) => [e.name, e.payload.contactId, e.payload.tag ?? e.payload.changedFields?.join(',')].join(':'))
      .sort();
  };
  const seed = (count: number, values: Parameters<typeof factories.contact.many>[1][number]) =>
    factories.contact.many(
      env.db,
      Array.from({ length: count }, () => ({ ...values })),
    );

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
    member = await createUserSession(api, admin, 'member');
    otherMember = await createUserSession(api, admin, 'member');
  });
  afterAll(() => env.destroy());

  it('changes the status of every matching contact, past one batch, with a timeline entry and an event each', async () => {
    const matching = await seed(620, { status: 'lead', tags: ['webinar'] });
    const other = await seed(3, { status: 'lead', tags: ['other'] });
    const res = await post(admin, '/api/contacts/bulk/status', { filter: { tag: 'webinar', status: 'lead', sort: '-createdAt', offset: '25' }, status: 'customer' }).expect(200);
    expect(res.body).toEqual({ updated: 620 });
    expect(await total(admin, 'tag=webinar&status=customer')).toBe(620);
    expect(await total(admin, 'tag=other&status=lead')).toBe(3);

    const [first] = matching;
    const timeline = (await get(admin, `/api/contacts/${first.id}/activities`).expect(200)).body.data;
    expect(timeline).toEqual([expect.objectContaining({ type: 'system', title: 'Status changed from lead to customer' })]);
    const events = await eventsOf([...matching, ...other].map((c) => c.id));
    expect(events).toEqual(matching.map((c) => `contact_updated:${c.id}:status`).sort());

    // Nothing left to change: nothing changes, no event.
    expect((await post(admin, '/api/contacts/bulk/status', { filter: { tag: 'webinar' }, status: 'customer' }).expect(200)).body).toEqual({ updated: 0 });
    expect(await eventsOf(matching.map((c) => c.id))).toHaveLength(620);
  });

  it('lets a member act by filter on their own contacts only', async () => {
    const mine = await seed(4, { tags: ['fair'], assignedToId: member.user.id });
    const theirs = await seed(3, { tags: ['fair'], assignedToId: otherMember.user.id });
    const nobodys = await seed(2, { tags: ['fair'] });

    expect((await post(member, '/api/contacts/bulk/tags', { filter: { tag: 'fair' }, tags: ['Met at fair'] }).expect(200)).body).toEqual({ updated: 4 });
    expect((await post(member, '/api/contacts/bulk/status', { filter: { tag: 'fair' }, status: 'prospect' }).expect(200)).body).toEqual({ updated: 4 });
    expect(await total(admin, 'tag=met at fair')).toBe(4);
    expect(await total(admin, 'tag=fair&status=prospect')).toBe(4);
    expect(await eventsOf([...theirs, ...nobodys].map((c) => c.id))).toEqual([]);
    expect(await eventsOf(mine.map((c) => c.id))).toEqual(
      mine.flatMap((c) => [`contact_updated:${c.id}:tags`, `tag_added:${c.id}:met at fair`, `contact_updated:${c.id}:status`]).sort(),
    );

    expect((await post(member, '/api/contacts/bulk/delete', { filter: { tag: 'fair' } }).expect(200)).body).toEqual({ deleted: 4 });
    expect(await total(admin, 'tag=fair')).toBe(5);
    expect(await total(member, 'tag=fair')).toBe(0);
  });

  it('acts on a custom field filter, as the list reads it', async () => {
    await post(admin, '/api/fields', { objectType: 'contact', key: 'seats', label: 'Seats', type: 'number' }).expect(201);
    const [small, large, larger] = await factories.contact.many(env.db, [{ customFields: { seats: 3 } }, { customFields: { seats: 40 } }, { customFields: { seats: 90 } }]);
    const res = await post(admin, '/api/contacts/bulk/tags', { filter: { 'cf.seats[gte]': '10' }, tags: ['enterprise'] }).expect(200);
    expect(res.body).toEqual({ updated: 2 });
    expect(await eventsOf([small.id])).toEqual([]);
    expect((await get(admin, `/api/contacts/${large.id}`)).body.tags).toEqual(['enterprise']);
    expect((await get(admin, `/api/contacts/${larger.id}`)).body.tags).toEqual(['enterprise']);
    const bad = await post(admin, '/api/contacts/bulk/status', { filter: { 'cf.nope': 'x', 'cf.seats[near]': '1' }, status: 'lead' }).expect(400);
    expect(errorFields(bad)).toEqual(['filter.cf.seats']);
    expect(errorFields(await post(admin, '/api/contacts/bulk/status', { filter: { 'cf.nope': 'x' }, status: 'lead' }).expect(400))).toEqual(['filter.cf.nope']);
  });

  it('adds only the tags a contact lacks, after its own, and counts only the contacts that changed', async () => {
    const [tagged, plain] = await factories.contact.many(env.db, [{ tags: ['vip', 'q3'] }, { tags: [] }]);
    const res = await post(admin, '/api/contacts/bulk/tags', { contactIds: [tagged.id, plain.id], tags: ['Q3', 'new', 'vip'] }).expect(200);
    expect(res.body).toEqual({ updated: 2 });
    expect((await get(admin, `/api/contacts/${tagged.id}`)).body.tags).toEqual(['vip', 'q3', 'new']);
    expect((await get(admin, `/api/contacts/${plain.id}`)).body.tags).toEqual(['q3', 'new', 'vip']);
    expect(await eventsOf([tagged.id])).toEqual([`contact_updated:${tagged.id}:tags`, `tag_added:${tagged.id}:new`]);
    const timeline = (await get(admin, `/api/contacts/${plain.id}/activities`).expect(200)).body.data;
    expect(timeline).toEqual([expect.objectContaining({ title: 'Tags added: q3, new, vip', createdBy: expect.objectContaining({ id: admin.user.id }) })]);
    expect((await post(admin, '/api/contacts/bulk/tags', { contactIds: [tagged.id], tags: ['vip'] }).expect(200)).body).toEqual({ updated: 0 });
  });

  it('refuses tags that would take a matching contact past the limit, changing none', async () => {
    const nearlyFull = Array.from({ length: 99 }, (_, i) => `t${i}`);
    await factories.contact.many(env.db, [{ tags: nearlyFull, status: 'archived', lastName: 'Limit' }, { tags: [], status: 'archived', lastName: 'Limit' }]);
    const res = await post(admin, '/api/contacts/bulk/tags', { filter: { search: 'Limit', status: 'archived' }, tags: ['x', 'y'] }).expect(400);
    expect(errorFields(res)).toEqual(['tags']);
    expect(await total(admin, 'search=Limit&tag=x')).toBe(0);
  });

  it('assigns by filter for managers, and not for members', async () => {
    const unassigned = await seed(3, { tags: ['handover'] });
    const res = await post(manager, '/api/contacts/bulk/assign', { filter: { tag: 'handover', assignedToId: 'none' }, assignedToId: member.user.id }).expect(200);
    expect(res.body).toEqual({ updated: 3 });
    expect(await total(member, 'tag=handover')).toBe(3);
    const timeline = (await get(admin, `/api/contacts/${unassigned[0].id}/activities`).expect(200)).body.data;
    expect(timeline).toEqual([expect.objectContaining({ title: `Assigned to ${member.user.name}` })]);
    await post(member, '/api/contacts/bulk/assign', { filter: { tag: 'handover' }, assignedToId: null }).expect(403);
    const inactive = await post(manager, '/api/contacts/bulk/assign', { filter: { tag: 'handover' }, assignedToId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    expect(errorFields(inactive)).toEqual(['assignedToId']);
  });

  it('still takes a selection, 404 when any of it is not visible', async () => {
    const [mine] = await seed(1, { assignedToId: member.user.id });
    const [theirs] = await seed(1, { assignedToId: otherMember.user.id });
    await post(member, '/api/contacts/bulk/delete', { contactIds: [mine.id, theirs.id] }).expect(404);
    await post(member, '/api/contacts/bulk/status', { contactIds: [mine.id, theirs.id], status: 'customer' }).expect(404);
    expect((await post(member, '/api/contacts/bulk/delete', { contactIds: [mine.id] }).expect(200)).body).toEqual({ deleted: 1 });
    await get(admin, `/api/contacts/${mine.id}`).expect(404);
    await get(admin, `/api/contacts/${theirs.id}`).expect(200);
  });

  it('takes exactly one of contactIds and filter, and validates the filter as the list does', async () => {
    const [contact] = await seed(1, {});
    expect(errorFields(await post(admin, '/api/contacts/bulk/status', { status: 'lead' }).expect(400))).toEqual(['contactIds']);
    expect(errorFields(await post(admin, '/api/contacts/bulk/status', { contactIds: [contact.id], filter: {}, status: 'lead' }).expect(400))).toEqual(['filter']);
    expect(errorFields(await post(admin, '/api/contacts/bulk/delete', { filter: 'everything' }).expect(400))).toEqual(['filter']);
    expect(errorFields(await post(admin, '/api/contacts/bulk/delete', { filter: { status: 'gone', companyId: 'x', owner: 'me' } }).expect(400))).toEqual([
      'filter.owner',
      'filter.status',
      'filter.companyId',
    ]);
    expect(errorFields(await post(admin, '/api/contacts/bulk/status', { filter: {}, status: 'won' }).expect(400))).toEqual(['status']);
    await get(admin, `/api/contacts/${contact.id}`).expect(200);
  });

  it('exports the selected contacts', async () => {
    const [a, b, c] = await factories.contact.many(env.db, [
      { email: 'sel-a@export.example' },
      { email: 'sel-b@export.example', assignedToId: member.user.id },
      { email: 'sel-c@export.example' },
    ]);
    const rows = (text: string) => text.trim().split('\n').slice(1).map((line) => line.split(',')[2]).sort();
    expect(rows((await get(admin, `/api/contacts/export?ids=${a.id},${b.id}`).expect(200)).text)).toEqual(['sel-a@export.example', 'sel-b@export.example']);
    expect(rows((await get(member, `/api/contacts/export?ids=${a.id}&ids=${b.id}&ids=${c.id}`).expect(200)).text)).toEqual(['sel-b@export.example']);
    expect(errorFields(await get(admin, '/api/contacts/export?ids=nope').expect(400))).toEqual(['ids']);
  });
});
