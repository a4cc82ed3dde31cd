import { createHash } from 'crypto';
import { resolve } from 'path';
import { postSendgridWebhook, sendgridVerificationKey, loadBuiltApp } from './emails/support';
import { factories } from './support/factories';
import { SmtpSink } from './support/smtp-sink';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually, WorkflowClient } from './support/workflow-helpers';

/**
 * GDPR export and erase (issue #17). The export is checked against the schema itself: every table
 * with a `contact_id` or `email` column must hold a row of the person (so the fixture covers it)
 * and every such row must be in the export, so a table added later fails here until the export
 * reads it. The erase is checked the same way (no column anywhere still holds the address, the name
 * or the contact id) and at the SMTP sink: after it, nothing emails the address again.
 */

/** Tables with a contact_id or email column that are not a contact's data, and why. */
const NOT_A_PERSONS_DATA: Record<string, string> = {
  app_user: 'staff accounts: the users of Corral, not the contacts it holds',
  erasure_log: 'the audit row of an erasure: the contact id of someone already erased, nothing else of them',
};

const EMAIL = 'adalind.export@example.com';
const FIRST_NAME = 'Adalind';

type Json = Record<string, unknown>;

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
/** A row as the API would put it in JSON: camelCased columns, dates as ISO text. */
const asJson = (row: Json): Json => JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(row).map(([k, v]) => [camel(k), v]))));

/** Every object anywhere in a JSON value. */
function objectsIn(value: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(value)) value.forEach((v) => objectsIn(v, out));
  else if (value && typeof value === 'object') {
    out.push(value as Json);
    Object.values(value).forEach((v) => objectsIn(v, out));
  }
  return out;
}

const holds = (objects: Json[], row: Json) => objects.some((o) => Object.entries(row).every(([k, v]) => JSON.stringify(o[k]) === JSON.stringify(v)));

