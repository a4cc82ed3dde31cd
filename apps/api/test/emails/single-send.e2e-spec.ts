import type { INestApplicationContext } from '@nestjs/common';
import { generateKeyPairSync, randomUUID } from 'crypto';
import { factories } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../support/test-app';
import { loadBuiltApp, unfoldedHeaders, verifyDkim } from './support';

/**
 * The single-send path that workflow steps call (EmailSendingService.sendTemplateToContact),
 * exercised in-process against the built app, a real database and a real SMTP server.
 */
describe('EmailSendingService.sendTemplateToContact (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let app: INestApplicationContext;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let sending: any;
  let errors: { TransientEmailError: new (...a: never[]) => Error; PermanentEmailError: new (...a: never[]) => Error };
  let templateId: string;
  let api: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://corral.test' } });
    admin = await registerAdmin(api);
    const built = await loadBuiltApp(env, { SMTP_URL: sink.url, PUBLIC_URL: 'https://corral.test' });
    app = built.app;
    sending = app.get(built.emails.EmailSendingService);
    errors = built.errors;
    ({ id: templateId } = await factories.template(env.db, { subject: 'Welcome {{first_name}}', htmlBody: '<p>Hi {{first_name}}, see <a href="https://shop.test/x">this</a></p>' }));
  });
  afterAll(async () => {
    await app?.close();
    await env.destroy();
    await sink.stop();
  });

  it('sends once per workflow step execution, however often the step retries', async () => {
    const { id: contactId } = await factories.contact(env.db, { email: 'wf-once@example.com', firstName: 'Wanda' });
    const stepId = randomUUID();
    const first = await sending.sendTemplateToContact({ templateId, contactId, workflowStepExecutionId: stepId });
    const again = await Promise.all([1, 2, 3].map(() => sending.sendTemplateToContact({ templateId, contactId, workflowStepExecutionId: stepId })));
    expect(first).toEqual({ emailLogId: expect.any(String), status: 'sent' });
    for (const result of again) expect(result).toEqual(first);
    expect(sink.to('wf-once@example.com')).toHaveLength(1);
    const mail = sink.to('wf-once@example.com')[0];
    expect(mail.parsed.subject).toBe('Welcome Wanda');
    expect(mail.raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(unfoldedHeaders(mail.raw)).toMatch(/^List-Unsubscribe: <https:\/\/corral\.test\/unsubscribe\/[\w-]+>\r?$/m);
    expect(String(mail.parsed.html)).toContain('https://corral.test/track/click/');
    const { rows } = await env.db.query('SELECT status, template_id FROM email_log WHERE workflow_step_execution_id = $1', [stepId]);
    expect(rows).toEqual([{ status: 'sent', template_id: templateId }]);
  });

  it('fills custom field merge tags of the contact and its company', async () => {
    const { id: companyId } = await factories.company(env.db, { name: 'Custom Co', customFields: { tier: 'gold' } });
    const { id: contactId } = await factories.contact(env.db, { email: 'wf-custom@example.com', companyId, customFields: { plan: 'pro', seats: 12, topics: ['golf', 'wine'] } });
    const { id: customTemplate } = await factories.template(env.db, {
      subject: 'Your {{contact.custom.plan}} plan',
      htmlBody: '<p>{{contact.custom.seats}} seats, {{contact.custom.topics}}, tier {{company.custom.tier}}</p>',
    });
    await sending.sendTemplateToContact({ templateId: customTemplate, contactId, workflowStepExecutionId: randomUUID() });
    const [mail] = sink.to('wf-custom@example.com');
    expect(mail.parsed.subject).toBe('Your pro plan');
    expect(String(mail.parsed.html)).toContain('12 seats, golf, wine, tier gold');
  });

  it('skips archived contacts and suppressed addresses without writing a log', async () => {
    const { id: archived } = await factories.contact(env.db, { email: 'wf-archived@example.com', status: 'archived' });
    const { id: suppressed } = await factories.contact(env.db, { email: 'WF-Suppressed@example.com' });
    await factories.suppression(env.db, { email: 'wf-suppressed@example.com', reason: 'manual' });
    await expect(sending.sendTemplateToContact({ templateId, contactId: archived, workflowStepExecutionId: randomUUID() })).resolves.toEqual({
      emailLogId: null,
      status: 'skipped',
      reason: 'contact_archived',
    });
    await expect(sending.sendTemplateToContact({ templateId, contactId: suppressed })).resolves.toEqual({
      emailLogId: null,
      status: 'skipped',
      reason: 'address_suppressed',
    });
    const { rows } = await env.db.query('SELECT count(*)::int AS n FROM email_log WHERE contact_id = ANY($1)', [[archived, suppressed]]);
    expect(rows[0].n).toBe(0);
  });

  it('throws a transient error for 4xx (log stays pending) and a permanent one for 5xx (log failed)', async () => {
    const { id: greylisted } = await factories.contact(env.db, { email: 'wf-grey@example.com' });
    const { id: rejected } = await factories.contact(env.db, { email: 'wf-reject@example.com' });
    sink.failWith = (to) =>
      to === 'wf-grey@example.com' ? { code: 451, message: 'Greylisted, try later' } : to === 'wf-reject@example.com' ? { code: 550, message: 'No such user' } : undefined;
    const greyStep = randomUUID();
    await expect(sending.sendTemplateToContact({ templateId, contactId: greylisted, workflowStepExecutionId: greyStep })).rejects.toBeInstanceOf(errors.TransientEmailError);
    await expect(sending.sendTemplateToContact({ templateId, contactId: rejected, workflowStepExecutionId: randomUUID() })).rejects.toBeInstanceOf(errors.PermanentEmailError);
    const { rows } = await env.db.query(
      `SELECT to_email, status, attempts, error_message FROM email_log WHERE contact_id = ANY($1) ORDER BY to_email`,
      [[greylisted, rejected]],
    );
    expect(rows).toEqual([
      { to_email: 'wf-grey@example.com', status: 'pending', attempts: 1, error_message: expect.stringContaining('Greylisted') },
      { to_email: 'wf-reject@example.com', status: 'failed', attempts: 1, error_message: expect.stringContaining('No such user') },
    ]);
    sink.failWith = undefined;
    // The retried step sends the same log.
    const retried = await sending.sendTemplateToContact({ templateId, contactId: greylisted, workflowStepExecutionId: greyStep });
    expect(retried.status).toBe('sent');
    expect(sink.to('wf-grey@example.com')).toHaveLength(1);
    const after = await env.db.query('SELECT status, attempts FROM email_log WHERE workflow_step_execution_id = $1', [greyStep]);
    expect(after.rows).toEqual([{ status: 'sent', attempts: 2 }]);
  });

  it('records the email on the contact timeline', async () => {
    const { id: contactId } = await factories.contact(env.db, { email: 'wf-timeline@example.com', firstName: 'Tim' });
    await sending.sendTemplateToContact({ templateId, contactId });
    const { rows } = await env.db.query('SELECT type, title FROM activity WHERE contact_id = $1', [contactId]);
    expect(rows).toEqual([{ type: 'email', title: 'Email sent: Welcome Tim' }]);
  });

  it('DKIM-signs when DKIM_* is set, covering the List-Unsubscribe headers (RFC 8058)', async () => {
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const signing = await loadBuiltApp(env, {
      SMTP_URL: sink.url,
      PUBLIC_URL: 'https://corral.test',
      DKIM_DOMAIN: 'corral.test',
      DKIM_SELECTOR: 'mail2026',
      DKIM_PRIVATE_KEY: keys.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    });
    try {
      const { id: contactId } = await factories.contact(env.db, { email: 'wf-dkim@example.com', firstName: 'Dee' });
      await signing.app.get(signing.emails.EmailSendingService).sendTemplateToContact({ templateId, contactId });
      const [mail] = sink.to('wf-dkim@example.com');
      expect(unfoldedHeaders(mail.raw)).toMatch(/^DKIM-Signature: .*\bd=corral\.test;.*\bs=mail2026;/m);
      const signed = verifyDkim(mail.raw, keys.publicKey.export({ format: 'pem', type: 'spki' }).toString());
      expect(signed).toEqual(expect.arrayContaining(['from', 'subject', 'message-id', 'list-unsubscribe', 'list-unsubscribe-post']));
      expect(mail.parsed.messageId).toMatch(/@corral\.test>$/);
      // The check itself can fail: a changed header breaks the signature.
      expect(() => verifyDkim(mail.raw.replace('Subject: Welcome Dee', 'Subject: Welcome Eve'), keys.publicKey.export({ format: 'pem', type: 'spki' }).toString())).toThrow(
        'DKIM signature does not verify',
      );
    } finally {
      await signing.app.close();
    }
  });

  it('fills every recipient merge tag in the email as the preview does, with or without a company', async () => {
    const company = await factories.company(env.db, { name: 'Fields & Co', domain: 'fields.test', industry: 'Retail', size: '11-50' });
    const { id: withCompany } = await factories.contact(env.db, {
      email: 'wf-fields@example.com',
      firstName: 'Fay',
      lastName: 'Fields',
      phone: '+1 555 0199',
      status: 'customer',
      tags: ['alpha', 'beta'],
      companyId: company.id,
    });
    const { id: alone } = await factories.contact(env.db, { email: 'wf-alone@example.com', firstName: 'Al' });
    const line =
      '[{{contact.id}}|{{contact.fullName}}|{{contact.email}}|{{contact.phone}}|{{contact.status}}|{{contact.tags}}|' +
      '{{company.id}}|{{company.name}}|{{company.domain}}|{{company.industry}}|{{company.size}}|{{company_name}}]';
    const { id: fields } = await factories.template(env.db, { subject: 'Fields', htmlBody: `<p>${line}</p>`, textBody: line });
    const cases = [
      { contactId: withCompany, email: 'wf-fields@example.com', text: `[${withCompany}|Fay Fields|wf-fields@example.com|+1 555 0199|customer|alpha, beta|${company.id}|Fields & Co|fields.test|Retail|11-50|Fields & Co]` },
      { contactId: alone, email: 'wf-alone@example.com', text: `[${alone}|Al|wf-alone@example.com||lead|||||||]` },
    ];
    for (const { contactId, email, text } of cases) {
      await sending.sendTemplateToContact({ templateId: fields, contactId });
      expect(sink.to(email)[0].parsed.text).toContain(text);
      const preview = await api.http().post(`/api/templates/${fields}/preview`).set('Authorization', admin.auth).send({ contactId }).expect(200);
      expect(preview.body.text).toContain(text);
    }
  });

  it('rejects a missing template or contact as permanent', async () => {
    const { id: contactId } = await factories.contact(env.db, { email: 'wf-missing@example.com' });
    await expect(sending.sendTemplateToContact({ templateId: randomUUID(), contactId })).rejects.toBeInstanceOf(errors.PermanentEmailError);
    await expect(sending.sendTemplateToContact({ templateId, contactId: randomUUID() })).rejects.toBeInstanceOf(errors.PermanentEmailError);
  });
});
