import { ChildProcess, spawn } from 'child_process';
import { resolve } from 'path';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

const MAIN = resolve(__dirname, '../../../dist/apps/api/main.js');

type ImportStatus = {
  status: string;
  total: number;
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
  errors: { row: number; message: string }[];
};

/**
 * The import runs as API (ROLE=api, receives the upload) and a separate worker process
 * (ROLE=worker, parses and writes), as in production: the file must travel through PostgreSQL.
 */
class WorkerProcess {
  private child?: ChildProcess;
  output = '';

  constructor(private readonly env: TestEnvironment) {}

  start(): void {
    this.child = spawn(process.execPath, [MAIN], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        ROLE: 'worker',
        DATABASE_URL: this.env.databaseUrl,
        REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
        QUEUE_PREFIX: this.env.queuePrefix,
        SMTP_URL: 'smtp://127.0.0.1:9',
        JWT_SECRET: 'test-secret-that-is-long-enough',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child.stdout?.on('data', (d) => (this.output += d));
    this.child.stderr?.on('data', (d) => (this.output += d));
  }

  stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise((done) => {
      child.once('exit', () => done());
      child.kill(signal);
    });
  }
}

describe('CSV import (e2e, API and worker as separate processes)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let worker: WorkerProcess;
  let admin: Session;
  let member: Session;

  const upload = (s: Session, csv: string | Buffer, fields: Record<string, string> = {}, filename = 'contacts.csv') => {
    const req = api.http().post('/api/contacts/import').set('Authorization', s.auth);
    for (const [name, value] of Object.entries(fields)) req.field(name, value);
    return req.attach('file', Buffer.isBuffer(csv) ? csv : Buffer.from(csv, 'utf8'), { filename, contentType: 'text/csv' });
  };

  async function waitForImport(s: Session, id: string, until: (status: ImportStatus) => boolean = (st) => st.status === 'completed' || st.status === 'failed'): Promise<ImportStatus> {
    for (;;) {
      const res = await api.http().get(`/api/contacts/imports/${id}`).set('Authorization', s.auth).expect(200);
      if (until(res.body)) return res.body;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    worker = new WorkerProcess(env);
    worker.start();
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member', 'member@example.com');
  });
  afterAll(async () => {
    await worker.stop();
    await env.destroy();
  });

  it('imports a messy CSV: BOM, CRLF, semicolons, quoted delimiters and newlines, with per-row errors', async () => {
    await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ firstName: 'Existing', email: 'existing@example.com', status: 'lead', tags: ['old'] }).expect(201);
    const csv =
      '\uFEFF' +
      [
        'E-Mail;First Name;last_name;Company;STATUS;Tags;Notes',
        'ann@example.com;Ann;Lee;"Acme; Inc";Customer;"vip|hot";"Line one\nline two; still notes"',
        'not-an-email;Bob;Bad;;;;',
        'ANN@example.com;Ann;Again;;;;duplicate in file',
        'cat@example.com;Cat;Weird;;vip;;',
        'existing@example.com;Changed;Name;;prospect;new;',
        '',
        ';;;;;;',
        'dan@example.com;Dan;"O\'Brien, Jr";"ACME; INC";;"a,b";"He said ""hi"""',
        ';Nobody;NoEmail;;;;',
        `long@example.com;${'x'.repeat(101)};Long;;;;`,
      ].join('\r\n') +
      '\r\n';

    const started = await upload(admin, csv).expect(202);
    const done = await waitForImport(admin, started.body.id);
    expect(done).toMatchObject({ status: 'completed', total: 8, processed: 8, created: 2, updated: 0, skipped: 1, errorCount: 5 });
    expect(done.errors).toEqual([
      { row: 3, message: 'email "not-an-email" is not a valid address' },
      { row: 4, message: 'duplicate of row 2 (same email ANN@example.com)' },
      { row: 5, message: 'unknown status "vip" (use lead, prospect, customer, archived)' },
      { row: 10, message: 'email is missing' },
      { row: 11, message: 'first name is longer than 100 characters' },
    ]);

    const ann = (await env.db.query(`SELECT c.*, co.name AS company FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE email = 'ann@example.com'`)).rows[0];
    expect(ann).toMatchObject({ first_name: 'Ann', last_name: 'Lee', status: 'customer', tags: ['vip', 'hot'], notes: 'Line one\nline two; still notes', company: 'Acme; Inc' });
    // Row 9 names the company of row 2 in another case: matched, not created twice.
    const dan = (await env.db.query(`SELECT c.*, co.name AS company FROM contact c LEFT JOIN company co ON co.id = c.company_id WHERE email = 'dan@example.com'`)).rows[0];
    expect(dan).toMatchObject({ last_name: "O'Brien, Jr", company: 'Acme; Inc', tags: ['a', 'b'], notes: 'He said "hi"' });
    expect((await env.db.query(`SELECT count(*)::int AS n FROM company`)).rows[0].n).toBe(1);
    // onDuplicate=skip (the default) left the existing contact alone.
    const existing = (await env.db.query(`SELECT first_name, status, tags FROM contact WHERE email = 'existing@example.com'`)).rows[0];
    expect(existing).toEqual({ first_name: 'Existing', status: 'lead', tags: ['old'] });
    // Nothing of the refused rows landed, and the uploaded file is gone once the import is done.
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE email IN ('cat@example.com', 'long@example.com')`)).rows[0].n).toBe(0);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact_import_chunk`)).rows[0].n).toBe(0);

    const report = await api.http().get(`/api/contacts/imports/${started.body.id}/errors`).set('Authorization', admin.auth).expect(200);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.text.replace(/^\uFEFF/, '').split('\n')[0]).toBe('row,message');
    expect(report.text).toContain('10,email is missing');
  });

  it('updates existing contacts with onDuplicate=update, merging tags and matching companies by name', async () => {
    const csv = ['email,first_name,status,tags,company', 'existing@example.com,Changed,prospect,new|OLD,ACME; INC', 'fresh@example.com,Fresh,,,Brand New Co'].join('\n');
    const started = await upload(admin, csv, { onDuplicate: 'update' }).expect(202);
    const done = await waitForImport(admin, started.body.id);
    expect(done).toMatchObject({ status: 'completed', total: 2, created: 1, updated: 1, skipped: 0, errorCount: 0 });
    const existing = (await env.db.query(`SELECT c.first_name, c.status, c.tags, co.name AS company FROM contact c JOIN company co ON co.id = c.company_id WHERE email = 'existing@example.com'`)).rows[0];
    expect(existing).toEqual({ first_name: 'Changed', status: 'prospect', tags: ['old', 'new'], company: 'Acme; Inc' });
    expect((await env.db.query(`SELECT count(*)::int AS n FROM company WHERE lower(name) = 'acme; inc'`)).rows[0].n).toBe(1);
    const timeline = (await env.db.query(`SELECT a.title FROM activity a JOIN contact c ON c.id = a.contact_id WHERE c.email = 'existing@example.com' ORDER BY a.title`)).rows.map((r) => r.title);
    expect(timeline).toEqual(['Status changed from lead to prospect (CSV import)', 'Tag added: new (CSV import)']);
  });

  it('applies a changed column mapping', async () => {
    const csv = 'Mail,Org,Internal code\nmapped@example.com,Mapped Org,=1+1\n';
    const preview = await api.http().post('/api/contacts/import/preview').set('Authorization', admin.auth).attach('file', Buffer.from(csv), { filename: 'm.csv', contentType: 'text/csv' }).expect(200);
    expect(preview.body.columns.map(({ header, field }: { header: string; field: string | null }) => ({ header, field }))).toEqual([
      { header: 'Mail', field: 'email' },
      { header: 'Org', field: null },
      { header: 'Internal code', field: null },
    ]);
    expect(preview.body.rows).toEqual([['mapped@example.com', 'Mapped Org', '=1+1']]);
    const started = await upload(admin, csv, { mapping: JSON.stringify({ Org: 'company', 'Internal code': 'notes' }) }).expect(202);
    expect(await waitForImport(admin, started.body.id)).toMatchObject({ status: 'completed', created: 1 });
    const row = (await env.db.query(`SELECT c.notes, co.name FROM contact c JOIN company co ON co.id = c.company_id WHERE email = 'mapped@example.com'`)).rows[0];
    expect(row).toEqual({ notes: '=1+1', name: 'Mapped Org' });
  });

  it('reports a row the CSV parser cannot read, with its spreadsheet row number, and imports the rest', async () => {
    // Row 3 opens a quote it never closes: everything after it is one unreadable record.
    const csv = 'email,first_name\nfirst-ok@example.com,First\nbroken@example.com,"Never closed\nlost@example.com,Lost\n';
    const started = await upload(admin, csv).expect(202);
    const done = await waitForImport(admin, started.body.id);
    expect(done).toMatchObject({ status: 'completed', total: 2, created: 1, errorCount: 1 });
    expect(done.errors).toEqual([{ row: 3, message: expect.stringMatching(/^unreadable CSV: Quote Not Closed/) }]);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE email IN ('broken@example.com', 'lost@example.com')`)).rows[0].n).toBe(0);
  });

  it('refuses files that are too large, not CSV, or unusable, and stores nothing for them', async () => {
    const tooBig = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
    const big = await upload(admin, tooBig);
    expect(big.status).toBe(413);
    expect(big.headers['content-type']).toContain('application/problem+json');

    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const image = await api.http().post('/api/contacts/import').set('Authorization', admin.auth).attach('file', png, { filename: 'photo.png', contentType: 'image/png' });
    expect(image.status).toBe(400);
    expect(image.body.errors[0].field).toBe('file');
    const binary = await upload(admin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]), {}, 'renamed.csv');
    expect(binary.status).toBe(400);
    const latin1 = await upload(admin, Buffer.from('email,first_name\nzoe@example.com,Zo\xe9\n', 'latin1'));
    expect(latin1.status).toBe(400);
    expect(latin1.body.detail).toContain('UTF-8');
    expect((await upload(admin, 'name,phone\nZed,123\n').expect(400)).body.errors[0].message).toContain('email');
    expect((await upload(admin, 'email\n').expect(400)).body.errors[0].message).toContain('no contact rows');
    expect((await upload(admin, 'email\na@b.co\n', { onDuplicate: 'merge' }).expect(400)).body.errors[0].field).toBe('onDuplicate');
    expect((await upload(admin, 'email\na@b.co\n', { mapping: '{"Nope":"email"}' }).expect(400)).body.errors[0].field).toBe('mapping');
    await api.http().post('/api/contacts/import').set('Authorization', admin.auth).send({ file: 'email\na@b.co' }).expect(400);

    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact_import WHERE status <> 'completed'`)).rows[0].n).toBe(0);
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact_import_chunk`)).rows[0].n).toBe(0);
  });

  it("assigns a member's imported contacts to them and reports rows owned by others", async () => {
    const csv = 'email,first_name\nmember-new@example.com,New\nexisting@example.com,Stolen\n';
    const started = await upload(member, csv, { onDuplicate: 'update' }).expect(202);
    const done = await waitForImport(member, started.body.id);
    expect(done).toMatchObject({ status: 'completed', created: 1, updated: 0, errorCount: 1 });
    expect(done.errors).toEqual([{ row: 3, message: 'a contact with this email exists and is assigned to another user' }]);
    const owner = (await env.db.query(`SELECT assigned_to_id FROM contact WHERE email = 'member-new@example.com'`)).rows[0].assigned_to_id;
    expect(owner).toBe(member.user.id);
    expect((await env.db.query(`SELECT first_name FROM contact WHERE email = 'existing@example.com'`)).rows[0].first_name).toBe('Changed');

    const other = await createUserSession(api, admin, 'member');
    await api.http().get(`/api/contacts/imports/${started.body.id}`).set('Authorization', other.auth).expect(404);
    await api.http().get(`/api/contacts/imports/${started.body.id}`).set('Authorization', admin.auth).expect(200);
  });

  it('resumes after the worker is killed mid-import without duplicating or losing rows', async () => {
    const rows = 30_000;
    const lines = ['email,first_name,last_name,tags'];
    for (let i = 0; i < rows; i++) lines.push(`resume-${i}@example.com,First${i},Last${i},bulk`);
    const started = await upload(admin, lines.join('\n')).expect(202);
    const id = started.body.id;
    const partial = await waitForImport(admin, id, (s) => s.processed > 0 || s.status === 'completed');
    await worker.stop('SIGKILL');
    const atKill = (await api.http().get(`/api/contacts/imports/${id}`).set('Authorization', admin.auth)).body as ImportStatus;
    worker = new WorkerProcess(env);
    worker.start();
    const done = await waitForImport(admin, id);
    expect(done).toMatchObject({ status: 'completed', total: rows, processed: rows, created: rows, skipped: 0, errorCount: 0 });
    expect((await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE email LIKE 'resume-%'`)).rows[0].n).toBe(rows);
    // Past 10,000 matches (1,000 for a search) a list says how many it estimates instead of
    // counting every row; pages still come in order.
    const all = await api.http().get('/api/contacts?limit=1').set('Authorization', admin.auth).expect(200);
    expect(all.body).toMatchObject({ totalIsEstimate: true });
    expect(all.body.total).toBeGreaterThan(10_000);
    const broad = await api.http().get('/api/contacts?search=resume-&limit=5&sort=lastName').set('Authorization', admin.auth).expect(200);
    expect(broad.body).toMatchObject({ totalIsEstimate: true });
    expect(broad.body.total).toBeGreaterThan(1_000);
    expect(broad.body.data.map((c: { lastName: string }) => c.lastName)).toEqual(['Last0', 'Last1', 'Last10', 'Last100', 'Last1000']);
    const medium = await api.http().get('/api/contacts?tag=bulk&search=resume-299').set('Authorization', admin.auth).expect(200);
    expect(medium.body).toMatchObject({ total: 111, totalIsEstimate: false });
    const narrow = await api.http().get('/api/contacts?search=resume-2999&sort=-lastName&limit=3').set('Authorization', admin.auth).expect(200);
    expect(narrow.body).toMatchObject({ total: 11, totalIsEstimate: false });
    expect(narrow.body.data.map((c: { lastName: string }) => c.lastName)).toEqual(['Last29999', 'Last29998', 'Last29997']);
    // Evidence that the kill landed mid-import (otherwise this test proves less than it says).
    expect(partial.processed).toBeGreaterThan(0);
    expect(atKill.processed).toBeLessThan(rows);
  }, 300_000);
});
