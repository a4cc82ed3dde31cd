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
  const createField = async (body: Record<string, unknown>): Promise<{ id: string; key: string }> =>
    (await api.http().post('/api/fields').set('Authorization', admin.auth).send({ objectType: 'contact', ...body }).expect(201)).body;
  const customFields = async (email: string) =>
    (await env.db.query(`SELECT custom_fields FROM contact WHERE lower(email) = lower($1)`, [email])).rows[0]?.custom_fields;
  const contact = async (email: string) =>
    (
      await env.db.query(
        `SELECT c.first_name, c.last_name, c.phone, c.status, c.tags, c.notes, co.name AS company, u.email AS owner, c.created_at
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
      OPTIN_TIME: 'createdAt',
      CONFIRM_TIME: null,
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
      created_at: new Date('2025-01-01T09:00:11Z'),
    });
    expect(await contact('noah.smith@example3.com')).toMatchObject({ tags: ['webinar 2026', 'trade show, berlin'], created_at: new Date('2025-04-04T09:03:11Z') });
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
    expect(byHeader['Create Date'].field).toBe('createdAt');
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
    expect(await contact('elijah.nguyen0@hubspot-demo.test')).toMatchObject({
      status: 'lead',
      owner: 'admin@example.com',
      company: 'Contoso Ltd',
      phone: '+1 617 555 0000',
      created_at: new Date('2025-01-01T14:00:00Z'),
    });
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

  it('keeps the creation date the file gives, reports one it cannot read by its column, and moves an existing contact only to an earlier one', async () => {
    await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'known-since@example.com' }).expect(201);
    const csv = [
      'Email,Create Date',
      'dated@example.com,1/31/2025 2:30 PM',
      'undated@example.com,',
      'typo@example.com,2025-02-30 10:00',
      'known-since@example.com,2024-06-01 08:00',
    ].join('\n');
    const done = await waitForImport((await upload(csv, { onDuplicate: 'update' }).expect(202)).body.id);
    expect(done).toMatchObject({ status: 'completed', created: 2, updated: 1, errorCount: 1 });
    expect(done.errors).toEqual([
      { row: 4, message: 'Create Date "2025-02-30 10:00" is not a date (write it as YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or MM/DD/YYYY)' },
    ]);
    expect((await contact('dated@example.com')).created_at).toEqual(new Date('2025-01-31T14:30:00Z'));
    expect(Date.now() - (await contact('undated@example.com')).created_at.getTime()).toBeLessThan(60_000);
    expect((await contact('known-since@example.com')).created_at).toEqual(new Date('2024-06-01T08:00:00Z'));

    // A later date than the one Corral has cannot be when the person first appeared: kept as it is.
    const later = await waitForImport((await upload('Email,Create Date\nknown-since@example.com,2026-01-01\n', { onDuplicate: 'update' }).expect(202)).body.id);
    expect(later).toMatchObject({ updated: 1, errorCount: 0 });
    expect((await contact('known-since@example.com')).created_at).toEqual(new Date('2024-06-01T08:00:00Z'));
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

  it('exports each contact once when more than a batch of them were created in the same instant', async () => {
    const lines = ['email,tags'];
    for (let i = 0; i < 1500; i++) lines.push(`same-instant-${i}@example.com,same-instant`);
    // Lacking a creation date, one import batch of 1,000 rows shares the creation time of its transaction.
    expect(await waitForImport((await upload(lines.join('\n')).expect(202)).body.id)).toMatchObject({ created: 1500 });
    const exported = await api.http().get('/api/contacts/export?tag=same-instant').set('Authorization', admin.auth).buffer(true).timeout(20_000).expect(200);
    const emails = exported.text.split('\n').filter((line: string) => line.includes('same-instant-'));
    expect(emails).toHaveLength(1500);
    expect(new Set(emails).size).toBe(1500);
  });

  it('fills custom fields from a Mailchimp audience export: headers that name a field map to it, cells are read by its type', async () => {
    await createField({ key: 'member_rating', label: 'Member rating', type: 'number' });
    await createField({ key: 'timezone', label: 'Time zone', type: 'text' });
    const countries = [
      { value: 'US', label: 'United States' },
      { value: 'CA', label: 'Canada' },
      { value: 'FR', label: 'France' },
      { value: 'DE', label: 'Germany' },
    ];
    await createField({ key: 'cc', label: 'Country', type: 'select', options: countries });
    await createField({ key: 'confirmed_at', label: 'Confirm time', type: 'datetime' });
    const file = Buffer.from(fixture('mailchimp-audience-export.csv').toString('utf8').replace(/@example(\d)\.com/g, '@mailchimp-cf$1.example'));

    const seen = await preview(file).expect(200);
    const byHeader = Object.fromEntries(
      seen.body.columns.map((c: { header: string; field: string | null; suggestedField: string | null; guessedType: string }) => [c.header, c]),
    );
    // By key (MEMBER_RATING, TIMEZONE, CC) or by label (CONFIRM_TIME is the field labelled "Confirm time").
    expect(byHeader.MEMBER_RATING).toMatchObject({ field: 'cf.member_rating', suggestedField: 'cf.member_rating', guessedType: 'number' });
    expect(byHeader.TIMEZONE).toMatchObject({ field: 'cf.timezone', suggestedField: 'cf.timezone' });
    expect(byHeader.CC).toMatchObject({ field: 'cf.cc', guessedType: 'select' });
    expect(byHeader.CONFIRM_TIME).toMatchObject({ field: 'cf.confirmed_at', guessedType: 'datetime' });
    expect(byHeader.OPTIN_TIME).toMatchObject({ field: 'createdAt', suggestedField: null });
    // Columns without a field say what a field made from them would be.
    expect(byHeader.LATITUDE).toMatchObject({ field: null, suggestedField: null, guessedType: 'number' });
    expect(byHeader.LAST_CHANGED).toMatchObject({ field: null, guessedType: 'datetime' });
    expect(byHeader.EUID).toMatchObject({ field: null, guessedType: 'text' });

    const done = await waitForImport((await upload(file).expect(202)).body.id);
    expect(done).toMatchObject({ status: 'completed', created: 36, errorCount: 0 });
    expect(await customFields('olivia.nguyen@mailchimp-cf0.example')).toEqual({
      member_rating: 3,
      timezone: 'America/New_York',
      cc: 'US',
      confirmed_at: '2025-01-01T09:00:11.000Z',
    });
    // Blank cells leave their field out.
    expect(await customFields('liam.patel@mailchimp-cf1.example')).toEqual({ member_rating: 2, cc: 'US', confirmed_at: '2025-02-02T09:01:11.000Z' });
    expect((await contact('emma.garcia@mailchimp-cf2.example')).created_at).toEqual(new Date('2025-03-03T09:02:11Z'));
    const listed = await api.http().get('/api/contacts?search=olivia.nguyen@mailchimp-cf0').set('Authorization', admin.auth).expect(200);
    expect(listed.body.data[0].customFields).toMatchObject({ member_rating: 3, cc: 'US' });
  });

  it('fills custom fields from a HubSpot contacts export, select values by label or through the value mapping', async () => {
    await createField({ key: 'record_id', label: 'HubSpot record', type: 'text' });
    const stages = ['New', 'Open', 'In Progress', 'Attempted to contact', 'Connected', 'Bad timing'];
    await createField({ key: 'lead_status', label: 'Lead status', type: 'select', options: stages.map((label) => ({ value: label.toLowerCase().replace(/ /g, '_'), label })) });
    await createField({
      key: 'marketing',
      label: 'Marketing contact status',
      type: 'select',
      options: [
        { value: 'yes', label: 'Marketing' },
        { value: 'no', label: 'Not marketing' },
      ],
    });
    await createField({ key: 'last_activity', label: 'Last Activity Date', type: 'datetime' });
    const file = Buffer.from(fixture('hubspot-contacts-export.csv').toString('utf8').replace(/@hubspot-demo\.test/g, '@hubspot-cf.test'));
    const seen = await preview(file).expect(200);
    const fields = Object.fromEntries(seen.body.columns.map((c: { header: string; field: string | null }) => [c.header, c.field]));
    expect(fields).toMatchObject({
      'Record ID': 'cf.record_id',
      'Lead Status': 'cf.lead_status',
      'Last Activity Date': 'cf.last_activity',
      'Marketing contact status': 'cf.marketing',
      'Lifecycle Stage': 'status',
      'Create Date': 'createdAt',
    });

    const status = { Subscriber: 'lead', Lead: 'lead', 'Marketing Qualified Lead': 'lead', 'Sales Qualified Lead': 'lead', Opportunity: 'prospect', Customer: 'customer', Evangelist: 'customer', Other: '' };
    const plain = { status, owner: { 'Sam Seller': '' } };
    // Without a mapping for the marketing values (neither a value nor a label of its options), every row says which column is wrong.
    const unmapped = await waitForImport((await upload(file, { valueMapping: JSON.stringify(plain) }).expect(202)).body.id);
    expect(unmapped).toMatchObject({ created: 0, errorCount: 40 });
    expect(unmapped.errors[0].message).toMatch(/^Marketing contact status "Non-marketing contact": /);

    const valueMapping = { ...plain, 'cf.marketing': { 'Marketing contact': 'yes', 'Non-marketing contact': 'no' }, 'cf.lead_status': { Unqualified: 'bad_timing' } };
    const done = await waitForImport((await upload(file, { valueMapping: JSON.stringify(valueMapping) }).expect(202)).body.id);
    expect(done).toMatchObject({ status: 'completed', created: 40, errorCount: 0 });
    expect(await customFields('elijah.nguyen0@hubspot-cf.test')).toEqual({ record_id: '5123400', lead_status: 'new', marketing: 'no' });
    expect(await customFields('sophia.rossi1@hubspot-cf.test')).toEqual({ record_id: '5123501', lead_status: 'open', marketing: 'yes', last_activity: '2026-02-02T08:15:00.000Z' });
    expect(await contact('sophia.rossi1@hubspot-cf.test')).toMatchObject({ status: 'lead', created_at: new Date('2025-02-02T14:01:00Z') });
    const leadStatuses = await env.db.query(
      `SELECT custom_fields->>'lead_status' AS v, count(*)::int AS n FROM contact WHERE email LIKE '%@hubspot-cf.test' GROUP BY 1 ORDER BY 1`,
    );
    expect(leadStatuses.rows).toEqual([
      { v: 'attempted_to_contact', n: 6 },
      { v: 'bad_timing', n: 5 },
      { v: 'connected', n: 6 },
      { v: 'in_progress', n: 6 },
      { v: 'new', n: 6 },
      { v: 'open', n: 6 },
      { v: null, n: 5 },
    ]);
  });

  it('reports a custom value that does not fit its field by its column, holds new contacts to required fields, and refuses unknown targets', async () => {
    await createField({ key: 'member_since', label: 'Member since', type: 'date' });
    const mapping = JSON.stringify({ Rating: 'cf.member_rating', Country: 'cf.cc', Since: 'cf.member_since' });
    const csv = [
      'email,Rating,Country,Since',
      'fits@example.com,4,Germany,2025-01-31',
      'bad-rating@example.com,lots,US,',
      'bad-country@example.com,1,Narnia,',
      'bad-date@example.com,,,2025-13-01',
    ].join('\n');
    const done = await waitForImport((await upload(csv, { mapping }).expect(202)).body.id);
    expect(done).toMatchObject({ created: 1, errorCount: 3 });
    expect(done.errors.map((e) => [e.row, e.message.split(':')[0]])).toEqual([
      [3, 'Rating "lots"'],
      [4, 'Country "Narnia"'],
      [5, 'Since "2025-13-01"'],
    ]);
    expect(await customFields('fits@example.com')).toEqual({ member_rating: 4, cc: 'DE', member_since: '2025-01-31' });

    // A value mapping turns a file's value into an option.
    const mapped = await waitForImport((await upload('email,Country\nnarnia@example.com,Narnia\n', { mapping: '{"Country":"cf.cc"}', valueMapping: '{"cf.cc":{"narnia":"FR"}}' }).expect(202)).body.id);
    expect(mapped).toMatchObject({ created: 1, errorCount: 0 });
    expect(await customFields('narnia@example.com')).toEqual({ cc: 'FR' });

    const required = await createField({ key: 'consent_source', label: 'Consent source', type: 'text', required: true });
    try {
      const strict = await waitForImport((await upload('email,first_name\nno-consent@example.com,Nia\nfits@example.com,Fitz\n', { onDuplicate: 'update' }).expect(202)).body.id);
      // A new contact needs it, as through the contacts API; an existing one is only updated.
      expect(strict).toMatchObject({ created: 0, updated: 1, errorCount: 1 });
      expect(strict.errors).toEqual([{ row: 2, message: 'Consent source is required for a new contact, and the row has no value for it' }]);
    } finally {
      await api.http().delete(`/api/fields/${required.id}`).set('Authorization', admin.auth).expect(204);
    }

    const refused = async (fields: Record<string, string>) => (await upload(csv, fields).expect(400)).body.errors[0];
    expect(await refused({ mapping: '{"Rating":"cf.nope"}' })).toMatchObject({ field: 'mapping', message: expect.stringContaining('"nope"') });
    expect(await refused({ mapping: '{"Rating":"shoeSize"}' })).toMatchObject({ field: 'mapping' });
    expect(await refused({ mapping, valueMapping: '{"cf.cc":{"Narnia":"XX"}}' })).toMatchObject({ field: 'valueMapping', message: expect.stringContaining('"XX"') });
    expect(await refused({ mapping, valueMapping: '{"cf.member_rating":{"lots":"5"}}' })).toMatchObject({ field: 'valueMapping' });
  });

  it('counts and starts a contact_updated workflow that waits for a custom field only when the file changes that field', async () => {
    await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'rated@example.com', customFields: { member_rating: 1 } }).expect(201);
    const workflows = new WorkflowClient(api, admin);
    const onRating = await workflows.createWorkflow({
      name: 'Rating watcher',
      triggerEvent: 'contact_updated',
      triggerData: { field: 'cf.member_rating' },
      steps: [{ action: 'add_tag', actionData: { tag: 'rating-seen' } }],
    });
    const runs = async () => (await env.db.query(`SELECT count(*)::int AS n FROM workflow_execution WHERE workflow_id = $1`, [onRating.id])).rows[0].n;
    const counted = async (csv: string) => (await preview(csv, { onDuplicate: 'update' }).expect(200)).body.workflows.map((w: { id: string; rows: number }) => [w.id, w.rows]);
    expect(await counted('email,MEMBER_RATING\nrated@example.com,4\n')).toEqual([[onRating.id, 1]]);
    expect(await counted('email,first_name\nrated@example.com,Rae\n')).toEqual([]);

    // A row that names the field without changing it starts nothing; one that changes it does.
    await waitForImport((await upload('email,MEMBER_RATING\nrated@example.com,1\n', { onDuplicate: 'update', runWorkflows: 'true' }).expect(202)).body.id);
    const done = await waitForImport((await upload('email,MEMBER_RATING\nrated@example.com,4\n', { onDuplicate: 'update', runWorkflows: 'true' }).expect(202)).body.id);
    expect(done).toMatchObject({ updated: 1, errorCount: 0 });
    expect(await customFields('rated@example.com')).toEqual({ member_rating: 4 });
    await eventually('the rating workflow for the changed contact', async () => (await runs()) === 1);
    await new Promise((r) => setTimeout(r, 500));
    expect(await runs()).toBe(1);
    await api.http().delete(`/api/workflows/${onRating.id}`).set('Authorization', admin.auth).expect(204);
  });

  it('exports one column per custom field and gives back every type when the export is imported again', async () => {
    const options = (...labels: string[]) => labels.map((label, i) => ({ value: `o${i}`, label }));
    const types: Record<string, Record<string, unknown>> = {
      rt_text: { type: 'text' },
      rt_long: { type: 'textarea' },
      rt_number: { type: 'number' },
      rt_date: { type: 'date' },
      rt_datetime: { type: 'datetime' },
      rt_bool: { type: 'boolean' },
      rt_select: { type: 'select', options: options('Gold ★', 'Silver') },
      rt_multi: { type: 'multiselect', options: options('Ünïcode', 'Plain', '東京') },
      rt_url: { type: 'url' },
      rt_email: { type: 'email' },
      rt_phone: { type: 'phone' },
    };
    for (const [key, body] of Object.entries(types)) await createField({ key, label: `Round trip ${key.slice(3)}`, ...body });
    const full = {
      rt_text: '=1+2 is not a formula',
      rt_long: 'Zeile eins\n@zwei, "quoted"; 東京',
      rt_number: -12.5,
      rt_date: '1999-12-31',
      rt_datetime: '2026-03-01T09:30:00.000Z',
      rt_bool: true,
      rt_select: 'o0',
      rt_multi: ['o0', 'o2'],
      rt_url: 'https://example.com/ä?x=1&y=2',
      rt_email: 'zoe+crm@example.com',
      rt_phone: '+1 555 0100',
    };
    const people = [
      { email: 'zoe.rt@example.com', firstName: 'Zoë', lastName: 'Ångström-東京', tags: ['cf-roundtrip'], customFields: full },
      { email: 'nil.rt@example.com', firstName: '-Nil', lastName: 'Zero', tags: ['cf-roundtrip'], customFields: { rt_number: 0, rt_bool: false, rt_text: '@mention', rt_multi: ['o1'] } },
      { email: 'none.rt@example.com', firstName: 'None', lastName: 'At all', tags: ['cf-roundtrip'] },
    ];
    for (const person of people) await api.http().post('/api/contacts').set('Authorization', admin.auth).send(person).expect(201);
    const rows = async () =>
      (
        await env.db.query(
          `SELECT email, first_name, last_name, phone, status, tags, notes, custom_fields, created_at, updated_at FROM contact
           WHERE 'cf-roundtrip' = ANY(tags) ORDER BY email`,
        )
      ).rows;
    const before = await rows();
    expect(before.find((r) => r.email === 'zoe.rt@example.com').custom_fields).toEqual(full);

    const exported = await api.http().get('/api/contacts/export?tag=cf-roundtrip').set('Authorization', admin.auth).buffer(true).expect(200);
    const text: string = exported.text;
    const header = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['created_at', ...Object.keys(types)]));
    // Custom cells are guarded against spreadsheet formulas like built-in ones.
    for (const guarded of ["'=1+2 is not a formula", "'-12.5", "'+1 555 0100", "'@mention"]) expect(text).toContain(guarded);

    // Imported over the same contacts, the file changes nothing: not a value, not updated_at.
    const again = await waitForImport((await upload(text, { onDuplicate: 'update' }, 'contacts-export.csv').expect(202)).body.id);
    expect(again).toMatchObject({ status: 'completed', updated: 3, errorCount: 0 });
    expect(await rows()).toEqual(before);

    // Imported after they are gone, it makes them again as they were.
    await env.db.query(`DELETE FROM contact WHERE 'cf-roundtrip' = ANY(tags)`);
    const fresh = await waitForImport((await upload(text, {}, 'contacts-export.csv').expect(202)).body.id);
    expect(fresh).toMatchObject({ status: 'completed', created: 3, errorCount: 0 });
    const without = (list: Record<string, unknown>[]) => list.map(({ updated_at: _, ...rest }) => rest);
    expect(without(await rows())).toEqual(without(before));
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
