import { randomUUID } from 'crypto';
import { factories } from '../support/factories';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../support/test-app';
import { postSendgridWebhook, sendgridVerificationKey } from './support';


const MB = 1024 * 1024;

/** A delivered event shaped like SendGrid's, ~340 bytes, about log `emailLogId`. */
function deliveredEvent(emailLogId: string, email: string) {
  return {
    email,
    timestamp: Math.floor(Date.now() / 1000),
    'smtp-id': `<${emailLogId}@mail.corral.test>`,
    event: 'delivered',
    category: ['newsletter'],
    sg_event_id: randomUUID().replace(/-/g, ''),
    sg_message_id: `${randomUUID().replace(/-/g, '')}.filterdrecv-5645d9c87f-6r2cs-1-62E8E8D1-1.0`,
    response: '250 2.0.0 OK  1659430609 d4-20020a05620a240400b006b5e8b1b1b3si1234567qkp.123 - gsmtp',
    ip: '168.245.62.8',
    tls: 1,
    emailLogId,
  };
}

describe('SendGrid webhook body size and malformed bodies (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    api = await env.startApi({ env: { SENDGRID_VERIFICATION_KEY: sendgridVerificationKey } });
    admin = await registerAdmin(api);
  });
  afterAll(() => env.destroy());

  const postWebhook = (body: string, signed = true) => postSendgridWebhook(api, body, signed ? body : null);

  it('processes a signed 1 MB batch of events (ten times the general body limit)', async () => {
    const count = 3200;
    // Sent emails written directly: this suite tests the webhook, not sending.
    const batch = Array.from({ length: count }, (_, i) => ({ email: `batch${i + 1}@example.com`, firstName: 'Batch', lastName: 'Contact' }));
    const contacts = await factories.contact.many(env.db, batch);
    const logs = await factories.emailLog.many(
      env.db,
      contacts.map((c) => ({ contactId: c.id, toEmail: c.email, status: 'sent' as const, sentAt: new Date() })),
    );
    const body = JSON.stringify(logs.map((log, i) => deliveredEvent(log.id, contacts[i].email)));
    expect(body.length).toBeGreaterThan(MB);

    const res = await postWebhook(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: count, applied: count });
    const delivered = await env.db.query(`SELECT count(*)::int AS n FROM email_log WHERE status = 'delivered' AND delivered_at IS NOT NULL`);
    expect(delivered.rows[0].n).toBe(count);
  });

  it('answers a body over 5 MB with a 413 problem, not a 500 or an HTML page', async () => {
    const event = JSON.stringify(deliveredEvent(randomUUID(), 'big@example.com'));
    const body = `[${Array.from({ length: Math.ceil((6 * MB) / event.length) }, () => event).join(',')}]`;
    expect(body.length).toBeGreaterThan(6 * MB);
    const res = await postWebhook(body, false);
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 413, title: 'Payload Too Large', instance: '/api/webhooks/sendgrid' });
  });

  it('answers malformed JSON with a 400 problem', async () => {
    const res = await postWebhook('[{"event": "delivered", ', false);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('keeps the 100 KB limit on every other route, with a 413 problem', async () => {
    const notes = 'x'.repeat(110 * 1024);
    const res = await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'long@example.com', firstName: 'Long', notes });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 413, title: 'Payload Too Large', instance: '/api/contacts' });
    // A body within the limit still reaches the route.
    const small = await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'short@example.com', firstName: 'Short' });
    expect(small.status).toBe(201);
  });
});
