import { readFileSync } from 'fs';
import { request as httpRequest } from 'http';
import { resolve } from 'path';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';
import { eventually } from './support/workflow-helpers';

const FIXTURES = resolve(__dirname, 'fixtures');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name));

type ImportStatus = {
  status: string;
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
         FROM contact c LEFT JOIN company co ON co.id = c.company_id LEFT JOIN "user" u ON u.id = c.assigned_to_id WHERE lower(c.email) = lower($1)`,
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
});
