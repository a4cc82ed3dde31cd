import { eventually, pathOf, unfoldedHeaders, urlsIn } from './emails/support';
import { factories } from './support/factories';
import { ReceivedMail, SmtpSink } from './support/smtp-sink';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

interface Subscription {
  topicId: string;
  topicName: string;
  status: string;
  explicit: boolean;
}

describe('consent: topics, subscriptions, ledger, topic campaigns, preference centre (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let member: Session;
  let templateId: string;
  const ids: Record<string, string> = {};
  const topics: Record<string, string> = {};
  const campaigns: Record<string, string> = {};

  const as = (session: Session) => ({
    get: (path: string) => api.http().get(path).set('Authorization', session.auth),
    post: (path: string, body: unknown) => api.http().post(path).set('Authorization', session.auth).send(body as object),
    patch: (path: string, body: unknown) => api.http().patch(path).set('Authorization', session.auth).send(body as object),
    delete: (path: string) => api.http().delete(path).set('Authorization', session.auth),
  });
  const statusOf = async (contact: string) =>
    Object.fromEntries(((await as(admin).get(`/api/contacts/${ids[contact]}/subscriptions`).expect(200)).body as Subscription[]).map((s) => [s.topicName, s.status]));
  const ledger = async (contact: string) => (await as(admin).get(`/api/contacts/${ids[contact]}/consents`).expect(200)).body as Record<string, unknown>[];

  async function sendCampaign(name: string, topicId: string | null): Promise<string> {
    const created = await as(admin).post('/api/campaigns', { name, templateId, segmentFilter: { tags: ['news'] }, topicId }).expect(201);
    expect(created.body.topicId).toBe(topicId);
    await as(admin).post(`/api/campaigns/${created.body.id}/send`, {}).expect(202);
    await eventually(async () => (await as(admin).get(`/api/campaigns/${created.body.id}`)).body.status === 'sent', `campaign ${name} to be sent`);
    return created.body.id;
  }
  const received = (subject: string) =>
    sink.messages
      .filter((m) => m.parsed.subject === subject)
      .map((m) => m.envelopeTo[0])
      .sort();
  const mailTo = (address: string, subject: string) => sink.messages.find((m) => m.envelopeTo[0] === address && m.parsed.subject === subject) as ReceivedMail;
  const oneClickLink = (mail: ReceivedMail) => /^List-Unsubscribe: <([^>]+)>$/m.exec(unfoldedHeaders(mail.raw))?.[1] as string;
  const preferencesLink = (mail: ReceivedMail) => urlsIn(mail.parsed.html as string).find((u) => u.includes('/preferences/')) as string;

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://mail.corral.test' } });
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member');
    await as(admin).patch('/api/settings/email', { fromEmail: 'news@corral.test', fromName: 'Corral Tools', postalAddress: '1 Quay\nBristol' }).expect(200);
    for (const key of ['ada', 'bob', 'cyd', 'dee']) ids[key] = (await factories.contact(env.db, { email: `${key}@example.com`, firstName: key, tags: ['news'] })).id;
    templateId = (
      await as(admin)
        .post('/api/templates', { name: 'News', subject: '{{first_name}} news', htmlBody: '<p>Hello</p><p><a href="{{preferences_url}}">Your choices</a></p>' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('keeps the consent ledger append-only: no UPDATE or DELETE, except the erase path and a deleted contact', async () => {
    const contact = await factories.contact(env.db, { email: 'ledger@example.com' });
    await env.db.query(`INSERT INTO consent_event (contact_id, action, source, ip, user_agent, text) VALUES ($1, 'subscribed', 'manual', '10.0.0.1', 'UA', 'Yes please')`, [contact.id]);
    await expect(env.db.query(`UPDATE consent_event SET action = 'unsubscribed' WHERE contact_id = $1`, [contact.id])).rejects.toThrow(/append-only/);
    await expect(env.db.query(`DELETE FROM consent_event WHERE contact_id = $1`, [contact.id])).rejects.toThrow(/append-only/);
    const client = await env.db.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('corral.consent_erase', 'on', true)`);
      // Even on the erase path only ip, user agent and text may change.
      await expect(client.query(`UPDATE consent_event SET action = 'unsubscribed' WHERE contact_id = $1`, [contact.id])).rejects.toThrow(/append-only/);
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await client.query(`SELECT set_config('corral.consent_erase', 'on', true)`);
      await client.query(`UPDATE consent_event SET ip = NULL, user_agent = NULL, text = NULL WHERE contact_id = $1`, [contact.id]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    expect((await env.db.query(`SELECT action, ip, user_agent, text FROM consent_event WHERE contact_id = $1`, [contact.id])).rows).toEqual([
      { action: 'subscribed', ip: null, user_agent: null, text: null },
    ]);
    await env.db.query(`DELETE FROM contact WHERE id = $1`, [contact.id]);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM consent_event WHERE contact_id = $1`, [contact.id])).rows[0].n).toBe(0);
  });

  it('creates, validates, renames and deletes topics; managers and admins only, names unique ignoring case', async () => {
    const news = await as(admin).post('/api/topics', { name: ' Product news ', description: 'What we ship' }).expect(201);
    expect(news.body).toMatchObject({ name: 'Product news', description: 'What we ship', requiresOptIn: false });
    topics.news = news.body.id;
    topics.events = (await as(admin).post('/api/topics', { name: 'Events', requiresOptIn: true }).expect(201)).body.id;

    const duplicate = await as(admin).post('/api/topics', { name: 'PRODUCT NEWS' }).expect(409);
    expect(duplicate.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    for (const [body, field] of [
      [{ name: '' }, 'name'],
      [{}, 'name'],
      [{ name: 'x'.repeat(101) }, 'name'],
      [{ name: 'Ok', requiresOptIn: 'yes' }, 'requiresOptIn'],
      [{ name: 'Ok', description: 5 }, 'description'],
      [{ name: 'Ok', colour: 'red' }, 'colour'],
    ] as const) {
      const res = await as(admin).post('/api/topics', body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    await as(admin).patch(`/api/topics/${topics.news}`, { name: null }).expect(400);
    await as(admin).patch(`/api/topics/${topics.news}`, { requiresOptIn: null }).expect(400);
    await as(admin).patch(`/api/topics/${topics.events}`, { name: 'product NEWS' }).expect(409);
    await as(member).post('/api/topics', { name: 'Mine' }).expect(403);
    await as(member).delete(`/api/topics/${topics.news}`).expect(403);
    expect((await as(member).get('/api/topics').expect(200)).body.map((t: { name: string }) => t.name)).toEqual(['Events', 'Product news']);

    const spare = (await as(admin).post('/api/topics', { name: 'Spare' }).expect(201)).body.id;
    expect((await as(admin).patch(`/api/topics/${spare}`, { description: 'Odd ones', requiresOptIn: true }).expect(200)).body).toMatchObject({ description: 'Odd ones', requiresOptIn: true });
    const draft = await as(admin).post('/api/campaigns', { name: 'Spare draft', topicId: spare }).expect(201);
    const refused = await as(admin).delete(`/api/topics/${spare}`).expect(409);
    expect(refused.body.usedBy).toEqual(["campaign 'Spare draft'"]);
    await as(admin).post('/api/campaigns', { name: 'Nowhere', topicId: '00000000-0000-4000-8000-000000000000' }).expect(400);
    await as(admin).delete(`/api/campaigns/${draft.body.id}`).expect(204);
    await as(admin).delete(`/api/topics/${spare}`).expect(204);
    await as(admin).get(`/api/topics/${spare}`).expect(404);
  });

  it('reads and changes a contact’s subscriptions, each change in the ledger; members only for their contacts', async () => {
    expect(await statusOf('ada')).toEqual({ Events: 'unsubscribed', 'Product news': 'subscribed' });
    const path = (key: string) => `/api/contacts/${ids[key]}/subscriptions`;
    const bad = [
      [{ topicId: topics.news, status: 'subscribed' }, 'body'],
      [[{ topicId: 'nope', status: 'subscribed' }], '0.topicId'],
      [[{ topicId: topics.news, status: 'pending' }], '0.status'],
      [[{ topicId: topics.news }], '0.status'],
      [[{ topicId: topics.news, status: 'subscribed', extra: 1 }], '0.extra'],
      [[{ topicId: '00000000-0000-4000-8000-000000000000', status: 'subscribed' }], '0.topicId'],
      [[{ topicId: topics.news, status: 'subscribed' }, { topicId: topics.news, status: 'unsubscribed' }], '1.topicId'],
    ] as const;
    for (const [body, field] of bad) {
      const res = await as(admin).patch(path('bob'), body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await ledger('bob')).toEqual([]);

    const res = await as(admin).patch(path('bob'), [{ topicId: topics.news, status: 'unsubscribed' }]).expect(200);
    expect(res.body.find((s: Subscription) => s.topicId === topics.news)).toMatchObject({ status: 'unsubscribed', explicit: true });
    // Already the status: nothing to record.
    await as(admin).patch(path('bob'), [{ topicId: topics.news, status: 'unsubscribed' }, { topicId: topics.events, status: 'unsubscribed' }]).expect(200);
    await as(admin).patch(path('cyd'), [{ topicId: topics.events, status: 'subscribed' }]).expect(200);
    expect(await ledger('bob')).toEqual([
      expect.objectContaining({ action: 'unsubscribed', topicId: topics.news, source: 'manual', actorUserId: admin.user.id, formId: null }),
    ]);
    expect(await statusOf('cyd')).toEqual({ Events: 'subscribed', 'Product news': 'subscribed' });

    await as(member).get(path('ada')).expect(404);
    await as(member).patch(path('ada'), [{ topicId: topics.news, status: 'unsubscribed' }]).expect(404);
    await as(member).get(`/api/contacts/${ids.ada}/consents`).expect(404);
    await env.db.query('UPDATE contact SET assigned_to_id = $1 WHERE id = $2', [member.user.id, ids.dee]);
    expect((await as(member).get(path('dee')).expect(200)).body).toHaveLength(2);
  });

  it('sends a topic campaign to those not unsubscribed from it, and an opt-in topic’s only to its subscribers (as the SMTP sink sees)', async () => {
    const news = (campaigns.news = await sendCampaign('News campaign', topics.news));
    expect(received('ada news')).toEqual(['ada@example.com']);
    expect(received('bob news')).toEqual([]);
    expect(received('cyd news')).toEqual(['cyd@example.com']);
    expect(received('dee news')).toEqual(['dee@example.com']);
    const explain = await as(admin).get(`/api/campaigns/${news}/recipients/explain?email=bob@example.com`).expect(200);
    expect(explain.body).toEqual({ included: false, reason: 'unsubscribed_topic' });

    const before = sink.messages.length;
    const events = await sendCampaign('Events campaign', topics.events);
    expect(sink.messages.slice(before).map((m) => m.envelopeTo[0])).toEqual(['cyd@example.com']);
    expect((await as(admin).get(`/api/campaigns/${events}/recipients/explain?email=ada@example.com`).expect(200)).body.reason).toBe('unsubscribed_topic');
    const audience = await as(admin).post('/api/campaigns/audience', { segmentFilter: { tags: ['news'] }, topicId: topics.events }).expect(200);
    expect(audience.body).toEqual({ count: 1, excluded: 3 });
  });

  it('one-click on a topic campaign leaves only that topic: the address still gets a campaign without one', async () => {
    const mail = mailTo('ada@example.com', 'ada news');
    const link = oneClickLink(mail);
    await api.http().post(pathOf(link)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    await api.http().post(pathOf(link)).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect(await statusOf('ada')).toEqual({ Events: 'unsubscribed', 'Product news': 'unsubscribed' });
    expect((await env.db.query(`SELECT 1 FROM suppression WHERE email = 'ada@example.com'`)).rowCount).toBe(0);
    expect(await ledger('ada')).toEqual([expect.objectContaining({ action: 'unsubscribed', topicId: topics.news, source: 'one_click', actorUserId: null })]);
    expect((await api.http().get(pathOf(link)).expect(200)).text).toContain('will not receive “Product news” emails any more');

    const before = sink.messages.length;
    await sendCampaign('Plain campaign', null);
    expect(sink.messages.slice(before).map((m) => m.envelopeTo[0]).sort()).toEqual(['ada@example.com', 'bob@example.com', 'cyd@example.com', 'dee@example.com']);
    // A campaign without a topic still suppresses the address, as before topics.
    const plainToBob = sink.messages.slice(before).find((m) => m.envelopeTo[0] === 'bob@example.com') as ReceivedMail;
    await api.http().post(pathOf(oneClickLink(plainToBob))).type('form').send('List-Unsubscribe=One-Click').expect(200);
    expect((await env.db.query(`SELECT reason FROM suppression WHERE email = 'bob@example.com'`)).rows).toEqual([{ reason: 'unsubscribed' }]);
    expect((await ledger('bob')).map((e) => [e.action, e.topicId, e.source])).toEqual([
      ['unsubscribed', topics.news, 'manual'],
      ['unsubscribed', null, 'one_click'],
    ]);
  });

  it('the unsubscribe page of a topic campaign names the topic, offers the preference centre, and counts the optional reason in the report', async () => {
    const mail = mailTo('dee@example.com', 'dee news');
    const link = oneClickLink(mail);
    const page = await api.http().get(pathOf(link)).expect(200);
    expect(page.text).toContain('Stop sending “Product news” emails to d••@example.com?');
    expect(page.text).toContain('<input type="radio" name="reason" value="too_frequent">');
    expect(page.text).toContain('href="https://mail.corral.test/preferences/');
    expect(await statusOf('dee')).toMatchObject({ 'Product news': 'subscribed' });

    await api.http().post(pathOf(link)).type('form').set('User-Agent', 'DeeBrowser/1').send('reason=sometimes').expect(400);
    expect(await statusOf('dee')).toMatchObject({ 'Product news': 'subscribed' });
    const done = await api.http().post(pathOf(link)).type('form').set('User-Agent', 'DeeBrowser/1').send('reason=too_frequent').expect(200);
    expect(done.text).toContain('You are unsubscribed');
    // The repeat changes nothing and counts no second reason.
    await api.http().post(pathOf(link)).type('form').send('reason=not_relevant').expect(200);
    expect(await statusOf('dee')).toMatchObject({ 'Product news': 'unsubscribed' });
    expect(await ledger('dee')).toEqual([expect.objectContaining({ source: 'unsubscribe_link', userAgent: 'DeeBrowser/1', topicId: topics.news })]);
    const campaignId = campaigns.news;
    expect((await as(admin).get(`/api/campaigns/${campaignId}/unsubscribe-reasons`).expect(200)).body).toEqual([{ reason: 'too_frequent', count: 1 }]);
    // Ada's one-click and Dee's link.
    expect((await as(admin).get(`/api/campaigns/${campaignId}`).expect(200)).body.stats.unsubscribed).toBe(2);
  });

  it('the preference centre from an email lists the topics and saves changes with ledger entries; forged tokens get 404', async () => {
    const mail = mailTo('cyd@example.com', 'cyd news');
    expect(mail.parsed.html).toContain('>Manage preferences</a>');
    expect(mail.parsed.text).toContain('Manage preferences: https://mail.corral.test/preferences/');
    const link = preferencesLink(mail);
    // The template's own {{preferences_url}} and the footer's are the same link.
    expect(urlsIn(mail.parsed.html as string).filter((u) => u === link)).toHaveLength(2);

    const page = await api.http().get(pathOf(link)).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('Corral Tools');
    expect(page.text).toContain('1 Quay<br>Bristol');
    expect(page.text).toContain(`name="topic" value="${topics.news}" checked`);
    expect(page.text).toContain(`name="topic" value="${topics.events}" checked`);
    expect(page.text).toContain('What we ship');
    expect(page.text).toContain('Unsubscribe from all');

    await api.http().post(pathOf(link)).type('form').send(`action=save&topic=nope`).expect(400);
    await api.http().post(pathOf(link)).type('form').send(`action=save&topic=00000000-0000-4000-8000-000000000000`).expect(400);
    await api.http().post(pathOf(link)).type('form').send(`action=explode`).expect(400);
    expect(await ledger('cyd')).toHaveLength(1);

    const saved = await api.http().post(pathOf(link)).type('form').set('User-Agent', 'CydPhone/2').send(`action=save&topic=${topics.news}`).expect(200);
    expect(saved.text).toContain('Your preferences are saved.');
    expect(saved.text).toContain(`name="topic" value="${topics.events}">`);
    expect(await statusOf('cyd')).toEqual({ Events: 'unsubscribed', 'Product news': 'subscribed' });
    // Both topics unticked, then one ticked again: three changes, three entries.
    await api.http().post(pathOf(link)).type('form').send('action=save').expect(200);
    await api.http().post(pathOf(link)).type('form').send(`action=save&topic=${topics.events}`).expect(200);
    expect(await statusOf('cyd')).toEqual({ Events: 'subscribed', 'Product news': 'unsubscribed' });
    const entries = await ledger('cyd');
    expect(entries.map((e) => [e.action, e.topicId, e.source])).toEqual([
      ['subscribed', topics.events, 'manual'],
      ['unsubscribed', topics.events, 'preference_centre'],
      ['unsubscribed', topics.news, 'preference_centre'],
      ['subscribed', topics.events, 'preference_centre'],
    ]);
    expect(entries[1]).toMatchObject({ userAgent: 'CydPhone/2', ip: expect.stringMatching(/127\.0\.0\.1/) });

    const all = await api.http().post(pathOf(link)).type('form').send('action=unsubscribe_all').expect(200);
    expect(all.text).toContain('You are unsubscribed from all emails.');
    expect(await statusOf('cyd')).toEqual({ Events: 'unsubscribed', 'Product news': 'unsubscribed' });
    expect((await env.db.query(`SELECT 1 FROM suppression WHERE email = 'cyd@example.com'`)).rowCount).toBe(1);
    expect((await ledger('cyd')).slice(-2).map((e) => [e.action, e.topicId])).toEqual([
      ['unsubscribed', topics.events],
      ['unsubscribed', null],
    ]);

    const token = pathOf(link).split('/').pop() as string;
    const forged = `/preferences/${token.slice(0, -2)}${token.endsWith('AA') ? 'BB' : 'AA'}`;
    await api.http().get(forged).expect(404);
    await api.http().post(forged).type('form').send('action=unsubscribe_all').expect(404);
    // An unsubscribe token is not a preference-centre token.
    await api.http().get(`/preferences/${pathOf(oneClickLink(mail)).split('/').pop()}`).expect(404);
    await api.http().get('/preferences/not-a-token').expect(404);
    expect((await api.http().get('/preferences/preview').expect(200)).text).toContain('Preview');
  });
});
