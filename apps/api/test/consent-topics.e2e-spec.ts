import { factories } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';

describe('consent: topics, subscriptions, ledger (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, PUBLIC_URL: 'https://mail.corral.test' } });
    admin = await registerAdmin(api);
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
});
