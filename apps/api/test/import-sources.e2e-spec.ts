import { readFileSync } from 'fs';
import { request as httpRequest } from 'http';
import { resolve } from 'path';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { WorkflowClient, eventually } from './support/workflow-helpers';

const FIXTURES = resolve(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name));

type ImportStatus = {
  status: string;
  runWorkflows: boolean;
  total: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
  errors: { row: number; message: string }[];
};

/**
 * Sends a multipart upload by hand, `pieceBytes` at a time with a pause between pieces, the way a
 * slow or busy network delivers it (supertest writes the whole body at once).
 */
function slowMultipart(api: ApiProcess, session: Session, path: string, file: Buffer, pieceBytes: number, pauseMs: number): Promise<{ status: number; body: unknown }> {
  const boundary = '----corral-test-boundary';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.csv"\r\nContent-Type: text/csv\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return new Promise((done, fail) => {
    const req = httpRequest(`${api.url}${path}`, {
      method: 'POST',
      headers: { Authorization: session.auth, 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': body.length },
    });
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => done({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', fail);
    let offset = 0;
    const writeNext = () => {
      if (offset >= body.length) {
        req.end();
        return;
      }
      req.write(body.subarray(offset, offset + pieceBytes));
      offset += pieceBytes;
      setTimeout(writeNext, pauseMs);
    };
    writeNext();
  });
}

describe('Importing exports of other tools (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;

  const upload = (csv: string | Buffer, fields: Record<string, string> = {}, filename = 'contacts.csv') => {
    const req = api.http().post('/api/contacts/import').set('Authorization', admin.auth);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename, contentType: 'text/csv' });
  };
  const preview = (csv: string | Buffer, fields: Record<string, string> = {}) => {
    const req = api.http().post('/api/contacts/import/preview').set('Authorization', admin.auth);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename: 'contacts.csv', contentType: 'text/csv' });
  };
  const waitForImport = (id: string) =>
    eventually(`import ${id}`, async () => {
      const res = await api.http().get(`/api/contacts/imports/${id}`).set('Authorization', admin.auth).expect(200);
      return ['completed', 'failed'].includes(res.body.status) ? (res.body as ImportStatus) : null;
    }, 60_000);
  const contact = async (email: string) =>
    (
      await env.db.query(
        `SELECT c.first_name, c.last_name, c.phone, c.status, c.tags, c.notes, co.name AS company, u.email AS owner
         FROM contact c LEFT JOIN company co ON co.id = c.company_id LEFT JOIN app_user u ON u.id = c.assigned_to_id WHERE lower(c.email) = lower($1)`,
        [email],
      )
    ).rows[0];

  beforeAll(async () => {
    api = await env.startApi();
    admin = await registerAdmin(api);
  });
  afterAll(() => env.destroy());

  it('answers a preview of a multi-megabyte upload that arrives in small pieces', async () => {
    const lines = ['Email Address,First Name,Last Name,TAGS'];
    for (let i = 0; lines.join('\n').length < 3 * 1024 * 1024; i++) {
      for (let j = 0; j < 1000; j++) lines.push(`slow-${i}-${j}@example.com,First${j},Last${j},"""newsletter"",""webinar 2026"""`);
    }
    const file = Buffer.from(lines.join('\n') + '\n');
    const res = await slowMultipart(api, admin, '/api/contacts/import/preview', file, 16 * 1024, 2);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ delimiter: ',', rows: expect.any(Array) });
    expect((res.body as { rows: string[][] }).rows[0][0]).toBe('slow-0-0@example.com');
    // The API still answers afterwards: the stalled request did not hold anything.
    await api.http().get('/api/health').expect(200);
  }, 120_000);

  it('holds an updated contact to the tag cap of the contacts API', async () => {
    const tags = Array.from({ length: 99 }, (_, i) => `tag-${i}`);
    await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'tagged@example.com', tags }).expect(201);
    await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'roomy@example.com', tags: ['one'] }).expect(201);
    const csv = 'email,tags\ntagged@example.com,extra-1|extra-2|extra-3\nroomy@example.com,two|three\n';
    const done = await waitForImport((await upload(csv, { onDuplicate: 'update' }).expect(202)).body.id);
    expect(done).toMatchObject({ status: 'completed', updated: 1, errorCount: 1 });
    expect(done.errors).toEqual([{ row: 2, message: 'A contact holds at most 100 tags; this one would have 102' }]);
    expect((await contact('tagged@example.com')).tags).toHaveLength(99);
    expect((await contact('roomy@example.com')).tags).toEqual(['one', 'two', 'three']);
  });

  it("imports a Mailchimp audience export as it is: its headers map, TAGS lists lose their quotes, and no workflow starts unless asked", async () => {
    const workflows = new WorkflowClient(api, admin);
    const welcome = await workflows.createWorkflow({ name: 'Welcome email', triggerEvent: 'contact_created', steps: [{ action: 'add_tag', actionData: { tag: 'welcomed' } }] });
    const webinar = await workflows.createWorkflow({
      name: 'Webinar follow-up',
      triggerEvent: 'tag_added',
      triggerData: { tag: 'webinar 2026' },
      steps: [{ action: 'change_status', actionData: { status: 'prospect' } }],
    });
    const file = fixture('mailchimp-audience-export.csv');

    const seen = await preview(file).expect(200);
    const fields = Object.fromEntries(seen.body.columns.map((c: { header: string; field: string | null }) => [c.header, c.field]));
    expect(fields).toMatchObject({
      'Email Address': 'email',
      'First Name': 'firstName',
      'Last Name': 'lastName',
      'Phone Number': 'phone',
      Company: 'company',
      NOTES: 'notes',
      TAGS: 'tags',
      MEMBER_RATING: null,
      OPTIN_TIME: null,
      LEID: null,
      Address: null,
    });
    expect(seen.body.total).toBe(36);
    // 36 new contacts; the TAGS cells carry "webinar 2026" on 11 rows.
    expect(seen.body.workflows).toEqual([
      { id: welcome.id, name: 'Welcome email', triggerEvent: 'contact_created', tag: null, field: null, rows: 36 },
      { id: webinar.id, name: 'Webinar follow-up', triggerEvent: 'tag_added', tag: 'webinar 2026', field: null, rows: 11 },
    ]);

    const started = await upload(file, {}, 'subscribed_members_export.csv').expect(202);
    const done = await waitForImport(started.body.id);
    expect(done).toMatchObject({ status: 'completed', total: 36, created: 36, errorCount: 0, runWorkflows: false });
    expect(await contact('olivia.nguyen@example0.com')).toMatchObject({
      first_name: 'Olivia',
      phone: '+1 555 0167',
      company: 'Acme Outfitters',
      tags: ['newsletter', 'webinar 2026'],
    });
    expect(await contact('noah.smith@example3.com')).toMatchObject({ tags: ['webinar 2026', 'trade show, berlin'] });
    const quoted = await env.db.query(`SELECT count(*)::int AS n FROM contact, unnest(tags) AS t WHERE t LIKE '%"%'`);
    expect(quoted.rows[0].n).toBe(0);
    // Nobody was welcomed: the import was not asked to run workflows.
    await new Promise((r) => setTimeout(r, 1000));
    expect((await env.db.query(`SELECT count(*)::int AS n FROM workflow_execution`)).rows[0].n).toBe(0);

    // Asked explicitly, the same file under new addresses starts both workflows, for the counted rows.
    const renamed = Buffer.from(file.toString('utf8').replace(/@example(\d)\.com/g, '@second$1.example'));
    const again = await preview(renamed).expect(200);
    expect(again.body.workflows.map((w: { rows: number }) => w.rows)).toEqual([36, 11]);
    const second = await upload(renamed, { runWorkflows: 'true' }).expect(202);
    expect(await waitForImport(second.body.id)).toMatchObject({ status: 'completed', created: 36, runWorkflows: true });
    const runs = async (workflowId: string) =>
      (await env.db.query(`SELECT count(*)::int AS n FROM workflow_execution WHERE workflow_id = $1`, [workflowId])).rows[0].n;
    await eventually('the welcome workflow for every new contact', async () => (await runs(welcome.id)) === 36);
    await eventually('the webinar workflow for every webinar row', async () => (await runs(webinar.id)) === 11);
    // Once contacts exist, a preview no longer counts them as new (and leaves out a workflow that would start for none).
    expect((await preview(renamed).expect(200)).body.workflows).toEqual([expect.objectContaining({ triggerEvent: 'tag_added', rows: 11 })]);
    for (const workflow of [welcome, webinar]) {
      await api.http().delete(`/api/workflows/${workflow.id}`).set('Authorization', admin.auth).expect(204);
    }
  });

  it('imports a HubSpot contacts export: lifecycle stages through a value mapping, owners by name or email, errors counted', async () => {
    const file = fixture('hubspot-contacts-export.csv');
    const seen = await preview(file).expect(200);
    const columns: { header: string; field: string | null; values: { value: string; count: number }[] | null }[] = seen.body.columns;
    const byHeader = Object.fromEntries(columns.map((c) => [c.header, c]));
    expect(byHeader['Record ID'].field).toBeNull();
    expect(byHeader['Email'].field).toBe('email');
    expect(byHeader['Company Name'].field).toBe('company');
    expect(byHeader['Lifecycle Stage'].field).toBe('status');
    expect(byHeader['Contact owner'].field).toBe('owner');
    expect(byHeader['Lifecycle Stage'].values?.map((v) => v.value).sort()).toEqual(
      ['Customer', 'Evangelist', 'Lead', 'Marketing Qualified Lead', 'Opportunity', 'Other', 'Sales Qualified Lead', 'Subscriber'],
    );
    expect(byHeader['Lifecycle Stage'].values?.find((v) => v.value === 'Subscriber')?.count).toBe(8);
    expect(byHeader['Contact owner'].values).toEqual([
      { value: 'Ada Admin', count: 16 },
      { value: 'admin@example.com', count: 8 },
      { value: 'Sam Seller', count: 8 },
    ]);

    // Without a value mapping, HubSpot's stages are not Corral statuses: reported per row, not hidden.
    const plain = await waitForImport((await upload(file).expect(202)).body.id);
    expect(plain).toMatchObject({ status: 'completed', total: 40 });
    expect(plain.errorCount).toBeGreaterThan(0);
    expect(plain).toMatchObject({ created: 12, errorCount: 28 });
    expect(plain.errors).toContainEqual({ row: 2, message: 'unknown status "Subscriber" (use lead, prospect, customer, archived)' });
    await env.db.query(`DELETE FROM contact WHERE email LIKE '%@hubspot-demo.test'`);

    const status = { Subscriber: 'lead', Lead: 'lead', 'Marketing Qualified Lead': 'lead', 'Sales Qualified Lead': 'lead', Opportunity: 'prospect', Customer: 'customer', Evangelist: 'customer', Other: '' };
    // An owner who is no Corral user is reported too, until the mapping says what to do with them.
    const noOwner = await waitForImport((await upload(file, { valueMapping: JSON.stringify({ status }) }).expect(202)).body.id);
    expect(noOwner).toMatchObject({ created: 32, errorCount: 8 });
    expect(noOwner.errors[0]).toEqual({ row: 4, message: 'owner "Sam Seller" is not the email or name of an active user' });
    await env.db.query(`DELETE FROM contact WHERE email LIKE '%@hubspot-demo.test'`);

    const valueMapping = { status, owner: { 'Sam Seller': '' } };
    const mapped = await waitForImport((await upload(file, { valueMapping: JSON.stringify(valueMapping) }).expect(202)).body.id);
    expect(mapped).toMatchObject({ status: 'completed', total: 40, created: 40, errorCount: 0 });
    expect(await contact('elijah.nguyen0@hubspot-demo.test')).toMatchObject({ status: 'lead', owner: 'admin@example.com', company: 'Contoso Ltd', phone: '+1 617 555 0000' });
    expect(await contact('lucas.novak2@hubspot-demo.test')).toMatchObject({ status: 'lead', owner: null });
    const statuses = await env.db.query(`SELECT status, count(*)::int AS n FROM contact WHERE email LIKE '%@hubspot-demo.test' GROUP BY status ORDER BY status`);
    expect(statuses.rows).toEqual([
      { status: 'customer', n: 8 },
      { status: 'lead', n: 28 },
      { status: 'prospect', n: 4 },
    ]);
    // The owner column names the admin by email too.
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE email LIKE '%@hubspot-demo.test' AND assigned_to_id = $1`, [admin.user.id])).rows[0].n).toBe(24);
  });

  it("maps an owner value to an active user's email in any case, and refuses a deactivated user's", async () => {
    const seller = await createUserSession(api, admin, 'manager', 'seller@example.com');
    const gone = await createUserSession(api, admin, 'member', 'gone@example.com');
    await api.http().patch(`/api/users/${gone.user.id}`).set('Authorization', admin.auth).send({ isActive: false }).expect(200);
    const csv = 'email,owner\nowned-by-seller@example.com,Sam\n';
    const done = await waitForImport((await upload(csv, { valueMapping: '{"owner":{"Sam":"Seller@Example.COM"}}' }).expect(202)).body.id);
    expect(done).toMatchObject({ status: 'completed', created: 1, errorCount: 0 });
    expect((await contact('owned-by-seller@example.com')).owner).toBe(seller.user.email);
    const refused = await upload(csv, { valueMapping: '{"owner":{"Sam":"gone@example.com"}}' }).expect(400);
    expect(refused.body.errors[0]).toMatchObject({ field: 'valueMapping', message: expect.stringContaining('gone@example.com') });
  });

  it('refuses bad import options with a 400 naming the field', async () => {
    const csv = 'email,status,owner\na@example.com,Subscriber,Sam\n';
    const field = async (fields: Record<string, string>) => {
      const res = await upload(csv, fields).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      return res.body.errors[0];
    };
    expect(await field({ valueMapping: '{not json' })).toMatchObject({ field: 'valueMapping' });
    expect(await field({ valueMapping: '["status"]' })).toMatchObject({ field: 'valueMapping' });
    expect(await field({ valueMapping: '{"email":{"a":"b"}}' })).toMatchObject({ field: 'valueMapping', message: expect.stringContaining('"email"') });
    expect(await field({ valueMapping: '{"status":{"Subscriber":"royalty"}}' })).toMatchObject({ field: 'valueMapping', message: expect.stringContaining('royalty') });
    expect(await field({ valueMapping: '{"status":{"Subscriber":7}}' })).toMatchObject({ field: 'valueMapping' });
    expect(await field({ valueMapping: '{"owner":{"Sam":"nobody@example.com"}}' })).toMatchObject({ field: 'valueMapping', message: expect.stringContaining('nobody@example.com') });
    expect(await field({ runWorkflows: 'yes' })).toMatchObject({ field: 'runWorkflows' });
    expect((await preview(csv, { mapping: '{"Nope":"email"}' }).expect(400)).body.errors[0].field).toBe('mapping');
    expect((await preview(csv, { onDuplicate: 'merge' }).expect(400)).body.errors[0].field).toBe('onDuplicate');
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE email = 'a@example.com'`)).rows[0].n).toBe(0);
  });

  it('gives back exported values when the export is imported again', async () => {
    const originals = [
      { email: 'Round.Trip@Example.com', firstName: 'Round', lastName: "O'Trip", phone: '+1 555 0167', notes: '=SUM(A1) is not a formula\nsecond line', tags: ['roundtrip', 'trade show, berlin', 'vip'], status: 'customer' },
      { email: 'minus@example.com', firstName: '-Dash', lastName: '@home', phone: '-0167', notes: "'=already guarded", tags: ['roundtrip', 'say "hi"'], status: 'prospect' },
    ];
    const company = await api.http().post('/api/companies').set('Authorization', admin.auth).send({ name: 'Round Trip GmbH' }).expect(201);
    for (const c of originals) {
      await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ ...c, companyId: company.body.id, assignedToId: admin.user.id }).expect(201);
    }
    const before = await Promise.all(originals.map((c) => contact(c.email)));
    const exported = await api.http().get('/api/contacts/export?tag=roundtrip').set('Authorization', admin.auth).buffer(true).expect(200);
    const text: string = exported.text;
    expect(text).toContain("'+1 555 0167");
    await env.db.query(`DELETE FROM contact WHERE lower(email) IN ('round.trip@example.com', 'minus@example.com')`);

    const done = await waitForImport((await upload(text, {}, 'contacts-export.csv').expect(202)).body.id);
    expect(done).toMatchObject({ created: 2, errorCount: 0 });
    const after = await Promise.all(originals.map((c) => contact(c.email)));
    expect(after).toEqual(before);
    expect(after[0]).toMatchObject({ phone: '+1 555 0167', notes: '=SUM(A1) is not a formula\nsecond line', tags: ['roundtrip', 'trade show, berlin', 'vip'], owner: 'admin@example.com' });
    expect(after[1]).toMatchObject({ first_name: '-Dash', last_name: '@home', phone: '-0167', notes: "'=already guarded", tags: ['roundtrip', 'say "hi"'] });
  });

  it('updates existing contacts without starting their contact_updated workflows unless asked, and the preview counts those rows', async () => {
    for (const email of ['upd-1@example.com', 'upd-2@example.com']) {
      await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email, status: 'lead' }).expect(201);
    }
    const workflows = new WorkflowClient(api, admin);
    const onStatus = await workflows.createWorkflow({
      name: 'Status watcher',
      triggerEvent: 'contact_updated',
      triggerData: { field: 'status' },
      steps: [{ action: 'add_tag', actionData: { tag: 'status-seen' } }],
    });
    const onPhone = await workflows.createWorkflow({
      name: 'Phone watcher',
      triggerEvent: 'contact_updated',
      triggerData: { field: 'phone' },
      steps: [{ action: 'add_tag', actionData: { tag: 'phone-seen' } }],
    });
    const runs = async () =>
      (await env.db.query(`SELECT count(*)::int AS n FROM workflow_execution WHERE workflow_id = $1`, [onStatus.id])).rows[0].n;
    const csv = (status: string) => `email,status\nupd-1@example.com,${status}\nUPD-2@example.com,${status}\nupd-new@example.com,${status}\n`;

    // Skipping duplicates updates nobody; updating them changes the two existing contacts' status (no phone column: no phone change).
    expect((await preview(csv('customer')).expect(200)).body.workflows).toEqual([]);
    expect((await preview(csv('customer'), { onDuplicate: 'update' }).expect(200)).body.workflows).toEqual([
      { id: onStatus.id, name: 'Status watcher', triggerEvent: 'contact_updated', tag: null, field: 'status', rows: 2 },
    ]);

    const quiet = await waitForImport((await upload(csv('customer'), { onDuplicate: 'update' }).expect(202)).body.id);
    expect(quiet).toMatchObject({ status: 'completed', updated: 2, created: 1, runWorkflows: false });
    expect((await contact('upd-1@example.com')).status).toBe('customer');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await runs()).toBe(0);

    const asked = await waitForImport((await upload(csv('prospect'), { onDuplicate: 'update', runWorkflows: 'true' }).expect(202)).body.id);
    expect(asked).toMatchObject({ status: 'completed', updated: 3, runWorkflows: true });
    await eventually('the status workflow for every updated contact', async () => (await runs()) === 3);
    for (const workflow of [onStatus, onPhone]) {
      await api.http().delete(`/api/workflows/${workflow.id}`).set('Authorization', admin.auth).expect(204);
    }
  });
});