describe('GDPR export and erase (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;
  let workflows: WorkflowClient;
  let personId: string;
  let campaignId: string;
  let templateId: string;

  const as = (s: Session) => ({
    get: (path: string) => api.http().get(path).set('Authorization', s.auth),
    post: (path: string, body?: object) => api.http().post(path).set('Authorization', s.auth).send(body),
  });

  async function importCsv(csv: string): Promise<{ created: number; errorCount: number }> {
    const started = await api.http().post('/api/contacts/import').set('Authorization', admin.auth).attach('file', Buffer.from(csv), { filename: 'people.csv', contentType: 'text/csv' }).expect(202);
    return eventually('the import to finish', async () => {
      const res = await as(admin).get(`/api/contacts/imports/${started.body.id}`).expect(200);
      return ['completed', 'failed'].includes(res.body.status) && res.body;
    });
  }

  /** Tables (with the column) that the schema says may hold a person's data. */
  async function personalColumns(): Promise<{ table: string; column: string }[]> {
    const { rows } = await env.db.query<{ table: string; column: string }>(
      `SELECT c.table_name AS table, c.column_name AS column FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'public' AND c.column_name IN ('contact_id', 'email') ORDER BY 1, 2`,
    );
    return rows.filter((r) => !(r.table in NOT_A_PERSONS_DATA));
  }

  /** The person's rows in every such table, plus the tables reached through them (no contact_id of their own). */
  async function personsRows(): Promise<Record<string, Json[]>> {
    const byTable: Record<string, Json[]> = {};
    for (const { table, column } of await personalColumns()) {
      const { rows } =
        column === 'contact_id'
          ? await env.db.query(`SELECT * FROM ${table} WHERE contact_id = $1`, [personId])
          : await env.db.query(`SELECT * FROM ${table} WHERE lower(email) = lower($1)`, [EMAIL]);
      byTable[table] = [...(byTable[table] ?? []), ...rows.filter((r) => !(byTable[table] ?? []).some((seen) => JSON.stringify(seen) === JSON.stringify(r)))];
    }
    const through = async (table: string, sql: string, param: string) => (byTable[table] = (await env.db.query(sql, [param])).rows);
    await through('deal_stage_history', `SELECT h.* FROM deal_stage_history h JOIN deal d ON d.id = h.deal_id WHERE d.contact_id = $1`, personId);
    await through('workflow_step_execution', `SELECT s.* FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id WHERE e.contact_id = $1`, personId);
    await through('contact_import_error', `SELECT * FROM contact_import_error WHERE strpos(lower(message), lower($1)) > 0`, EMAIL);
    return byTable;
  }

  /** Tables where the person has no row (the fixture must cover every table), and rows the export lacks. */
  async function exportGaps(exported: unknown): Promise<{ noFixture: string[]; missing: string[] }> {
    const objects = objectsIn(exported);
    const rows = await personsRows();
    return {
      noFixture: Object.entries(rows).filter(([, r]) => r.length === 0).map(([t]) => t),
      missing: Object.entries(rows).flatMap(([table, r]) => r.filter((row) => !holds(objects, asJson(row))).map((row) => `${table}: ${JSON.stringify(row)}`)),
    };
  }

  beforeAll(async () => {
    await sink.start();
    api = await env.startApi({ env: { SMTP_URL: sink.url, SCHEDULER_INTERVAL_SECONDS: '1', WEBHOOK_ALLOW_PRIVATE: 'true', TRUSTED_PROXIES: 'loopback' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
    member = await createUserSession(api, admin, 'member');
    workflows = new WorkflowClient(api, admin);
    await api.http().patch('/api/settings/email').set('Authorization', admin.auth).send({ fromEmail: 'news@corral.test', fromName: 'Corral', postalAddress: '1 Quay, Hull' }).expect(200);
    templateId = await workflows.createTemplate('Hello {{first_name}}');

    // The person, with a row in every table that can hold something of them.
    const company = await factories.company(env.db, { name: 'Lovelace Engines' });
    personId = (await factories.contact(env.db, { email: EMAIL, firstName: FIRST_NAME, lastName: 'Byron', phone: '+44 20 7946 0000', companyId: company.id, customFields: { shoe: 'large' }, tags: ['gdpr'] })).id;
    await as(admin).post(`/api/contacts/${personId}/activities`, { type: 'note', title: `Called ${FIRST_NAME}`, description: `She asked us to write to ${EMAIL}` }).expect(201);
    const deal = await as(admin).post('/api/deals', { title: 'Engine order', value: 1200, contactId: personId }).expect(201);
    const stages = (await as(admin).get('/api/pipelines').expect(200)).body.data.find((p: { isDefault: boolean }) => p.isDefault).stages as { id: string }[];
    await as(admin).post(`/api/deals/${deal.body.id}/move`, { stageId: stages[1].id }).expect(200);
    campaignId = (await as(admin).post('/api/campaigns', { name: 'Spring', templateId }).expect(201)).body.id;
    await factories.emailLog(env.db, { contactId: personId, toEmail: EMAIL, campaignId, templateId, status: 'sent', renderedSubject: `Hello ${FIRST_NAME}`, sentAt: new Date(), openedAt: new Date(), openCount: 2, clickCount: 1 });
    const skipCampaign = (await as(admin).post('/api/campaigns', { name: 'Autumn', templateId }).expect(201)).body.id;
    await env.db.query(`INSERT INTO campaign_skip (campaign_id, contact_id, reason) VALUES ($1, $2, 'suppressed')`, [skipCampaign, personId]);
    const topic = (await env.db.query(`INSERT INTO topic (name) VALUES ('Product news') RETURNING id`)).rows[0].id;
    await env.db.query(`INSERT INTO contact_subscription (contact_id, topic_id, status) VALUES ($1, $2, 'subscribed')`, [personId, topic]);
    const form = (await env.db.query(`INSERT INTO form (name) VALUES ('Newsletter') RETURNING id`)).rows[0].id;
    await env.db.query(
      `INSERT INTO consent_event (contact_id, action, topic_id, source, form_id, ip, user_agent, text) VALUES ($1, 'subscribed', $2, 'form', $3, '203.0.113.9', 'Firefox/140', 'Yes, send me product news')`,
      [personId, topic, form],
    );
    await env.db.query(
      `INSERT INTO form_submission (form_id, contact_id, email, data, ip, user_agent, status) VALUES ($1, $2, $3, $4, '203.0.113.9', 'Firefox/140', 'subscribed')`,
      [form, personId, EMAIL, JSON.stringify({ email: EMAIL, firstName: FIRST_NAME })],
    );
    const workflow = await workflows.createWorkflow({ name: 'Tag them', triggerEvent: 'manual', steps: [{ action: 'add_tag', actionData: { tag: 'welcomed' } }] });
    await as(admin).post(`/api/workflows/${workflow.id}/run`, { contactIds: [personId] }).expect(202);
    await workflows.executionReaching((await workflows.executionFor(workflow.id, personId)).id, 'completed');
    // An import whose rows quote the address (an in-file duplicate is refused with it in the message).
    expect(await importCsv(`email,first_name\n${EMAIL},${FIRST_NAME}\n${EMAIL.toUpperCase()},Again\n`)).toMatchObject({ errorCount: 1 });
    await factories.suppression(env.db, { email: EMAIL.toUpperCase(), reason: 'unsubscribed' });
    // A webhook receiver (nothing listens there: the events wait for redelivery) gets a copy of the contact.
    await as(admin).post('/api/webhook-endpoints', { url: 'http://127.0.0.1:9/hooks', events: ['contact.updated', 'contact.deleted'] }).expect(201);
    await api.http().patch(`/api/contacts/${personId}`).set('Authorization', admin.auth).send({ notes: 'Prefers email' }).expect(200);
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('is for managers and admins: a member is refused, a missing contact is 404, a bad id 400', async () => {
    await as(member).get(`/api/contacts/${personId}/export`).expect(403);
    await as(member).post(`/api/contacts/${personId}/erase`).expect(403);
    await as(manager).get('/api/contacts/00000000-0000-4000-8000-000000000000/export').expect(404);
    await as(manager).post('/api/contacts/00000000-0000-4000-8000-000000000000/erase').expect(404);
    const bad = await as(manager).post('/api/contacts/not-a-uuid/erase').expect(400);
    expect(JSON.stringify(bad.body)).toContain('id');
  });

  it('exports every row of the person in every table with a contact_id or email column', async () => {
    const res = await as(manager).get(`/api/contacts/${personId}/export`).expect(200);
    expect(await exportGaps(res.body)).toEqual({ noFixture: [], missing: [] });
    expect(res.body.contact).toMatchObject({ id: personId, email: EMAIL, firstName: FIRST_NAME, customFields: { shoe: 'large' } });
    expect(res.body.company).toMatchObject({ name: 'Lovelace Engines' });
    expect(res.body.deals[0].stageHistory.length).toBeGreaterThanOrEqual(1);
    expect(res.body.workflowExecutions[0].steps).toHaveLength(1);
    expect(res.body.consents[0]).toMatchObject({ ip: '203.0.113.9', text: 'Yes, send me product news' });
  });

  it('would notice a table the export does not read', async () => {
    await env.db.query(`CREATE TABLE loyalty_card (id serial PRIMARY KEY, contact_id uuid, points int)`);
    try {
      await env.db.query(`INSERT INTO loyalty_card (contact_id, points) VALUES ($1, 40)`, [personId]);
      const res = await as(manager).get(`/api/contacts/${personId}/export`).expect(200);
      expect((await exportGaps(res.body)).missing).toEqual([expect.stringMatching(/^loyalty_card: /)]);
    } finally {
      await env.db.query(`DROP TABLE loyalty_card`);
    }
  });

  it('erases: nothing personal left in any column, counts kept, the address only as a hash, an audit row', async () => {
    const statsBefore = (await as(admin).get(`/api/campaigns/${campaignId}/stats`).expect(200)).body;
    await as(manager).post(`/api/contacts/${personId}/erase`).expect(204);

    await as(manager).get(`/api/contacts/${personId}`).expect(404);
    await as(manager).get(`/api/contacts/${personId}/export`).expect(404);
    // Every text, json and uuid column of every table, searched for the address, the name and the id.
    const { rows: columns } = await env.db.query<{ table: string; column: string; type: string }>(
      `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY', 'uuid', 'bytea')`,
    );
    const found: string[] = [];
    for (const { table, column, type } of columns) {
      const { rows } =
        type === 'uuid'
          ? await env.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column} = $1::uuid`, [personId])
          : await env.db.query(
              `SELECT count(*)::int AS n FROM ${table} WHERE ${type === 'bytea' ? `encode(${column}, 'escape')` : `${column}::text`} ILIKE ANY (ARRAY['%' || $1 || '%', '%' || $2 || '%'])`,
              [EMAIL, FIRST_NAME],
            );
      if (rows[0].n > 0) found.push(`${table}.${column}`);
    }
    expect(found).toEqual(['erasure_log.contact_id']);

    // The business's records stay: the deal (without the person) and the campaign's figures.
    expect((await env.db.query(`SELECT contact_id FROM deal WHERE title = 'Engine order'`)).rows).toEqual([{ contact_id: null }]);
    expect((await as(admin).get(`/api/campaigns/${campaignId}/stats`).expect(200)).body).toEqual(statsBefore);
    const { rows: logs } = await env.db.query(`SELECT contact_id, to_email, rendered_subject, status, open_count FROM email_log WHERE campaign_id = $1`, [campaignId]);
    expect(logs).toEqual([{ contact_id: null, to_email: null, rendered_subject: null, status: 'sent', open_count: 2 }]);
    expect((await env.db.query(`SELECT message FROM contact_import_error`)).rows).toEqual([{ message: 'Removed: the personal data of this row was erased' }]);

    const hash = createHash('sha256').update(EMAIL.toLowerCase()).digest('hex');
    expect((await env.db.query(`SELECT hash FROM erased_address`)).rows).toEqual([{ hash }]);
    const { rows: audit } = await env.db.query(`SELECT contact_id, erased_by_id, removed FROM erasure_log`);
    expect(audit).toEqual([
      {
        contact_id: personId,
        erased_by_id: manager.user.id,
        removed: {
          // The note, and the timeline entries of the deal and the workflow.
          activities: expect.any(Number),
          campaignLinks: 0,
          campaignSkips: 1,
          consents: 1,
          deals: 1,
          emailLogsDetached: 1,
          emailLogsDropped: 0,
          formSubmissions: 1,
          importErrors: 1,
          subscriptions: 1,
          suppressions: 1,
          workflowExecutions: 1,
          webhookEvents: 1,
          consentFacts: [{ action: 'subscribed', topicId: expect.any(String), source: 'form', formId: expect.any(String), at: expect.any(String) }],
        },
      },
    ]);
    expect(audit[0].removed.activities).toBeGreaterThanOrEqual(1);
    // Receivers are told, with nothing but the id.
    expect((await env.db.query(`SELECT type, payload FROM webhook_event`)).rows).toEqual([{ type: 'contact.deleted', payload: { id: personId } }]);
    expect(JSON.stringify(audit[0].removed)).not.toMatch(/203\.0\.113|Firefox|product news/);
  });

  it('after erase, no import, new contact, form signup without double opt-in, campaign or workflow emails the address (checked at the SMTP sink)', async () => {
    const imported = await importCsv(`email,first_name\n${EMAIL.toUpperCase()},${FIRST_NAME}\ncontrol.gdpr@example.com,Control\n`);
    expect(imported).toMatchObject({ created: 2, errorCount: 0 });
    const ids = async () => (await env.db.query(`SELECT id, email FROM contact WHERE lower(email) IN ($1, 'control.gdpr@example.com') ORDER BY email`, [EMAIL])).rows;
    const [erasedAgain, control] = await ids();
    expect(erasedAgain.email).toBe(EMAIL.toUpperCase());

    const newsletter = (await as(admin).post('/api/campaigns', { name: 'Winter', templateId }).expect(201)).body.id;
    const audience = (await as(admin).get(`/api/campaigns/${newsletter}/audience`).expect(200)).body;
    await as(admin).post(`/api/campaigns/${newsletter}/send`).expect(202);
    await eventually('the campaign to be sent', async () => (await as(admin).get(`/api/campaigns/${newsletter}`)).body.status === 'sent');
    expect(audience).toEqual({ count: 1, excluded: 1 });
    expect((await env.db.query(`SELECT contact_id, reason FROM campaign_skip WHERE campaign_id = $1`, [newsletter])).rows).toEqual([{ contact_id: erasedAgain.id, reason: 'suppressed' }]);

    const mailer = await workflows.createWorkflow({ name: 'Mail them', triggerEvent: 'manual', steps: [{ action: 'send_email', emailTemplateId: templateId }] });
    await as(admin).post(`/api/workflows/${mailer.id}/run`, { contactIds: [erasedAgain.id, control.id] }).expect(202);
    const skipped = await workflows.executionReaching((await workflows.executionFor(mailer.id, erasedAgain.id)).id, 'completed');
    expect(skipped.steps[0]).toMatchObject({ status: 'skipped', emailLogId: null });
    await workflows.executionReaching((await workflows.executionFor(mailer.id, control.id)).id, 'completed');

    // Created by hand in another spelling, after the imported one is deleted: still refused.
    await api.http().delete(`/api/contacts/${erasedAgain.id}`).set('Authorization', admin.auth).expect(204);
    const byHand = (await as(admin).post('/api/contacts', { email: ` ${EMAIL.replace('adalind', 'AdaLind')} `, firstName: FIRST_NAME }).expect(201)).body.id;
    await as(admin).post(`/api/workflows/${mailer.id}/run`, { contactIds: [byHand] }).expect(202);
    expect((await workflows.executionReaching((await workflows.executionFor(mailer.id, byHand)).id, 'completed')).steps[0]).toMatchObject({ status: 'skipped' });

    // A signup on a form without double opt-in updates that contact, and still nothing is sent to it.
    const form = (await as(admin).post('/api/forms', { name: 'Quick signup', fields: [{ field: 'email', label: 'Email', required: true }], topicIds: [], tags: ['signup'], doubleOptIn: false }).expect(201)).body.id;
    expect((await api.http().post(`/f/${form}`).set('X-Forwarded-For', '198.51.100.20').send({ email: EMAIL }).expect(200)).body).toEqual({ status: 'subscribed' });
    expect((await env.db.query(`SELECT id, tags FROM contact WHERE lower(email) = lower($1)`, [EMAIL])).rows).toEqual([{ id: byHand, tags: ['signup'] }]);
    const again = await workflows.createWorkflow({ name: 'Mail them again', triggerEvent: 'manual', steps: [{ action: 'send_email', emailTemplateId: templateId }] });
    await as(admin).post(`/api/workflows/${again.id}/run`, { contactIds: [byHand] }).expect(202);
    expect((await workflows.executionReaching((await workflows.executionFor(again.id, byHand)).id, 'completed')).steps[0]).toMatchObject({ status: 'skipped' });

    await sink.waitFor((messages) => sink.to('control.gdpr@example.com').length === 2 && messages.length >= 2);
    expect(sink.to(EMAIL)).toEqual([]);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM erased_address`)).rows[0].n).toBe(1);
  });
});

/**
 * What the first review found: addresses matched as substrings (`ann@x.io` inside `joann@x.io`),
 * SendGrid events and in-flight sends of an erased person writing their address back, per-recipient
 * links, logs of the address under another contact id, and webhook copies missing from the export.
 */
describe('GDPR erase: neighbours, late provider events, sends in flight (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let annId: string;
  let joannId: string;
  const ANN = 'ann@x.io';
  const JOANN = 'joann@x.io';
  const logs: Record<string, string> = {};

  const get = (path: string) => api.http().get(path).set('Authorization', admin.auth);
  const post = (path: string, body?: object) => api.http().post(path).set('Authorization', admin.auth).send(body);
  /** Columns anywhere holding Ann's address as a whole address (Joann's rows must not count). */
  async function columnsWithAnn(): Promise<string[]> {
    const { rows: columns } = await env.db.query<{ table: string; column: string; type: string }>(
      `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
       WHERE c.table_schema = 'public' AND c.data_type IN ('text', 'character varying', 'json', 'jsonb', 'ARRAY')`,
    );
    const found: string[] = [];
    for (const { table, column } of columns) {
      const { rows } = await env.db.query(`SELECT count(*)::int AS n FROM ${table} WHERE ${column}::text ~* $1`, ['(?<![[:alnum:]._%+-])ann(@|%40)x\\.io(?![[:alnum:]-]|\\.[[:alnum:]])']);
      if (rows[0].n > 0) found.push(`${table}.${column}`);
    }
    return found;
  }

  beforeAll(async () => {
    api = await env.startApi({ env: { SENDGRID_VERIFICATION_KEY: sendgridVerificationKey, WEBHOOK_ALLOW_PRIVATE: 'true' } });
    admin = await registerAdmin(api);
    annId = (await factories.contact(env.db, { email: ANN, firstName: 'Ann' })).id;
    joannId = (await factories.contact(env.db, { email: JOANN, firstName: 'Jo' })).id;
    const other = (await factories.contact(env.db, { email: 'ann.before@x.io' })).id;
    const templateId = (await factories.template(env.db, { subject: 'Hi', htmlBody: '<p>Hi</p>' })).id;
    const campaignId = (await post('/api/campaigns', { name: 'Links', templateId }).expect(201)).body.id;
    const inFlight = (await post('/api/campaigns', { name: 'In flight', templateId }).expect(201)).body.id;
    const annLink = `https://shop.test/p?e=${encodeURIComponent(ANN)}`;
    const log = (contactId: string, toEmail: string, campaign: string, extra: object) =>
      factories.emailLog(env.db, { contactId, toEmail, campaignId: campaign, templateId, renderedSubject: `For ${toEmail}`, ...extra }).then((l) => l.id);
    logs.sent = await log(annId, ANN, campaignId, { status: 'sent', sentAt: new Date(), clickCount: 1 });
    await env.db.query(`UPDATE email_log SET clicked_links = $2 WHERE id = $1`, [logs.sent, JSON.stringify([annLink])]);
    logs.joann = await log(joannId, JOANN, campaignId, { status: 'sent', sentAt: new Date() });
    logs.sending = await log(annId, ANN, inFlight, { status: 'sending', claimedBy: 1, claimedAt: new Date() });
    // The address under another contact id: sent before a change of address, say.
    logs.otherContact = await log(other, ANN.toUpperCase(), inFlight, { status: 'sent', sentAt: new Date() });
    for (const url of [annLink, `https://shop.test/p?e=${encodeURIComponent(JOANN)}`, `https://shop.test/p?id=${annId}`]) {
      await env.db.query(`INSERT INTO campaign_link (campaign_id, url, url_hash) VALUES ($1, $2, encode(sha256(convert_to($2, 'UTF8')), 'hex'))`, [campaignId, url]);
    }
    // In-file duplicates are refused with the address in the message: one row each for Ann and Joann.
    const started = await api.http().post('/api/contacts/import').set('Authorization', admin.auth)
      .attach('file', Buffer.from(`email\n${ANN}\n${ANN.toUpperCase()}\n${JOANN}\n${JOANN.toUpperCase()}\n`), { filename: 'p.csv', contentType: 'text/csv' }).expect(202);
    await eventually('the import to finish', async () => (await get(`/api/contacts/imports/${started.body.id}`).expect(200)).body.status === 'completed');
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact_import_error`)).rows[0].n).toBe(2);
    // Webhook copies of both contacts (nothing listens at the endpoint: they wait for redelivery).
    await post('/api/webhook-endpoints', { url: 'http://127.0.0.1:9/hooks', events: ['contact.updated'] }).expect(201);
    for (const id of [annId, joannId]) await api.http().patch(`/api/contacts/${id}`).set('Authorization', admin.auth).send({ notes: 'VIP' }).expect(200);
    await env.db.query(`UPDATE webhook_delivery SET response_status = 500, response_body = 'no such mailbox'`);
  });
  afterAll(() => env.destroy());

  it('exports only the person’s own import errors and webhook copies, and logs of the address under another contact id', async () => {
    const res = await get(`/api/contacts/${annId}/export`).expect(200);
    expect(res.body.importErrors).toEqual([expect.objectContaining({ message: expect.stringContaining(ANN.toUpperCase()) })]);
    expect(JSON.stringify(res.body.importErrors)).not.toContain(JOANN.toUpperCase());
    expect(res.body.webhookEvents).toEqual([
      expect.objectContaining({ type: 'contact.updated', payload: expect.objectContaining({ id: annId }), deliveries: [expect.objectContaining({ responseStatus: 500, responseBody: 'no such mailbox' })] }),
    ]);
    expect(res.body.emailLogs.map((l: { id: string }) => l.id).sort()).toEqual([logs.sent, logs.sending, logs.otherContact].sort());
  });

  it('erases Ann without touching Joann; a send in flight ends failed and its sender cannot write the address back', async () => {
    await post(`/api/contacts/${annId}/erase`).expect(204);
    const rows = async () => (await env.db.query(`SELECT id, contact_id, to_email, status, error_message, rendered_subject, clicked_links FROM email_log ORDER BY id`)).rows;
    const byId = Object.fromEntries((await rows()).map((r) => [r.id, r]));
    expect(byId[logs.sent]).toMatchObject({ contact_id: null, to_email: null, status: 'sent', rendered_subject: null, clicked_links: [] });
    // Failed by the erase (or already by the orphan sweep, as no live sender holds it): either way no sender writes to it now.
    expect(byId[logs.sending]).toMatchObject({ contact_id: null, to_email: null, status: 'failed' });
    expect(byId[logs.otherContact]).toMatchObject({ contact_id: null, to_email: null, status: 'sent' });
    expect(byId[logs.joann]).toMatchObject({ contact_id: joannId, to_email: JOANN, rendered_subject: `For ${JOANN}` });
    expect((await env.db.query(`SELECT url FROM campaign_link ORDER BY url`)).rows.map((r) => r.url)).toEqual(['https://shop.test/', 'https://shop.test/', `https://shop.test/p?e=${encodeURIComponent(JOANN)}`]);
    expect((await env.db.query(`SELECT message FROM contact_import_error ORDER BY row`)).rows.map((r) => r.message)).toEqual([
      'Removed: the personal data of this row was erased',
      expect.stringContaining(JOANN.toUpperCase()),
    ]);
    expect((await env.db.query(`SELECT payload->>'id' AS id FROM webhook_event WHERE type = 'contact.updated'`)).rows).toEqual([{ id: joannId }]);

    // The sender of the in-flight email finishes after the erase, however its hand-off went.
    const built = await loadBuiltApp(env, {});
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { EmailLogsRepository } = require(resolve(__dirname, '../../../dist/apps/api/modules/emails/sending/email-logs.repository'));
      const repository = built.app.get(EmailLogsRepository);
      await repository.release(logs.sending, `Mailbox of ${ANN} busy`, new Date());
      await repository.markFailed(logs.sending, `Refused ${ANN}`, `For ${ANN}`);
      await repository.markSent(logs.sending, '<m@corral.test>', `For ${ANN}`);
    } finally {
      await built.app.close();
    }
    expect((await rows()).find((r) => r.id === logs.sending)).toMatchObject({ status: 'failed', to_email: null, rendered_subject: null, error_message: expect.not.stringContaining(ANN) });
    expect(await columnsWithAnn()).toEqual([]);
  });

  it('SendGrid events for an erased person’s email count on the log and store nothing: no suppression, no activity, 200', async () => {
    const smtpId = `<${logs.sent}@corral.test>`;
    const body = JSON.stringify([
      { event: 'bounce', email: ANN, 'smtp-id': smtpId, reason: `550 ${ANN} does not exist` },
      { event: 'spamreport', email: ANN, 'smtp-id': smtpId },
      { event: 'unsubscribe', email: ANN, 'smtp-id': smtpId },
      { event: 'bounce', email: ANN.toUpperCase(), reason: 'no log id at all' },
    ]);
    const res = await postSendgridWebhook(api, body).expect(200);
    expect(res.body.received).toBe(4);
    const [log] = (await env.db.query(`SELECT status, error_message, complained_at, unsubscribed_at FROM email_log WHERE id = $1`, [logs.sent])).rows;
    expect(log).toMatchObject({ status: 'bounced', error_message: null, complained_at: expect.any(Date), unsubscribed_at: expect.any(Date) });
    expect((await env.db.query(`SELECT email FROM suppression`)).rows).toEqual([]);
    expect(await columnsWithAnn()).toEqual([]);
  });
});
