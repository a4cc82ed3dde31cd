import { factories } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from '../support/test-app';


describe('email templates and email settings (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let member: Session;

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://corral.test' } });
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member');
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('saves a large newsletter and refuses one past the field limit by naming the field, not the body size', async () => {
    // 400,000 characters of HTML: far past the 100 KB body limit of other routes.
    const htmlBody = `<p>Hi {{first_name}}</p>${'<p>Ünïcödé news of the month, with a long paragraph.</p>\n'.repeat(7_000)}`.slice(0, 400_000);
    const saved = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'Big newsletter', subject: 'News', htmlBody });
    expect(saved.status).toBe(201);
    expect((await api.http().get(`/api/templates/${saved.body.id}`).set('Authorization', admin.auth)).body.htmlBody).toBe(htmlBody);

    const tooLong = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'Too big', subject: 'News', htmlBody: 'x'.repeat(500_001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.errors).toEqual([{ field: 'htmlBody', message: expect.any(String) }]);
    // The other tests count templates from an empty list.
    expect((await api.http().delete(`/api/templates/${saved.body.id}`).set('Authorization', admin.auth)).status).toBe(204);
  });

  it('refuses a template that does not compile with a 400 naming the field, the line and the tag', async () => {
    const res = await api
      .http()
      .post('/api/templates')
      .set('Authorization', admin.auth)
      .send({ name: 'Broken', subject: 'Hi', htmlBody: '<p>Hello</p>\n<p>{{#if first_name}}\nunclosed</p>' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.errors).toEqual([{ field: 'htmlBody', message: 'Line 2: {{#if}} is not closed: add {{/if}} where the block ends' }]);
    expect(res.body.detail).toBe('HTML body: Line 2: {{#if}} is not closed: add {{/if}} where the block ends');
    const subject = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'B', subject: 'Hi {{first_name', htmlBody: 'x' });
    expect(subject.status).toBe(400);
    expect(subject.body.errors[0]).toEqual({ field: 'subject', message: 'Line 1: “{{first_name” is not closed: end the tag with }}' });
    const text = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'B', subject: 'Hi', htmlBody: '<p>Hi</p>', textBody: 'Hi\n{{/each}}' });
    expect(text.body.errors).toEqual([{ field: 'textBody', message: 'Line 2: unexpected {{/each}}: no {{#each}} is open here; remove it or add the {{#each}} it closes' }]);
    for (const body of [res.body, subject.body, text.body]) expect(JSON.stringify(body)).not.toMatch(/Expecting|OPEN_|got '|Parse error/);
    const triple = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'B', subject: 'Hi', htmlBody: '\n\n{{{first_name}}}' });
    expect(triple.body.errors[0]).toEqual({ field: 'htmlBody', message: expect.stringMatching(/^Line 3: triple braces/) });
    const helper = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'B', subject: 'Hi', htmlBody: '{{lookup_secret first_name}}' });
    expect(helper.status).toBe(400);
    const missing = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ subject: 5, htmlBody: '', fromEmail: 'not-email' });
    expect(missing.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['fromEmail', 'htmlBody', 'name', 'subject']);
    expect((await api.http().get('/api/templates').set('Authorization', admin.auth)).body.total).toBe(0);
  });

  it('saves a template with warnings for unknown merge tags, lists and updates it', async () => {
    const res = await api
      .http()
      .post('/api/templates')
      .set('Authorization', admin.auth)
      .send({ name: 'Welcome', subject: 'Welcome {{frist_name}}', htmlBody: '<p>Hi {{first_name}} from {{company.nmae}}</p>', fromEmail: '', textBody: '' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: 'Welcome', textBody: null, fromEmail: null });
    expect(res.body.warnings).toEqual([
      'Subject, line 1: {{frist_name}} is not a known merge tag and renders empty',
      'HTML body, line 1: {{company.nmae}} is not a known merge tag and renders empty',
    ]);
    const fixed = await api.http().patch(`/api/templates/${res.body.id}`).set('Authorization', admin.auth).send({ subject: 'Welcome {{first_name}}' }).expect(200);
    expect(fixed.body.warnings).toEqual(['HTML body, line 1: {{company.nmae}} is not a known merge tag and renders empty']);
    await api.http().patch(`/api/templates/${res.body.id}`).set('Authorization', admin.auth).send({ htmlBody: '{{#each}}' }).expect(400);
    const list = await api.http().get('/api/templates?search=welc').set('Authorization', member.auth).expect(200);
    expect(list.body.data).toEqual([expect.objectContaining({ id: res.body.id, name: 'Welcome', subject: 'Welcome {{first_name}}' })]);
    expect(list.body.data[0].htmlBody).toBeUndefined();
    await api.http().post('/api/templates').set('Authorization', member.auth).send({ name: 'x', subject: 'x', htmlBody: 'x' }).expect(403);
    const tags = await api.http().get('/api/templates/merge-tags').set('Authorization', member.auth).expect(200);
    expect(tags.body.map((t: { tag: string }) => t.tag)).toContain('{{unsubscribe_url}}');
  });

  it('previews a template for a contact (escaped) or a sample one, respecting member visibility', async () => {
    const company = await factories.company(env.db, { name: 'Bits & Bytes' });
    const { id: mine } = await factories.contact(env.db, { email: 'p1@example.com', firstName: 'Zoë <i>', companyId: company.id, assignedToId: member.user.id });
    const { id: theirs } = await factories.contact(env.db, { email: 'p2@example.com', firstName: 'Other' });
    const template = await api
      .http()
      .post('/api/templates')
      .set('Authorization', admin.auth)
      .send({ name: 'Preview', subject: 'Hello {{default first_name "there"}}', htmlBody: '<p>{{full_name}} at {{company_name}}: <a href="https://x.test/">x</a></p>' })
      .expect(201);
    const preview = await api.http().post(`/api/templates/${template.body.id}/preview`).set('Authorization', member.auth).send({ contactId: mine }).expect(200);
    expect(preview.body.subject).toBe('Hello Zoë <i>');
    expect(preview.body.html).toContain('<p>Zoë &lt;i&gt; at Bits &amp; Bytes: <a href="https://x.test/">x</a></p>');
    expect(preview.body.text).toContain('Zoë <i> at Bits & Bytes');
    expect(preview.body.html).not.toContain('/track/');
    await api.http().post(`/api/templates/${template.body.id}/preview`).set('Authorization', member.auth).send({ contactId: theirs }).expect(404);
    const sample = await api.http().post(`/api/templates/${template.body.id}/preview`).set('Authorization', member.auth).send({}).expect(200);
    expect(sample.body.subject).toBe('Hello Jamie');
    const draft = await api.http().post('/api/templates/preview').set('Authorization', admin.auth).send({ subject: 'S {{email}}', htmlBody: '<b>{{last_name}}</b>', contactId: theirs }).expect(200);
    expect(draft.body).toMatchObject({ subject: 'S p2@example.com', warnings: [] });
    const broken = await api.http().post('/api/templates/preview').set('Authorization', admin.auth).send({ subject: 'S', htmlBody: '{{#if}}' });
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0].field).toBe('htmlBody');
  });

  it('sends an untracked test email and reports an SMTP refusal as 502', async () => {
    const template = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'T', subject: 'Test {{first_name}}', htmlBody: '<p><a href="https://x.test/">x</a></p>' }).expect(201);
    const res = await api.http().post(`/api/templates/${template.body.id}/send-test`).set('Authorization', admin.auth).send({ email: 'me@example.com' }).expect(202);
    expect(res.body.response).toMatch(/^250/);
    const [mail] = await sink.waitFor((m) => m.some((x) => x.envelopeTo.includes('me@example.com')));
    expect(mail.parsed.subject).toBe('[Test] Test Jamie');
    expect(String(mail.parsed.html)).toContain('href="https://x.test/"');
    expect(mail.parsed.text).toContain('x [https://x.test/]');
    expect((await env.db.query('SELECT count(*)::int AS n FROM email_log')).rows[0].n).toBe(0);
    sink.failWith = () => ({ code: 550, message: 'Relay denied' });
    const refused = await api.http().post(`/api/templates/${template.body.id}/send-test`).set('Authorization', admin.auth).send({ email: 'me@example.com' });
    sink.failWith = undefined;
    expect(refused.status).toBe(502);
    expect(refused.body.detail).toContain('Relay denied');
    await api.http().post(`/api/templates/${template.body.id}/send-test`).set('Authorization', admin.auth).send({ email: 'nope' }).expect(400);
  });

  it('refuses to delete a template a campaign uses', async () => {
    const template = await api.http().post('/api/templates').set('Authorization', admin.auth).send({ name: 'Used', subject: 's', htmlBody: 'h' }).expect(201);
    const campaign = await api.http().post('/api/campaigns').set('Authorization', admin.auth).send({ name: 'C', templateId: template.body.id }).expect(201);
    await api.http().delete(`/api/templates/${template.body.id}`).set('Authorization', admin.auth).expect(409);
    await api.http().delete(`/api/campaigns/${campaign.body.id}`).set('Authorization', admin.auth).expect(204);
    await api.http().delete(`/api/templates/${template.body.id}`).set('Authorization', admin.auth).expect(204);
    await api.http().get(`/api/templates/${template.body.id}`).set('Authorization', admin.auth).expect(404);
  });

  it('reads and updates the email settings (admin only)', async () => {
    const initial = await api.http().get('/api/settings/email').set('Authorization', admin.auth).expect(200);
    expect(initial.body).toEqual({ fromEmail: 'noreply@corral.test', fromName: 'Corral', postalAddress: '' });
    const updated = await api.http().patch('/api/settings/email').set('Authorization', admin.auth).send({ postalAddress: '  1 Main St  ' }).expect(200);
    expect(updated.body).toEqual({ fromEmail: 'noreply@corral.test', fromName: 'Corral', postalAddress: '1 Main St' });
    const bad = await api.http().patch('/api/settings/email').set('Authorization', admin.auth).send({ fromEmail: 'x', fromName: '', other: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['fromEmail', 'fromName', 'other']);
    await api.http().get('/api/settings/email').set('Authorization', member.auth).expect(403);
  });
});
