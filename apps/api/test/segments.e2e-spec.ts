import { eventually, pathOf, urlsIn } from './emails/support';
import { factories } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

const DAY = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY).toISOString().slice(0, 10);

/** The test's own copy of each contact's data, from which every expected answer is computed. */
interface Person {
  key: string;
  email: string;
  firstName: string;
  lastName: string;
  phone: string | null;
  status: string;
  tags: string[];
  company: 'acme' | 'globex' | null;
  mine: boolean;
  daysAgo: number;
  cf: { plan?: string; seats?: number; renewal?: string; interests?: string[]; vip?: boolean };
}

const people: Person[] = [
  { key: 'ada', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', phone: '+44 1', status: 'customer', tags: ['news', 'vip'], company: 'acme', mine: true, daysAgo: 3, cf: { plan: 'pro', seats: 12, renewal: day(-3), interests: ['golf', 'chess'], vip: true } },
  { key: 'bob', email: 'bob@example.com', firstName: 'Bob', lastName: 'Builder', phone: null, status: 'lead', tags: ['news'], company: 'globex', mine: false, daysAgo: 20, cf: { plan: 'free', seats: 3, interests: ['chess'], vip: false } },
  { key: 'cyd', email: 'cyd@example.org', firstName: 'Cyd', lastName: 'Charisse', phone: '', status: 'prospect', tags: [], company: null, mine: false, daysAgo: 40, cf: { seats: 50, renewal: day(-40) } },
  { key: 'dee', email: 'dee@example.org', firstName: 'Dee', lastName: 'Dee', phone: '+1 555', status: 'customer', tags: ['vip'], company: 'acme', mine: true, daysAgo: 100, cf: { plan: 'pro', renewal: day(5) } },
  { key: 'eve', email: 'eve@example.com', firstName: 'Eve', lastName: 'Online', phone: '+1 556', status: 'lead', tags: ['news'], company: 'globex', mine: false, daysAgo: 2, cf: {} },
  { key: 'fay', email: 'fay@example.com', firstName: 'Fay', lastName: 'Wray', phone: null, status: 'archived', tags: ['news'], company: 'acme', mine: false, daysAgo: 5, cf: {} },
  { key: 'gus', email: 'gus@example.com', firstName: 'Gus', lastName: 'Grissom', phone: null, status: 'lead', tags: ['news'], company: null, mine: false, daysAgo: 6, cf: {} },
  { key: 'hal', email: 'hal@example.com', firstName: 'Hal', lastName: 'Jordan', phone: null, status: 'lead', tags: ['news', 'partner'], company: null, mine: false, daysAgo: 8, cf: {} },
];
const companies = {
  acme: { name: 'Acme Tools', industry: 'Manufacturing', size: '51-200', tier: 'gold' },
  globex: { name: 'Globex', industry: 'Software', size: null, tier: undefined },
};
const keysWhere = (predicate: (p: Person) => boolean) => people.filter(predicate).map((p) => p.key).sort();
const company = (p: Person) => (p.company ? companies[p.company] : null);

describe('segments (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let member: Session;
  const ids: Record<string, string> = {};
  const byId = new Map<string, string>();
  const companyIds: Record<string, string> = {};
  const fieldIds: Record<string, string> = {};
  let templateId: string;

  const post = (path: string, body: unknown, as = admin) => api.http().post(path).set('Authorization', as.auth).send(body as object);
  const get = (path: string, as = admin) => api.http().get(path).set('Authorization', as.auth);

  async function saveSegment(name: string, definition: unknown): Promise<string> {
    const res = await post('/api/segments', { name, definition });
    expect(res.status).toBe(201);
    return res.body.id;
  }

  /** The keys of a saved segment's contacts as `as` sees them, through its contact list. */
  async function members(segmentId: string, as = admin): Promise<string[]> {
    const res = await get(`/api/segments/${segmentId}/contacts?limit=200`, as).expect(200);
    return res.body.data.map((c: { id: string }) => byId.get(c.id)).sort();
  }

  /** Saves the definition, reads its contacts and count, deletes it. */
  async function matches(definition: unknown): Promise<string[]> {
    const id = await saveSegment('probe', definition);
    const keys = await members(id);
    expect((await get(`/api/segments/${id}/count`).expect(200)).body).toEqual({ count: keys.length });
    const unsaved = (await post('/api/segments/count', { definition }).expect(200)).body;
    expect(unsaved.count).toBe(keys.length);
    // The builder's sample: that many of the segment's own contacts, never another.
    const sampled = unsaved.sample.map((c: { id: string }) => byId.get(c.id));
    expect(sampled).toHaveLength(Math.min(5, keys.length));
    expect(sampled.filter((key: string) => !keys.includes(key))).toEqual([]);
    await api.http().delete(`/api/segments/${id}`).set('Authorization', admin.auth).expect(204);
    return keys;
  }
  const one = (condition: unknown) => matches({ match: 'all', conditions: [condition] });

  async function sendAndWait(campaignId: string) {
    await post(`/api/campaigns/${campaignId}/send`, {}).expect(202);
    return eventually(async () => {
      const res = await get(`/api/campaigns/${campaignId}`);
      return res.body.status === 'sent' && res.body;
    }, `campaign ${campaignId} to be sent`);
  }

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://mail.corral.test' } });
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member');
    await api
      .http()
      .patch('/api/settings/email')
      .set('Authorization', admin.auth)
      .send({ fromEmail: 'news@corral.test', fromName: 'Corral', postalAddress: '1 Quay, Bristol' })
      .expect(200);
    const fields = [
      { objectType: 'contact', key: 'plan', label: 'Plan', type: 'select', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] },
      { objectType: 'contact', key: 'seats', label: 'Seats', type: 'number' },
      { objectType: 'contact', key: 'renewal', label: 'Renewal', type: 'date' },
      { objectType: 'contact', key: 'interests', label: 'Interests', type: 'multiselect', options: [{ value: 'golf', label: 'Golf' }, { value: 'chess', label: 'Chess' }] },
      { objectType: 'contact', key: 'vip', label: 'VIP', type: 'boolean' },
      { objectType: 'company', key: 'tier', label: 'Tier', type: 'text' },
    ];
    for (const field of fields) fieldIds[field.key] = (await post('/api/fields', field).expect(201)).body.id;
    for (const [key, c] of Object.entries(companies)) {
      companyIds[key] = (await factories.company(env.db, { name: c.name, industry: c.industry, size: c.size, customFields: c.tier ? { tier: c.tier } : {} })).id;
    }
    for (const p of people) {
      const row = await factories.contact(env.db, {
        email: p.email,
        firstName: p.firstName,
        lastName: p.lastName,
        phone: p.phone,
        status: p.status as 'lead',
        tags: p.tags,
        companyId: p.company ? companyIds[p.company] : null,
        assignedToId: p.mine ? member.user.id : null,
        createdAt: new Date(Date.now() - p.daysAgo * DAY),
        customFields: p.cf,
      });
      ids[p.key] = row.id;
      byId.set(row.id, p.key);
    }
    await post('/api/suppressions', { email: 'GUS@example.com', detail: 'asked by phone' }).expect(201);
    templateId = (
      await post('/api/templates', {
        name: 'News',
        subject: 'Hi {{first_name}}',
        htmlBody: '<p>Hello <a href="https://shop.test/sale">sale</a></p><p><a href="{{unsubscribe_url}}">Stop</a></p>',
      }).expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('answers every field operator as the data says', async () => {
    const cases: [unknown, (p: Person) => boolean][] = [
      [{ field: 'status', op: 'eq', value: 'customer' }, (p) => p.status === 'customer'],
      [{ field: 'status', op: 'neq', value: 'customer' }, (p) => p.status !== 'customer'],
      [{ field: 'status', op: 'in', value: ['lead', 'prospect'] }, (p) => ['lead', 'prospect'].includes(p.status)],
      [{ field: 'status', op: 'not_in', value: ['lead'] }, (p) => p.status !== 'lead'],
      [{ field: 'tags', op: 'contains', value: 'VIP' }, (p) => p.tags.includes('vip')],
      [{ field: 'tags', op: 'not_contains', value: 'news' }, (p) => !p.tags.includes('news')],
      [{ field: 'tags', op: 'in', value: ['vip', 'partner'] }, (p) => p.tags.some((t) => ['vip', 'partner'].includes(t))],
      [{ field: 'tags', op: 'not_in', value: ['news'] }, (p) => !p.tags.includes('news')],
      [{ field: 'tags', op: 'empty' }, (p) => p.tags.length === 0],
      [{ field: 'tags', op: 'not_empty' }, (p) => p.tags.length > 0],
      [{ field: 'email', op: 'eq', value: 'BOB@EXAMPLE.COM' }, (p) => p.email === 'bob@example.com'],
      [{ field: 'email', op: 'neq', value: 'bob@example.com' }, (p) => p.email !== 'bob@example.com'],
      [{ field: 'email', op: 'starts_with', value: 'd' }, (p) => p.email.startsWith('d')],
      [{ field: 'email', op: 'contains', value: '.ORG' }, (p) => p.email.includes('.org')],
      [{ field: 'email', op: 'not_contains', value: 'Example.COM' }, (p) => !p.email.includes('example.com')],
      [{ field: 'firstName', op: 'in', value: ['ada', 'BOB'] }, (p) => ['ada', 'bob'].includes(p.firstName.toLowerCase())],
      [{ field: 'lastName', op: 'not_in', value: ['dee', 'lovelace'] }, (p) => !['dee', 'lovelace'].includes(p.lastName.toLowerCase())],
      [{ field: 'phone', op: 'empty' }, (p) => !p.phone],
      [{ field: 'phone', op: 'not_empty' }, (p) => !!p.phone],
      [{ field: 'phone', op: 'starts_with', value: '+1' }, (p) => !!p.phone?.startsWith('+1')],
      [{ field: 'createdAt', op: 'within_last_days', value: 10 }, (p) => p.daysAgo < 10],
      [{ field: 'createdAt', op: 'more_than_days_ago', value: 30 }, (p) => p.daysAgo > 30],
      [{ field: 'createdAt', op: 'before', value: day(-30) }, (p) => p.daysAgo > 31],
      [{ field: 'createdAt', op: 'after', value: day(-30) }, (p) => p.daysAgo < 29],
      [{ field: 'company.name', op: 'contains', value: 'acme' }, (p) => p.company === 'acme'],
      [{ field: 'company.name', op: 'neq', value: 'Globex' }, (p) => p.company !== 'globex'],
      [{ field: 'company.industry', op: 'eq', value: 'software' }, (p) => p.company === 'globex'],
      [{ field: 'company.size', op: 'empty' }, (p) => !company(p)?.size],
      [{ field: 'company.cf.tier', op: 'eq', value: 'GOLD' }, (p) => company(p)?.tier === 'gold'],
      [{ field: 'company.cf.tier', op: 'empty' }, (p) => !company(p)?.tier],
      [{ field: 'cf.plan', op: 'eq', value: 'pro' }, (p) => p.cf.plan === 'pro'],
      [{ field: 'cf.plan', op: 'neq', value: 'pro' }, (p) => p.cf.plan !== 'pro'],
      [{ field: 'cf.plan', op: 'in', value: ['free'] }, (p) => p.cf.plan === 'free'],
      [{ field: 'cf.plan', op: 'not_in', value: ['pro'] }, (p) => p.cf.plan !== 'pro'],
      [{ field: 'cf.plan', op: 'empty' }, (p) => p.cf.plan === undefined],
      [{ field: 'cf.plan', op: 'not_empty' }, (p) => p.cf.plan !== undefined],
      [{ field: 'cf.seats', op: 'eq', value: 12 }, (p) => p.cf.seats === 12],
      [{ field: 'cf.seats', op: 'neq', value: 12 }, (p) => p.cf.seats !== 12],
      [{ field: 'cf.seats', op: 'gt', value: 3 }, (p) => (p.cf.seats ?? -Infinity) > 3],
      [{ field: 'cf.seats', op: 'gte', value: 3 }, (p) => (p.cf.seats ?? -Infinity) >= 3],
      [{ field: 'cf.seats', op: 'lt', value: 12 }, (p) => (p.cf.seats ?? Infinity) < 12],
      [{ field: 'cf.seats', op: 'lte', value: 12 }, (p) => (p.cf.seats ?? Infinity) <= 12],
      [{ field: 'cf.renewal', op: 'within_last_days', value: 7 }, (p) => !!p.cf.renewal && p.cf.renewal >= day(-7) && p.cf.renewal <= day(0)],
      [{ field: 'cf.renewal', op: 'more_than_days_ago', value: 30 }, (p) => !!p.cf.renewal && p.cf.renewal < day(-30)],
      [{ field: 'cf.renewal', op: 'before', value: day(0) }, (p) => !!p.cf.renewal && p.cf.renewal < day(0)],
      [{ field: 'cf.renewal', op: 'after', value: day(0) }, (p) => !!p.cf.renewal && p.cf.renewal > day(0)],
      [{ field: 'cf.interests', op: 'contains', value: 'golf' }, (p) => !!p.cf.interests?.includes('golf')],
      [{ field: 'cf.interests', op: 'not_contains', value: 'golf' }, (p) => !p.cf.interests?.includes('golf')],
      [{ field: 'cf.interests', op: 'in', value: ['chess'] }, (p) => !!p.cf.interests?.includes('chess')],
      [{ field: 'cf.interests', op: 'not_in', value: ['chess'] }, (p) => !p.cf.interests?.includes('chess')],
      [{ field: 'cf.interests', op: 'empty' }, (p) => !p.cf.interests],
      [{ field: 'cf.vip', op: 'eq', value: true }, (p) => p.cf.vip === true],
      [{ field: 'cf.vip', op: 'eq', value: false }, (p) => p.cf.vip === false],
      [{ field: 'cf.vip', op: 'empty' }, (p) => p.cf.vip === undefined],
      [{ field: 'companyId', op: 'eq', value: '<acme>' }, (p) => p.company === 'acme'],
      [{ field: 'companyId', op: 'neq', value: '<acme>' }, (p) => p.company !== 'acme'],
      [{ field: 'companyId', op: 'in', value: ['<acme>', '<globex>'] }, (p) => p.company !== null],
      [{ field: 'companyId', op: 'not_in', value: ['<acme>'] }, (p) => p.company !== 'acme'],
      [{ field: 'companyId', op: 'empty' }, (p) => p.company === null],
      [{ field: 'assignedToId', op: 'eq', value: '<member>' }, (p) => p.mine],
      [{ field: 'assignedToId', op: 'not_empty' }, (p) => p.mine],
    ];
    const resolve = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(resolve) : value === '<acme>' ? companyIds.acme : value === '<globex>' ? companyIds.globex : value === '<member>' ? member.user.id : value;
    const answers: Record<string, string[]> = {};
    const expected: Record<string, string[]> = {};
    for (const [condition, predicate] of cases) {
      const c = condition as { field: string; op: string; value?: unknown };
      const label = `${c.field} ${c.op} ${JSON.stringify(c.value ?? null)}`;
      answers[label] = await one({ ...c, ...(c.value !== undefined ? { value: resolve(c.value) } : {}) });
      expected[label] = keysWhere(predicate);
    }
    expect(answers).toEqual(expected);
    // Every case tells contacts apart: none matches all or nobody by accident of the data.
    expect(Object.entries(expected).filter(([, keys]) => keys.length === 0 || keys.length === people.length)).toEqual([]);
  });

  it('combines all/any groups nested three deep', async () => {
    const definition = {
      match: 'any',
      conditions: [
        { match: 'all', conditions: [{ field: 'status', op: 'eq', value: 'customer' }, { match: 'any', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }, { field: 'cf.seats', op: 'gt', value: 100 }] }] },
        { field: 'email', op: 'starts_with', value: 'eve' },
      ],
    };
    expect(await matches(definition)).toEqual(keysWhere((p) => (p.status === 'customer' && (p.tags.includes('vip') || (p.cf.seats ?? 0) > 100)) || p.email.startsWith('eve')));
    expect(await matches({ match: 'all', conditions: [] })).toEqual(keysWhere(() => true));
  });

  it('refuses a condition that does not fit its field with 400 naming its path', async () => {
    const res = await post('/api/segments', {
      name: 'bad',
      definition: { match: 'all', conditions: [{ field: 'status', op: 'eq', value: 'lead' }, { match: 'any', conditions: [{ field: 'cf.seats', op: 'contains', value: 'x' }, { field: 'cf.plan', op: 'eq', value: 'gold' }] }] },
    });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['definition.conditions.1.conditions.0.op', 'definition.conditions.1.conditions.1.value']);
    const counted = await post('/api/segments/count', { definition: { match: 'all', conditions: [{ field: 'createdAt', op: 'within_last_days', value: 'ten' }] } });
    expect(counted.status).toBe(400);
    expect(counted.body.errors[0].field).toBe('definition.conditions.0.value');
    const deep = { match: 'all', conditions: [{ match: 'all', conditions: [{ match: 'all', conditions: [{ match: 'all', conditions: [] }] }] }] };
    expect((await post('/api/segments/count', { definition: deep }).expect(400)).body.errors[0].field).toBe('definition.conditions.0.conditions.0.conditions.0');
    const missing = await post('/api/segments', { name: 'x', definition: { match: 'all', conditions: [{ type: 'segment', op: 'in', segmentId: '3f1e7c9a-0000-4000-8000-000000000000' }] } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors[0].field).toBe('definition.conditions.0.segmentId');
    await post('/api/segments', { name: 'x', definition: { match: 'all', conditions: [] } }, member).expect(403);
  });

  it('answers deal conditions by status, pipeline and stage', async () => {
    const pipeline = (
      await post('/api/pipelines', {
        name: 'Sales',
        stages: [
          { name: 'Qualify', order: 0, probability: 10 },
          { name: 'Negotiation', order: 1, probability: 60 },
          { name: 'Won', order: 2, probability: 100, outcome: 'won' },
          { name: 'Lost', order: 3, probability: 0, outcome: 'lost' },
        ],
      }).expect(201)
    ).body;
    const stage = (name: string) => pipeline.stages.find((s: { name: string }) => s.name === name).id;
    await post('/api/deals', { title: 'Ada renewal', contactId: ids.ada, pipelineId: pipeline.id, stageId: stage('Negotiation') }).expect(201);
    await post('/api/deals', { title: 'Bob order', contactId: ids.bob, pipelineId: pipeline.id, status: 'won' }).expect(201);
    await post('/api/deals', { title: 'Dee order', contactId: ids.dee, pipelineId: pipeline.id, status: 'lost' }).expect(201);
    const withDeal = ['ada', 'bob', 'dee'];
    expect(await one({ type: 'deal', op: 'has' })).toEqual(withDeal);
    expect(await one({ type: 'deal', op: 'has_not' })).toEqual(keysWhere((p) => !withDeal.includes(p.key)));
    expect(await one({ type: 'deal', op: 'has', status: 'open' })).toEqual(['ada']);
    expect(await one({ type: 'deal', op: 'has', pipelineId: pipeline.id, stageId: stage('Negotiation') })).toEqual(['ada']);
    expect(await one({ type: 'deal', op: 'has_not', status: 'won' })).toEqual(keysWhere((p) => p.key !== 'bob'));
    // "Customers with an open deal in Negotiation", the example, beside a field condition.
    expect(await matches({ match: 'all', conditions: [{ field: 'status', op: 'eq', value: 'customer' }, { type: 'deal', op: 'has', status: 'open', stageId: stage('Negotiation') }] })).toEqual(['ada']);
  });

  it('answers engagement conditions after real sends, opens and clicks through the tracking URLs', async () => {
    const spring = (await post('/api/campaigns', { name: 'Spring', templateId, segmentFilter: { tags: ['news'] } }).expect(201)).body.id;
    await sendAndWait(spring);
    const received = ['ada', 'bob', 'eve', 'hal'];
    for (const key of received) expect(sink.to(people.find((p) => p.key === key)!.email)).toHaveLength(1);
    const urls = (email: string) => urlsIn(String(sink.to(email)[0].parsed.html));
    await api.http().get(pathOf(urls('ada@example.com').find((u) => u.includes('/track/open/'))!)).expect(200);
    await api.http().get(pathOf(urls('bob@example.com').find((u) => u.includes('/track/click/'))!)).expect(302);
    // A click counts as an open (the pixel may be blocked).
    const opened = ['ada', 'bob'];
    const clicked = ['bob'];
    // An older campaign: Cyd got and opened it 60 days ago.
    const winter = (await post('/api/campaigns', { name: 'Winter', templateId }).expect(201)).body.id;
    const longAgo = new Date(Date.now() - 60 * DAY);
    await factories.emailLog(env.db, { campaignId: winter, contactId: ids.cyd, toEmail: 'cyd@example.org', status: 'sent', sentAt: longAgo, openedAt: longAgo, nextAttemptAt: longAgo });

    const email = (op: string, extra: Record<string, unknown> = {}) => one({ type: 'email', op, ...extra });
    expect(await email('received', { campaignId: spring })).toEqual(received);
    expect(await email('opened', { campaignId: spring })).toEqual(opened);
    expect(await email('clicked', { campaignId: spring })).toEqual(clicked);
    expect(await email('not_opened', { campaignId: spring })).toEqual(received.filter((k) => !opened.includes(k)));
    expect(await email('not_clicked', { campaignId: spring })).toEqual(received.filter((k) => !clicked.includes(k)));
    expect(await email('received')).toEqual([...received, 'cyd'].sort());
    expect(await email('opened')).toEqual([...opened, 'cyd'].sort());
    expect(await email('opened', { withinDays: 30 })).toEqual(opened);
    expect(await email('received', { withinDays: 30 })).toEqual(received);
    expect(await email('not_opened', { campaignId: winter })).toEqual([]);
    expect(await email('not_opened', { withinDays: 90 })).toEqual(received.filter((k) => !opened.includes(k)));
    expect(await email('not_clicked')).toEqual([...received.filter((k) => !clicked.includes(k)), 'cyd'].sort());
    // "Opened in the last 30 days" beside a field condition, as the campaigns aim.
    expect(await matches({ match: 'all', conditions: [{ type: 'email', op: 'opened', withinDays: 30 }, { field: 'status', op: 'eq', value: 'lead' }] })).toEqual(
      opened.filter((k) => people.find((p) => p.key === k)!.status === 'lead'),
    );
  });

  let news: string;
  let vip: string;
  let partner: string;

  it('inlines segments in segments and refuses a cycle with 400', async () => {
    news = await saveSegment('News', { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'news' }] });
    vip = await saveSegment('VIP', { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'vip' }] });
    partner = await saveSegment('Partners', { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'partner' }] });
    const newsNotVip = await saveSegment('News, not VIP', { match: 'all', conditions: [{ type: 'segment', op: 'in', segmentId: news }, { type: 'segment', op: 'not_in', segmentId: vip }] });
    expect(await members(newsNotVip)).toEqual(keysWhere((p) => p.tags.includes('news') && !p.tags.includes('vip')));
    const outer = await saveSegment('Outer', { match: 'any', conditions: [{ type: 'segment', op: 'in', segmentId: newsNotVip }] });
    expect(await members(outer)).toEqual(await members(newsNotVip));

    const cycle = await api
      .http()
      .patch(`/api/segments/${news}`)
      .set('Authorization', admin.auth)
      .send({ definition: { match: 'all', conditions: [{ field: 'status', op: 'eq', value: 'lead' }, { type: 'segment', op: 'in', segmentId: outer }] } });
    expect(cycle.status).toBe(400);
    expect(cycle.body.errors).toEqual([expect.objectContaining({ field: 'definition.conditions.1.segmentId' })]);
    const self = await api.http().patch(`/api/segments/${outer}`).set('Authorization', admin.auth).send({ definition: { match: 'all', conditions: [{ type: 'segment', op: 'in', segmentId: outer }] } });
    expect(self.status).toBe(400);
    expect(self.body.errors[0].field).toBe('definition.conditions.0.segmentId');

    const blocked = await api.http().delete(`/api/segments/${news}`).set('Authorization', admin.auth);
    expect(blocked.status).toBe(409);
    expect(blocked.body.usedBy).toEqual(["segment 'News, not VIP'"]);
    await api.http().delete(`/api/segments/${outer}`).set('Authorization', admin.auth).expect(204);
    await api.http().delete(`/api/segments/${newsNotVip}`).set('Authorization', admin.auth).expect(204);
  });

  it('shows a member only their contacts in segment counts and lists', async () => {
    const mine = keysWhere((p) => p.mine && p.tags.includes('news'));
    expect(mine).toEqual(['ada']);
    expect(await members(news, member)).toEqual(mine);
    expect((await get(`/api/segments/${news}/count`, member).expect(200)).body).toEqual({ count: mine.length });
    const definition = { match: 'all', conditions: [{ field: 'tags', op: 'contains', value: 'news' }] };
    const unsaved = (await post('/api/segments/count', { definition }, member).expect(200)).body;
    expect({ count: unsaved.count, sample: unsaved.sample.map((c: { id: string }) => byId.get(c.id)) }).toEqual({ count: mine.length, sample: mine });
    const listed = await get(`/api/contacts?segmentId=${news}&limit=200`, member).expect(200);
    expect(listed.body.data.map((c: { id: string }) => byId.get(c.id))).toEqual(mine);
    const all = await get(`/api/contacts?segmentId=${news}&status=lead&limit=200`).expect(200);
    expect(all.body.data.map((c: { id: string }) => byId.get(c.id)).sort()).toEqual(keysWhere((p) => p.tags.includes('news') && p.status === 'lead'));
    expect((await get('/api/contacts?segmentId=3f1e7c9a-0000-4000-8000-000000000000')).status).toBe(400);
    expect((await get(`/api/segments/${news}`, member).expect(200)).body.name).toBe('News');
  });

  it('sends to the union of segments less the excluded ones, each address once, and explains every reason', async () => {
    const bad = await post('/api/campaigns', { name: 'x', templateId, segmentIds: ['3f1e7c9a-0000-4000-8000-000000000000'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('segmentIds.0');
    const launch = (await post('/api/campaigns', { name: 'Launch', templateId, segmentIds: [news, vip], excludeSegmentIds: [partner] }).expect(201)).body;
    expect(launch).toMatchObject({ segmentIds: [news, vip], excludeSegmentIds: [partner] });
    const reached = keysWhere((p) => p.tags.includes('news') || p.tags.includes('vip'));
    const reasonOf = (p: Person) => (p.tags.includes('partner') ? 'excluded_segment' : p.key === 'gus' ? 'suppressed' : p.status === 'archived' ? 'archived' : null);
    const audience = people.filter((p) => reached.includes(p.key) && !reasonOf(p)).map((p) => p.key);
    expect(audience.sort()).toEqual(['ada', 'bob', 'dee', 'eve']);
    expect((await get(`/api/campaigns/${launch.id}/audience`).expect(200)).body).toEqual({ count: audience.length, excluded: reached.length - audience.length });
    expect((await post('/api/campaigns/audience', { segmentFilter: {}, segmentIds: [news, vip], excludeSegmentIds: [partner] }).expect(200)).body).toEqual({
      count: audience.length,
      excluded: reached.length - audience.length,
    });

    const explain = async (address: string) => (await get(`/api/campaigns/${launch.id}/recipients/explain?email=${encodeURIComponent(address)}`).expect(200)).body;
    const expectedBefore = Object.fromEntries(
      people.map((p) => {
        const reason = !reached.includes(p.key) ? 'not_in_audience' : (reasonOf(p) ?? 'included');
        return [p.key, { included: reason === 'included', reason }];
      }),
    );
    const before = Object.fromEntries(await Promise.all(people.map(async (p) => [p.key, await explain(p.email.toUpperCase())])));
    expect(before).toEqual(expectedBefore);
    expect(await explain('nobody@example.com')).toEqual({ included: false, reason: 'not_in_audience' });

    const earlier = new Map(people.map((p) => [p.key, sink.to(p.email).length]));
    await sendAndWait(launch.id);
    for (const p of people) expect([p.key, sink.to(p.email).length - (earlier.get(p.key) ?? 0)]).toEqual([p.key, audience.includes(p.key) ? 1 : 0]);

    // Once frozen, the recorded answer stands even when the contact changes: Hal leaves the excluded segment.
    await api.http().patch(`/api/contacts/${ids.hal}`).set('Authorization', admin.auth).send({ tags: ['news'] }).expect(200);
    const after = Object.fromEntries(await Promise.all(people.map(async (p) => [p.key, await explain(p.email)])));
    expect(after).toEqual(
      Object.fromEntries(people.map((p) => [p.key, audience.includes(p.key) ? { included: true, reason: 'sent' } : expectedBefore[p.key]])),
    );
    // A member asking about a contact they do not see learns nothing of it.
    expect((await get(`/api/campaigns/${launch.id}/recipients/explain?email=bob@example.com`, member).expect(200)).body).toEqual({ included: false, reason: 'not_in_audience' });
    expect((await get(`/api/campaigns/${launch.id}/recipients/explain?email=ada@example.com`, member).expect(200)).body).toEqual({ included: true, reason: 'sent' });
  });

  it('refuses to delete a segment a campaign not sent yet uses, or a field a segment uses (409 naming them)', async () => {
    await post('/api/campaigns', { name: 'Next week', templateId, segmentIds: [vip] }).expect(201);
    const blocked = await api.http().delete(`/api/segments/${vip}`).set('Authorization', admin.auth);
    expect(blocked.status).toBe(409);
    expect(blocked.body.usedBy).toEqual(["campaign 'Next week'"]);
    expect((await get(`/api/segments/${vip}`).expect(200)).body.usedBy).toEqual(["campaign 'Next week'"]);
    // Launch is sent: it no longer holds its segments.
    await api.http().delete(`/api/segments/${partner}`).set('Authorization', admin.auth).expect(204);

    await saveSegment('Pro plan', { match: 'all', conditions: [{ field: 'cf.plan', op: 'eq', value: 'pro' }] });
    const field = await api.http().delete(`/api/fields/${fieldIds.plan}`).set('Authorization', admin.auth);
    expect(field.status).toBe(409);
    expect(field.body.usedBy).toEqual(["segment 'Pro plan'"]);
  });
});
