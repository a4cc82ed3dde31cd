import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { WorkflowClient } from './support/workflow-helpers';

type Field = { id: string; objectType: string; key: string; label: string; type: string; options: { value: string; label: string }[]; required: boolean; position: number };
type Problem = { errors?: { field: string; message: string }[]; detail?: string };

/**
 * One field of every type on contacts, with a value each can hold, a second value (sorting after
 * the first) and a value of the wrong kind. Filters and sorts use the same table.
 */
const TYPES: { type: string; key: string; value: unknown; later: unknown; wrong: unknown; options?: { value: string; label: string }[] }[] = [
  { type: 'text', key: 'nickname', value: 'Ada', later: 'Bea', wrong: 42 },
  { type: 'textarea', key: 'bio', value: 'Line one\nline two', later: 'More', wrong: ['x'] },
  { type: 'number', key: 'member_rating', value: 2, later: 4.5, wrong: '4' },
  { type: 'date', key: 'optin_date', value: '2026-01-15', later: '2026-03-01', wrong: '15/01/2026' },
  { type: 'datetime', key: 'confirmed_at', value: '2026-01-15T08:00:00.000Z', later: '2026-01-15T10:30:00.000Z', wrong: '2026-01-15 08:00' },
  { type: 'boolean', key: 'vip', value: false, later: true, wrong: 'yes' },
  { type: 'select', key: 'plan', value: 'free', later: 'pro', wrong: 'gold', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
  { type: 'multiselect', key: 'interests', value: ['golf'], later: ['golf', 'wine'], wrong: ['chess'], options: [{ value: 'golf', label: 'Golf' }, { value: 'wine', label: 'Wine' }] },
  { type: 'url', key: 'website', value: 'https://a.example', later: 'https://b.example', wrong: 'ftp://x' },
  { type: 'email', key: 'work_email', value: 'a@work.example', later: 'b@work.example', wrong: 'nope' },
  { type: 'phone', key: 'mobile', value: '+1 555 0100', later: '+1 555 0199', wrong: 'call me' },
];

describe('custom fields (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;

  const send = (s: Session, method: 'post' | 'patch' | 'put' | 'delete', path: string, body?: object) => api.http()[method](path).set('Authorization', s.auth).send(body);
  const get = (s: Session, path: string) => api.http().get(path).set('Authorization', s.auth);
  const fieldErrors = (body: Problem) => (body.errors ?? []).map((e) => e.field);
  const createField = async (body: object): Promise<Field> => (await send(manager, 'post', '/api/fields', body).expect(201)).body;

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
    member = await createUserSession(api, admin, 'member');
    for (const t of TYPES) await createField({ objectType: 'contact', key: t.key, label: `The ${t.key}`, type: t.type, options: t.options });
  });
  afterAll(() => env.destroy());

  describe('definitions', () => {
    it('lists the fields of an object type in position order, to any user', async () => {
      const res = await get(member, '/api/fields?objectType=contact').expect(200);
      expect(res.body.map((f: Field) => f.key)).toEqual(TYPES.map((t) => t.key));
      expect(res.body.map((f: Field) => f.position)).toEqual(TYPES.map((_, i) => i));
      expect(res.body.find((f: Field) => f.key === 'plan')).toMatchObject({ type: 'select', options: TYPES[6].options, required: false, description: null });
      expect((await get(member, '/api/fields?objectType=deal').expect(200)).body).toEqual([]);
      await get(member, '/api/fields?objectType=ticket').expect(400);
    });

    it('builds a btree per sortable field, and none for textarea and multiselect', async () => {
      const { rows } = await env.db.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'contact' AND indexname LIKE 'cf\\_%' ORDER BY indexname`);
      const expected = TYPES.filter((t) => t.type !== 'textarea' && t.type !== 'multiselect').map((t) => `cf_contact_${t.key}_idx`).sort();
      expect(rows.map((r: { indexname: string }) => r.indexname)).toEqual(expected);
    });

    it('lets only managers and admins write them', async () => {
      await send(member, 'post', '/api/fields', { objectType: 'contact', key: 'shoe_size', label: 'Shoe size', type: 'number' }).expect(403);
      const [field] = (await get(member, '/api/fields?objectType=contact').expect(200)).body;
      await send(member, 'patch', `/api/fields/${field.id}`, { label: 'x' }).expect(403);
      await send(member, 'delete', `/api/fields/${field.id}`).expect(403);
    });

    it('refuses keys that are not snake_case, shadow a built-in field or exist already', async () => {
      for (const key of ['ShoeSize', 'shoe size', 'first_name', 'firstName', 'status', 'tags']) {
        const res = await send(manager, 'post', '/api/fields', { objectType: 'contact', key, label: 'X', type: 'text' }).expect(400);
        expect(fieldErrors(res.body)).toEqual(['key']);
      }
      expect(fieldErrors((await send(manager, 'post', '/api/fields', { objectType: 'company', key: 'domain', label: 'X', type: 'text' }).expect(400)).body)).toEqual(['key']);
      expect(fieldErrors((await send(manager, 'post', '/api/fields', { objectType: 'deal', key: 'value', label: 'X', type: 'number' }).expect(400)).body)).toEqual(['key']);
      const dup = await send(manager, 'post', '/api/fields', { objectType: 'contact', key: 'plan', label: 'Plan again', type: 'text' }).expect(409);
      expect(fieldErrors(dup.body)).toEqual(['key']);
      // Keys are per object type: a company may have its own `plan`.
      await createField({ objectType: 'company', key: 'plan', label: 'Company plan', type: 'text' });
    });

    it('requires unique options for select types, and only for them', async () => {
      const base = { objectType: 'contact', label: 'Tier' };
      expect(fieldErrors((await send(manager, 'post', '/api/fields', { ...base, key: 'tier', type: 'select' }).expect(400)).body)).toEqual(['options']);
      const dup = await send(manager, 'post', '/api/fields', { ...base, key: 'tier', type: 'multiselect', options: [{ value: 'a', label: 'A' }, { value: 'a', label: 'B' }] }).expect(400);
      expect(fieldErrors(dup.body)).toEqual(['options.1.value']);
      expect(fieldErrors((await send(manager, 'post', '/api/fields', { ...base, key: 'tier', type: 'text', options: [{ value: 'a', label: 'A' }] }).expect(400)).body)).toEqual(['options']);
      expect(fieldErrors((await send(manager, 'post', '/api/fields', { ...base, key: 'tier', type: 'colour' }).expect(400)).body)).toEqual(['type']);
    });

    it('changes label, options, required, description and position, never key or type', async () => {
      const field = await createField({ objectType: 'deal', key: 'source', label: 'Source', type: 'select', options: [{ value: 'web', label: 'Web' }] });
      const res = await send(manager, 'patch', `/api/fields/${field.id}`, {
        label: 'Lead source',
        options: [{ value: 'web', label: 'Website' }, { value: 'fair', label: 'Trade fair' }],
        description: 'Where it came from',
        position: 7,
      }).expect(200);
      expect(res.body).toMatchObject({ key: 'source', type: 'select', label: 'Lead source', description: 'Where it came from', position: 7, options: [{ value: 'web', label: 'Website' }, { value: 'fair', label: 'Trade fair' }] });
      expect(fieldErrors((await send(manager, 'patch', `/api/fields/${field.id}`, { key: 'origin' }).expect(400)).body)).toEqual(['key']);
      expect(fieldErrors((await send(manager, 'patch', `/api/fields/${field.id}`, { type: 'text' }).expect(400)).body)).toEqual(['type']);
      expect(fieldErrors((await send(manager, 'patch', `/api/fields/${field.id}`, { options: [] }).expect(400)).body)).toEqual(['options']);
    });

    it('refuses to remove an option records hold, saying how many', async () => {
      const field = (await get(manager, '/api/fields?objectType=contact').expect(200)).body.find((f: Field) => f.key === 'interests');
      await send(manager, 'post', '/api/contacts', { email: 'golfer1@example.com', customFields: { interests: ['golf', 'wine'] } }).expect(201);
      await send(manager, 'post', '/api/contacts', { email: 'golfer2@example.com', customFields: { interests: ['golf'] } }).expect(201);
      const res = await send(manager, 'patch', `/api/fields/${field.id}`, { options: [{ value: 'wine', label: 'Wine' }] }).expect(409);
      expect(res.body).toMatchObject({ recordCount: 2, option: 'golf' });
      expect(res.body.detail).toMatch(/^2 contacts hold the option “Golf”/);
      // An option nobody holds may go; labels may change freely.
      const added = await send(manager, 'patch', `/api/fields/${field.id}`, { options: [...TYPES[7].options!, { value: 'chess', label: 'Chess' }] }).expect(200);
      await send(manager, 'patch', `/api/fields/${field.id}`, { options: added.body.options.slice(0, 2).map((o: { value: string }) => ({ ...o, label: o.value.toUpperCase() })) }).expect(200);
    });
  });

  describe('values on contacts', () => {
    it.each(TYPES)('sets, changes, clears and type-checks a $type field', async ({ key, value, later, wrong }) => {
      const created = await send(member, 'post', '/api/contacts', { email: `${key}@values.example`, customFields: { [key]: value } }).expect(201);
      expect(created.body.customFields).toEqual({ [key]: value });
      const id = created.body.id;
      expect((await get(member, `/api/contacts/${id}`).expect(200)).body.customFields).toEqual({ [key]: value });

      const changed = await send(member, 'patch', `/api/contacts/${id}`, { customFields: { [key]: later } }).expect(200);
      expect(changed.body.customFields).toEqual({ [key]: later });

      const bad = await send(member, 'patch', `/api/contacts/${id}`, { customFields: { [key]: wrong } }).expect(400);
      expect(fieldErrors(bad.body)).toEqual([`customFields.${key}`]);
      expect(bad.body.errors[0].message).toMatch(new RegExp(`^The ${key}`));
      await send(member, 'post', '/api/contacts', { email: `${key}-bad@values.example`, customFields: { [key]: wrong } }).expect(400);

      const cleared = await send(member, 'patch', `/api/contacts/${id}`, { customFields: { [key]: null } }).expect(200);
      expect(cleared.body.customFields).toEqual({});
      const [row] = (await env.db.query('SELECT custom_fields FROM contact WHERE id = $1', [id])).rows;
      expect(row.custom_fields).toEqual({});
    });

    it('keeps the keys a PATCH does not name, and lists carry the values', async () => {
      const { body } = await send(admin, 'post', '/api/contacts', { email: 'both@values.example', customFields: { nickname: 'Bo', member_rating: 3 } }).expect(201);
      const patched = await send(admin, 'patch', `/api/contacts/${body.id}`, { firstName: 'Bo', customFields: { member_rating: 5 } }).expect(200);
      expect(patched.body.customFields).toEqual({ nickname: 'Bo', member_rating: 5 });
      const list = await get(admin, '/api/contacts?search=both@values').expect(200);
      expect(list.body.data[0].customFields).toEqual({ nickname: 'Bo', member_rating: 5 });
      // PUT replaces the whole contact, custom fields included.
      const replaced = await send(admin, 'put', `/api/contacts/${body.id}`, { email: 'both@values.example', customFields: { nickname: 'Bob' } }).expect(200);
      expect(replaced.body.customFields).toEqual({ nickname: 'Bob' });
    });

    it('names unknown keys, refuses a non-object, and normalizes what it stores', async () => {
      const unknown = await send(admin, 'post', '/api/contacts', { email: 'u@values.example', customFields: { shoe_size: 44, nickname: 'U' } }).expect(400);
      expect(fieldErrors(unknown.body)).toEqual(['customFields.shoe_size']);
      expect(fieldErrors((await send(admin, 'post', '/api/contacts', { email: 'u@values.example', customFields: ['x'] }).expect(400)).body)).toEqual(['customFields']);
      const normalized = await send(admin, 'post', '/api/contacts', {
        email: 'n@values.example',
        customFields: { nickname: '  Nat ', confirmed_at: '2026-01-15T09:00:00+01:00', interests: ['wine', 'golf', 'wine'], bio: '  ' },
      }).expect(201);
      expect(normalized.body.customFields).toEqual({ nickname: 'Nat', confirmed_at: '2026-01-15T08:00:00.000Z', interests: ['golf', 'wine'] });
    });

    it('requires a required field on create and replace, and refuses to clear it', async () => {
      const field = await createField({ objectType: 'contact', key: 'region', label: 'Region', type: 'text', required: true });
      const missing = await send(admin, 'post', '/api/contacts', { email: 'r@values.example' }).expect(400);
      expect(fieldErrors(missing.body)).toEqual(['customFields.region']);
      expect(missing.body.errors[0].message).toBe('Region is required');
      const { body } = await send(admin, 'post', '/api/contacts', { email: 'r@values.example', customFields: { region: 'EMEA' } }).expect(201);
      await send(admin, 'patch', `/api/contacts/${body.id}`, { firstName: 'R' }).expect(200);
      expect(fieldErrors((await send(admin, 'patch', `/api/contacts/${body.id}`, { customFields: { region: null } }).expect(400)).body)).toEqual(['customFields.region']);
      expect(fieldErrors((await send(admin, 'put', `/api/contacts/${body.id}`, { email: 'r@values.example' }).expect(400)).body)).toEqual(['customFields.region']);
      await send(manager, 'patch', `/api/fields/${field.id}`, { required: false }).expect(200);
    });
  });

  describe('filters and sorts', () => {
    /** Per type: a contact holding `value`, one holding `later`, one holding nothing, all the member's. */
    const made: Record<string, { a: string; b: string; c: string }> = {};
    const emailsOf = async (s: Session, query: string) =>
      (await get(s, `/api/contacts?search=@filters.example&limit=200&${query}`).expect(200)).body.data.map((c: { email: string }) => c.email.split('@')[0]);

    beforeAll(async () => {
      for (const t of TYPES) {
        const create = async (name: string, customFields: object) => (await send(member, 'post', '/api/contacts', { email: `${t.key}-${name}@filters.example`, customFields }).expect(201)).body.id;
        made[t.key] = { a: await create('a', { [t.key]: t.value }), b: await create('b', { [t.key]: t.later }), c: await create('c', {}) };
      }
    });

    it.each(TYPES)('filters a $type field by equality and emptiness', async ({ key, type, value, later }) => {
      const first = Array.isArray(value) ? value[0] : value;
      const expected = type === 'multiselect' ? [`${key}-a`, `${key}-b`] : [`${key}-a`];
      expect(await emailsOf(member, `cf.${key}=${encodeURIComponent(String(first))}&sort=email`)).toEqual(expected);
      if (type === 'multiselect') expect(await emailsOf(member, `cf.${key}=wine`)).toEqual([`${key}-b`]);
      // Repeated: any of the values.
      const second = Array.isArray(later) ? later[1] : later;
      expect(await emailsOf(member, `cf.${key}=${encodeURIComponent(String(first))}&cf.${key}=${encodeURIComponent(String(second))}&sort=email`)).toEqual([`${key}-a`, `${key}-b`]);
      const empty = await emailsOf(member, `cf.${key}[empty]=true`);
      expect(empty).toContain(`${key}-c`);
      expect(empty).not.toContain(`${key}-a`);
      expect(await emailsOf(member, `cf.${key}[empty]=false&sort=email`)).toEqual([`${key}-a`, `${key}-b`]);
    });

    it.each(TYPES)('sorts on a $type field, or says it cannot', async ({ key, type }) => {
      if (type === 'textarea' || type === 'multiselect') {
        expect(fieldErrors((await get(member, `/api/contacts?sort=cf.${key}`).expect(400)).body)).toEqual(['sort']);
        return;
      }
      const ours = async (sort: string) => (await emailsOf(member, `sort=${sort}`)).filter((e: string) => e.startsWith(`${key}-`));
      expect(await ours(`cf.${key}`)).toEqual([`${key}-a`, `${key}-b`, `${key}-c`]);
      // Descending, empty values come first (PostgreSQL's NULLS FIRST: the field's btree serves both directions).
      expect(await ours(`-cf.${key}`)).toEqual([`${key}-c`, `${key}-b`, `${key}-a`]);
    });

    it('filters ranges on numbers, dates and datetimes, a plain day meaning the whole day', async () => {
      expect(await emailsOf(member, 'cf.member_rating[gte]=4.5')).toEqual(['member_rating-b']);
      expect(await emailsOf(member, 'cf.member_rating[gt]=2&cf.member_rating[lte]=4.5')).toEqual(['member_rating-b']);
      expect(await emailsOf(member, 'cf.member_rating[lt]=4.5')).toEqual(['member_rating-a']);
      expect(await emailsOf(member, 'cf.optin_date[gte]=2026-01-01&cf.optin_date[lt]=2026-02-01')).toEqual(['optin_date-a']);
      expect(await emailsOf(member, 'cf.optin_date[gt]=2026-01-15&sort=email')).toEqual(['optin_date-b']);
      expect(await emailsOf(member, 'cf.confirmed_at[lte]=2026-01-15&sort=email')).toEqual(['confirmed_at-a', 'confirmed_at-b']);
      expect(await emailsOf(member, 'cf.confirmed_at[gt]=2026-01-15T09:00:00Z')).toEqual(['confirmed_at-b']);
      expect(await emailsOf(member, 'cf.confirmed_at[gte]=2026-01-16')).toEqual([]);
    });

    it('answers 400 naming cf.<key> for unknown fields, operators and values', async () => {
      const problem = async (query: string) => fieldErrors((await get(member, `/api/contacts?${query}`).expect(400)).body);
      expect(await problem('cf.shoe_size=4')).toEqual(['cf.shoe_size']);
      expect(await problem('cf.member_rating=four')).toEqual(['cf.member_rating']);
      expect(await problem('cf.member_rating[between]=1')).toEqual(['cf.member_rating']);
      expect(await problem('cf.nickname[gte]=A')).toEqual(['cf.nickname']);
      expect(await problem('cf.plan=gold')).toEqual(['cf.plan']);
      expect(await problem('cf.optin_date[lt]=soon')).toEqual(['cf.optin_date']);
      expect(await problem('cf.vip[empty]=maybe')).toEqual(['cf.vip']);
      expect(await problem('sort=-cf.shoe_size')).toEqual(['sort']);
      // The rest of the query is still checked by the list's own rules.
      expect(await problem('cf.plan=pro&status=vip')).toEqual(['status']);
      await get(member, '/api/contacts/export?cf.plan=gold').expect(400);
    });

    it('shows a member only their own contacts among the matches', async () => {
      await send(admin, 'post', '/api/contacts', { email: 'plan-admin@filters.example', customFields: { plan: 'free' } }).expect(201);
      expect(await emailsOf(admin, 'cf.plan=free&sort=email')).toEqual(['plan-a', 'plan-admin']);
      expect(await emailsOf(member, 'cf.plan=free&sort=email')).toEqual(['plan-a']);
      expect(await emailsOf(member, 'cf.plan[empty]=false&sort=-cf.plan')).toEqual(['plan-b', 'plan-a']);
      const other = await createUserSession(api, admin, 'member');
      expect(await emailsOf(other, 'cf.plan=free')).toEqual([]);
    });

    it('filters the CSV export the same way', async () => {
      const res = await get(admin, '/api/contacts/export?cf.member_rating[gte]=4.5&search=@filters.example').expect(200);
      const lines = res.text.trim().split('\n').slice(1);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('member_rating-b@filters.example');
    });

    it('filters and sorts companies and deals', async () => {
      await createField({ objectType: 'company', key: 'founded', label: 'Founded', type: 'number' });
      for (const [name, founded] of [['Old Co', 1900], ['New Co', 2020], ['No Co', null]] as const) {
        await send(admin, 'post', '/api/companies', { name, customFields: founded === null ? {} : { founded } }).expect(201);
      }
      const companies = async (query: string) => (await get(member, `/api/companies?search=Co&${query}`).expect(200)).body.data.map((c: { name: string }) => c.name);
      expect(await companies('cf.founded[lt]=2000')).toEqual(['Old Co']);
      expect(await companies('sort=-cf.founded')).toEqual(['No Co', 'New Co', 'Old Co']);
      expect(await companies('cf.founded[empty]=true')).toEqual(['No Co']);
      expect(fieldErrors((await get(member, '/api/companies?cf.founded=old').expect(400)).body)).toEqual(['cf.founded']);

      await createField({ objectType: 'deal', key: 'closes_on', label: 'Closes on', type: 'date' });
      await send(member, 'post', '/api/deals', { title: 'Filter deal early', customFields: { closes_on: '2026-02-01' } }).expect(201);
      await send(member, 'post', '/api/deals', { title: 'Filter deal late', customFields: { closes_on: '2026-09-01' } }).expect(201);
      await send(admin, 'post', '/api/deals', { title: 'Filter deal admin', customFields: { closes_on: '2026-03-01' } }).expect(201);
      const deals = async (s: Session, query: string) => (await get(s, `/api/deals?search=Filter deal&${query}`).expect(200)).body.data.map((d: { title: string }) => d.title);
      expect(await deals(admin, 'cf.closes_on[lt]=2026-06-01&sort=cf.closes_on')).toEqual(['Filter deal early', 'Filter deal admin']);
      expect(await deals(member, 'cf.closes_on[lt]=2026-06-01')).toEqual(['Filter deal early']);
      expect(await deals(member, 'sort=-cf.closes_on')).toEqual(['Filter deal late', 'Filter deal early']);
      expect(fieldErrors((await get(member, '/api/deals?cf.closes_on[gte]=later').expect(400)).body)).toEqual(['cf.closes_on']);
    });
  });

  describe('merge tags', () => {
    it('lists a tag per contact and company field', async () => {
      const tags = (await get(member, '/api/templates/merge-tags').expect(200)).body as { tag: string; description: string }[];
      expect(tags.map((t) => t.tag)).toEqual(expect.arrayContaining(['{{first_name}}', ...TYPES.map((t) => `{{contact.custom.${t.key}}}`), '{{company.custom.plan}}']));
      expect(tags).toContainEqual({ tag: '{{contact.custom.member_rating}}', description: 'The member_rating (contact field)' });
    });

    it('renders every type for a contact and its company, and warns about unknown custom keys', async () => {
      const company = (await send(admin, 'post', '/api/companies', { name: 'Merge & Co', customFields: { plan: 'Gold <b>' } }).expect(201)).body;
      const values = Object.fromEntries(TYPES.map((t) => [t.key, t.later]));
      const contact = (await send(member, 'post', '/api/contacts', { email: 'merge@tags.example', companyId: company.id, customFields: values }).expect(201)).body;
      const htmlBody = `${TYPES.map((t) => `<p>${t.key}=[{{contact.custom.${t.key}}}]</p>`).join('')}<p>co=[{{company.custom.plan}}]</p><p>x=[{{contact.custom.nope}}]</p>`;
      const preview = await send(member, 'post', '/api/templates/preview', { subject: 'Plan {{contact.custom.plan}}', htmlBody, contactId: contact.id }).expect(200);
      expect(preview.body.subject).toBe('Plan pro');
      for (const expected of [
        'nickname=[Bea]',
        'bio=[More]',
        'member_rating=[4.5]',
        'optin_date=[2026-03-01]',
        'confirmed_at=[2026-01-15T10:30:00.000Z]',
        'vip=[true]',
        'plan=[pro]',
        'interests=[golf, wine]',
        'website=[https://b.example]',
        'work_email=[b@work.example]',
        'mobile=[+1 555 0199]',
        'co=[Gold &lt;b&gt;]',
        'x=[]',
      ]) {
        expect(preview.body.html).toContain(expected);
      }
      expect(preview.body.warnings).toEqual(['HTML body, line 1: {{contact.custom.nope}} is not a known merge tag and renders empty']);
      // Without a contact, the sample recipient holds a value of every field.
      const sample = await send(member, 'post', '/api/templates/preview', { subject: 'x', htmlBody: '<p>[{{contact.custom.member_rating}}][{{contact.custom.plan}}]</p>' }).expect(200);
      expect(sample.body.html).toContain('[42][free]');
      const saved = await send(manager, 'post', '/api/templates', { name: 'Custom tags', subject: 'Hi', htmlBody: '{{contact.custom.nickname}} {{company.custom.nope}}' }).expect(201);
      expect(saved.body.warnings).toEqual(['HTML body, line 1: {{company.custom.nope}} is not a known merge tag and renders empty']);
      expect((await get(manager, `/api/templates/${saved.body.id}`).expect(200)).body.warnings).toEqual(saved.body.warnings);
    });
  });

  describe('deleting a field', () => {
    it('is refused while a workflow narrows on it, then takes every value and the index with it', async () => {
      const field = await createField({ objectType: 'contact', key: 'lifecycle', label: 'Lifecycle', type: 'select', options: [{ value: 'mql', label: 'MQL' }, { value: 'sql', label: 'SQL' }] });
      const holder = (await send(admin, 'post', '/api/contacts', { email: 'life@delete.example', customFields: { lifecycle: 'mql', nickname: 'Keep' } }).expect(201)).body;
      const client = new WorkflowClient(api, admin);
      const bad = await send(admin, 'post', '/api/workflows', { name: 'Typo', triggerEvent: 'contact_updated', triggerData: { field: 'cf.lifecycel' }, steps: [{ action: 'add_tag', actionData: { tag: 'x' } }] }).expect(400);
      expect(fieldErrors(bad.body)).toEqual(['triggerData.field']);
      const workflow = await client.createWorkflow({ name: 'Lifecycle watcher', triggerEvent: 'contact_updated', triggerData: { field: 'cf.lifecycle' }, steps: [{ action: 'add_tag', actionData: { tag: 'moved' } }] });

      // The trigger fires on a change of that field only.
      await send(admin, 'patch', `/api/contacts/${holder.id}`, { customFields: { nickname: 'Still' } }).expect(200);
      await send(admin, 'patch', `/api/contacts/${holder.id}`, { customFields: { lifecycle: 'sql' } }).expect(200);
      await client.executionFor(workflow.id, holder.id);
      expect(await client.executionsOf(workflow.id)).toHaveLength(1);

      const refused = await send(manager, 'delete', `/api/fields/${field.id}`).expect(409);
      expect(refused.body.detail).toBe('The field “Lifecycle” is in use by workflow \'Lifecycle watcher\'; change or delete them first');
      expect(refused.body.usedBy).toEqual(["workflow 'Lifecycle watcher'"]);
      await get(admin, '/api/contacts?cf.lifecycle=sql').expect(200);

      await send(admin, 'delete', `/api/workflows/${workflow.id}`).expect(204);
      await send(manager, 'delete', `/api/fields/${field.id}`).expect(204);
      await get(manager, `/api/fields/${field.id}`).expect(404);
      expect((await get(admin, `/api/contacts/${holder.id}`).expect(200)).body.customFields).toEqual({ nickname: 'Still' });
      const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE custom_fields ? 'lifecycle'`);
      expect(rows[0].n).toBe(0);
      expect((await env.db.query(`SELECT 1 FROM pg_indexes WHERE indexname = 'cf_contact_lifecycle_idx'`)).rows).toHaveLength(0);
      expect(fieldErrors((await get(admin, '/api/contacts?cf.lifecycle=sql').expect(400)).body)).toEqual(['cf.lifecycle']);
      // The key is free again, for a field of another type.
      await createField({ objectType: 'contact', key: 'lifecycle', label: 'Lifecycle', type: 'text' });
    });
  });

  describe('values on companies and deals', () => {
    it('sets, reads, changes and checks company values', async () => {
      await createField({ objectType: 'company', key: 'employees', label: 'Employees', type: 'number' });
      const created = await send(admin, 'post', '/api/companies', { name: 'Acme', customFields: { employees: 120, plan: 'Enterprise' } }).expect(201);
      expect(created.body.customFields).toEqual({ employees: 120, plan: 'Enterprise' });
      const patched = await send(admin, 'patch', `/api/companies/${created.body.id}`, { customFields: { employees: null } }).expect(200);
      expect(patched.body.customFields).toEqual({ plan: 'Enterprise' });
      const list = await get(member, '/api/companies?search=Acme').expect(200);
      expect(list.body.data[0].customFields).toEqual({ plan: 'Enterprise' });
      expect(fieldErrors((await send(admin, 'patch', `/api/companies/${created.body.id}`, { customFields: { employees: 'many' } }).expect(400)).body)).toEqual(['customFields.employees']);
      // A contact field is not a company field.
      expect(fieldErrors((await send(admin, 'patch', `/api/companies/${created.body.id}`, { customFields: { nickname: 'A' } }).expect(400)).body)).toEqual(['customFields.nickname']);
    });

    it('sets, reads, changes and checks deal values', async () => {
      await createField({ objectType: 'deal', key: 'renewal_on', label: 'Renewal', type: 'date' });
      const created = await send(member, 'post', '/api/deals', { title: 'Renewal deal', customFields: { renewal_on: '2026-06-30', source: 'fair' } }).expect(201);
      expect(created.body.customFields).toEqual({ renewal_on: '2026-06-30', source: 'fair' });
      const patched = await send(member, 'patch', `/api/deals/${created.body.id}`, { customFields: { source: null }, title: 'Renewal 2026' }).expect(200);
      expect(patched.body).toMatchObject({ title: 'Renewal 2026', customFields: { renewal_on: '2026-06-30' } });
      const list = await get(member, '/api/deals').expect(200);
      expect(list.body.data.find((d: { id: string }) => d.id === created.body.id).customFields).toEqual({ renewal_on: '2026-06-30' });
      expect(fieldErrors((await send(member, 'patch', `/api/deals/${created.body.id}`, { customFields: { renewal_on: '2026-02-30' } }).expect(400)).body)).toEqual(['customFields.renewal_on']);
      expect(fieldErrors((await send(member, 'post', '/api/deals', { title: 'x', customFields: { source: 'tv' } }).expect(400)).body)).toEqual(['customFields.source']);
    });
  });
});
