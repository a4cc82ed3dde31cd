import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

type Contact = { id: string; email: string; firstName: string; lastName: string; status: string; tags: string[]; assignedToId: string | null; companyId: string | null };

describe('contacts and companies (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;
  let otherMember: Session;

  const post = (s: Session, path: string, body: object) => api.http().post(path).set('Authorization', s.auth).send(body);
  const get = (s: Session, path: string) => api.http().get(path).set('Authorization', s.auth);
  const createContact = async (s: Session, body: object): Promise<Contact> => (await post(s, '/api/contacts', body).expect(201)).body;
  const emails = (res: { body: { data: Contact[] } }) => res.body.data.map((c) => c.email).sort();

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager', 'morgan@example.com');
    member = await createUserSession(api, admin, 'member', 'sam@example.com');
    otherMember = await createUserSession(api, admin, 'member', 'olga@example.com');
  });
  afterAll(() => env.destroy());

  describe('CRUD', () => {
    it('creates, reads, patches, replaces and deletes a contact', async () => {
      const company = (await post(admin, '/api/companies', { name: 'Analytical Engines Ltd', domain: 'https://www.Engines.example/about' }).expect(201)).body;
      expect(company).toMatchObject({ name: 'Analytical Engines Ltd', domain: 'www.engines.example', contactCount: 0 });

      const created = await createContact(admin, {
        firstName: ' Ada ',
        lastName: 'Lovelace',
        email: 'ada@engines.example',
        phone: '+44 20 7946 0000',
        companyId: company.id,
        status: 'prospect',
        tags: ['VIP', 'vip', ' Math  Club '],
        notes: 'Met at the Royal Society',
      });
      expect(created).toMatchObject({
        firstName: 'Ada',
        fullName: 'Ada Lovelace',
        company: { id: company.id, name: 'Analytical Engines Ltd' },
        status: 'prospect',
        tags: ['vip', 'math club'],
        assignedToId: null,
      });

      const fetched = await get(admin, `/api/contacts/${created.id}`).expect(200);
      expect(fetched.body).toEqual(created);

      const patched = await api.http().patch(`/api/contacts/${created.id}`).set('Authorization', admin.auth).send({ status: 'customer', phone: null, assignedToId: manager.user.id }).expect(200);
      expect(patched.body).toMatchObject({ status: 'customer', phone: null, lastName: 'Lovelace', assignedTo: { id: manager.user.id, name: 'Test manager' } });

      // PUT is a full replace: what is not sent goes back to its default.
      const replaced = await api.http().put(`/api/contacts/${created.id}`).set('Authorization', admin.auth).send({ email: 'ada.lovelace@engines.example', firstName: 'Augusta' }).expect(200);
      expect(replaced.body).toMatchObject({ firstName: 'Augusta', lastName: '', email: 'ada.lovelace@engines.example', status: 'lead', tags: [], notes: null, companyId: null, assignedToId: null });

      const detail = await get(admin, `/api/companies/${company.id}`).expect(200);
      expect(detail.body.contactCount).toBe(0);

      await api.http().delete(`/api/contacts/${created.id}`).set('Authorization', admin.auth).expect(204);
      await get(admin, `/api/contacts/${created.id}`).expect(404);
    });

    it('refuses a duplicate email in another case with a 409 that names the existing contact', async () => {
      const first = await createContact(admin, { firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' });
      const res = await post(admin, '/api/contacts', { firstName: 'G', email: 'GRACE@Navy.Example' });
      expect(res.status).toBe(409);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.detail).toContain('Grace Hopper');
      expect(res.body.existingContactId).toBe(first.id);

      const other = await createContact(admin, { email: 'someone@navy.example' });
      const patch = await api.http().patch(`/api/contacts/${other.id}`).set('Authorization', admin.auth).send({ email: 'Grace@NAVY.example' });
      expect(patch.status).toBe(409);
      expect((await env.db.query(`SELECT count(*)::int AS n FROM contact WHERE lower(email) = 'grace@navy.example'`)).rows[0].n).toBe(1);
    });
  });

  describe('validation', () => {
    it('lists every bad field as problem+json and writes nothing', async () => {
      const before = (await env.db.query('SELECT count(*)::int AS n FROM contact')).rows[0].n;
      const res = await post(admin, '/api/contacts', {
        email: 'not-an-email',
        firstName: 7,
        status: 'hot',
        tags: ['ok', 'x'.repeat(51)],
        companyId: 'nope',
        nickname: 'Ace',
      });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'email', message: 'Email must be a valid email address' },
          { field: 'firstName', message: 'First name must be a string' },
          { field: 'status', message: 'Status must be one of lead, prospect, customer, archived' },
          { field: 'tags', message: 'Tags: each tag must be at most 50 characters' },
          { field: 'companyId', message: 'Company must be a UUID' },
          { field: 'nickname', message: 'Nickname is not an allowed field' },
        ]),
      );
      expect((await env.db.query('SELECT count(*)::int AS n FROM contact')).rows[0].n).toBe(before);
    });

    it('names the field for a bad id, query filter, sort, missing company or owner', async () => {
      expect((await get(admin, '/api/contacts/123').expect(400)).body.errors).toEqual([{ field: 'id', message: 'ID must be a UUID' }]);
      expect((await get(admin, '/api/contacts?sort=password').expect(400)).body.errors[0].field).toBe('sort');
      expect((await get(admin, '/api/contacts?status=lead,hot').expect(400)).body.errors[0].field).toBe('status');
      expect((await get(admin, '/api/contacts?limit=500').expect(400)).body.errors[0].field).toBe('limit');
      const missing = '00000000-0000-4000-8000-000000000000';
      const res = await post(admin, '/api/contacts', { email: 'ref@example.com', companyId: missing, assignedToId: missing }).expect(400);
      expect(res.body.errors).toEqual([
        { field: 'companyId', message: 'This company no longer exists; choose another' },
        { field: 'assignedToId', message: 'Owner is not an active user; choose another owner' },
      ]);
      expect(res.body.detail).toBe('This company no longer exists; choose another. Owner is not an active user; choose another owner');
      const patch = await api.http().patch(`/api/contacts/${missing}`).set('Authorization', admin.auth).send({ email: null });
      expect(patch.status).toBe(400);
      expect(patch.body.errors[0].field).toBe('email');
    });
  });

  describe('member visibility', () => {
    let mine: Contact;
    let theirs: Contact;

    beforeAll(async () => {
      mine = await createContact(member, { firstName: 'Mina', lastName: 'Member', email: 'mina@visible.example', tags: ['shared-tag'] });
      theirs = await createContact(otherMember, { firstName: 'Theo', lastName: 'Hidden', email: 'theo@hidden.example', tags: ['shared-tag', 'secret-tag'] });
    });

    it('assigns contacts a member creates to that member, and refuses assigning them to someone else', async () => {
      expect(mine.assignedToId).toBe(member.user.id);
      const res = await post(member, '/api/contacts', { email: 'gift@visible.example', assignedToId: otherMember.user.id });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'assignedToId', message: 'You can assign contacts only to yourself' }]);
    });

    it("answers 404 for another owner's contact on every route", async () => {
      const id = theirs.id;
      await get(member, `/api/contacts/${id}`).expect(404);
      await api.http().patch(`/api/contacts/${id}`).set('Authorization', member.auth).send({ status: 'customer' }).expect(404);
      await api.http().put(`/api/contacts/${id}`).set('Authorization', member.auth).send({ email: 'theo@hidden.example' }).expect(404);
      await api.http().delete(`/api/contacts/${id}`).set('Authorization', member.auth).expect(404);
      await get(member, `/api/contacts/${id}/activities`).expect(404);
      await post(member, `/api/contacts/${id}/activities`, { type: 'note', title: 'sneaky' }).expect(404);
      await post(member, `/api/contacts/${id}/tags`, { tags: ['x'] }).expect(404);
      await api.http().delete(`/api/contacts/${id}/tags/secret-tag`).set('Authorization', member.auth).expect(404);
      await post(member, '/api/contacts/bulk/tags', { contactIds: [mine.id, id], tags: ['x'] }).expect(404);
      const unchanged = (await get(admin, `/api/contacts/${id}`).expect(200)).body;
      expect(unchanged).toMatchObject({ status: 'lead', tags: ['shared-tag', 'secret-tag'] });
      expect((await env.db.query(`SELECT count(*)::int AS n FROM activity WHERE contact_id = $1`, [id])).rows[0].n).toBe(0);
    });

    it('leaves them out of lists, counts, search, tags and export', async () => {
      const list = await get(member, '/api/contacts?limit=200').expect(200);
      expect(list.body.data.every((c: Contact) => c.assignedToId === member.user.id)).toBe(true);
      expect(list.body.total).toBe(list.body.data.length);
      expect((await get(member, '/api/contacts?search=theo').expect(200)).body).toMatchObject({ data: [], total: 0 });
      expect((await get(member, `/api/contacts?assignedToId=${otherMember.user.id}`).expect(200)).body.total).toBe(0);
      const tags = (await get(member, '/api/contacts/tags').expect(200)).body;
      expect(tags).toEqual([{ tag: 'shared-tag', count: 1 }]);
      const csv = (await get(member, '/api/contacts/export').expect(200)).text;
      expect(csv).toContain('mina@visible.example');
      expect(csv).not.toContain('theo@hidden.example');
      // A manager sees both.
      expect((await get(manager, '/api/contacts?tag=shared-tag').expect(200)).body.total).toBe(2);
    });

    it('does not reveal who holds an email a member cannot see', async () => {
      const res = await post(member, '/api/contacts', { email: 'THEO@hidden.example' });
      expect(res.status).toBe(409);
      expect(res.body.detail).not.toContain('Theo');
      expect(res.body.existingContactId).toBeUndefined();
    });

    it("counts only a member's own contacts on a company", async () => {
      const company = (await post(admin, '/api/companies', { name: 'Shared Corp' }).expect(201)).body;
      await api.http().patch(`/api/contacts/${mine.id}`).set('Authorization', member.auth).send({ companyId: company.id }).expect(200);
      await api.http().patch(`/api/contacts/${theirs.id}`).set('Authorization', admin.auth).send({ companyId: company.id }).expect(200);
      expect((await get(member, `/api/companies/${company.id}`).expect(200)).body).toMatchObject({ contactCount: 1, contactsByStatus: { lead: 1 } });
      expect((await get(admin, `/api/companies/${company.id}`).expect(200)).body.contactCount).toBe(2);
      const row = (await get(member, '/api/companies?search=shared').expect(200)).body.data[0];
      expect(row.contactCount).toBe(1);
      expect((await get(member, `/api/contacts?companyId=${company.id}`).expect(200)).body.total).toBe(1);
    });
  });

  describe('filters and search', () => {
    let acme: { id: string };

    beforeAll(async () => {
      acme = (await post(admin, '/api/companies', { name: 'Acme Search Co', industry: 'Manufacturing' }).expect(201)).body;
      await createContact(admin, { firstName: 'Marie', lastName: 'Curie', email: 'marie@radium.example', status: 'customer', tags: ['nobel', 'physics'], companyId: acme.id, assignedToId: manager.user.id });
      await createContact(admin, { firstName: 'Pierre', lastName: 'Curie', email: 'pierre@radium.example', status: 'customer', tags: ['nobel'], companyId: acme.id });
      await createContact(admin, { firstName: 'Lise', lastName: 'Meitner', email: 'lise@fission.example', status: 'prospect', tags: ['physics'] });
      await createContact(admin, { firstName: 'Emmy', lastName: 'Noether', email: 'emmy@algebra.example', status: 'lead', tags: ['math_50%'] });
    });

    it('searches first name, last name, full name and email, ignoring case', async () => {
      expect(emails(await get(admin, '/api/contacts?search=MARIE').expect(200))).toEqual(['marie@radium.example']);
      expect(emails(await get(admin, '/api/contacts?search=curie').expect(200))).toEqual(['marie@radium.example', 'pierre@radium.example']);
      expect(emails(await get(admin, '/api/contacts?search=pierre%20cur').expect(200))).toEqual(['pierre@radium.example']);
      expect(emails(await get(admin, '/api/contacts?search=FISSION.ex').expect(200))).toEqual(['lise@fission.example']);
      // LIKE wildcards in the search are literal text.
      expect((await get(admin, '/api/contacts?search=%25').expect(200)).body.total).toBe(0);
    });

    it('combines status, tag, company and owner filters', async () => {
      expect(emails(await get(admin, '/api/contacts?status=customer&tag=physics').expect(200))).toEqual(['marie@radium.example']);
      expect(emails(await get(admin, '/api/contacts?status=prospect,lead&tag=Physics').expect(200))).toEqual(['lise@fission.example']);
      expect(emails(await get(admin, `/api/contacts?companyId=${acme.id}&tag=nobel&assignedToId=${manager.user.id}`).expect(200))).toEqual(['marie@radium.example']);
      expect(emails(await get(admin, `/api/contacts?companyId=${acme.id}&assignedToId=none`).expect(200))).toEqual(['pierre@radium.example']);
      expect(emails(await get(admin, '/api/contacts?tag=math_50%25').expect(200))).toEqual(['emmy@algebra.example']);
    });

    it('sorts on listed columns and pages without overlap', async () => {
      const byLast = await get(admin, `/api/contacts?companyId=${acme.id}&sort=firstName`).expect(200);
      expect(byLast.body.data.map((c: Contact) => c.firstName)).toEqual(['Marie', 'Pierre']);
      const desc = await get(admin, `/api/contacts?companyId=${acme.id}&sort=-firstName`).expect(200);
      expect(desc.body.data.map((c: Contact) => c.firstName)).toEqual(['Pierre', 'Marie']);
      const page1 = await get(admin, '/api/contacts?sort=email&limit=2&offset=0').expect(200);
      const page2 = await get(admin, '/api/contacts?sort=email&limit=2&offset=2').expect(200);
      expect(page1.body).toMatchObject({ limit: 2, offset: 0 });
      expect(page1.body.total).toBe(page2.body.total);
      const ids = [...page1.body.data, ...page2.body.data].map((c: Contact) => c.id);
      expect(new Set(ids).size).toBe(4);
      const all = (await get(admin, '/api/contacts?sort=email&limit=200').expect(200)).body.data.map((c: Contact) => c.email);
      expect(all).toEqual([...all].sort((a: string, b: string) => a.toLowerCase().localeCompare(b.toLowerCase())));
    });
  });

  describe('tags and activities', () => {
    it('adds and removes tags with system activities, and keeps manual activities newest first', async () => {
      const contact = await createContact(admin, { firstName: 'Alan', lastName: 'Turing', email: 'alan@bletchley.example', tags: ['crypto'] });
      const added = await post(admin, `/api/contacts/${contact.id}/tags`, { tags: ['Enigma', 'crypto', 'enigma'] }).expect(200);
      expect(added.body.tags).toEqual(['crypto', 'enigma']);
      // Adding tags it already holds changes nothing and records nothing.
      await post(admin, `/api/contacts/${contact.id}/tags`, { tags: ['CRYPTO'] }).expect(200);
      const removed = await api.http().delete(`/api/contacts/${contact.id}/tags/CRYPTO`).set('Authorization', admin.auth).expect(200);
      expect(removed.body.tags).toEqual(['enigma']);
      await api.http().patch(`/api/contacts/${contact.id}`).set('Authorization', admin.auth).send({ status: 'customer' }).expect(200);
      const note = await post(admin, `/api/contacts/${contact.id}/activities`, { type: 'note', title: 'Called about the bombe', description: 'Follow up in May' }).expect(201);
      expect(note.body).toMatchObject({ type: 'note', createdBy: { id: admin.user.id, name: 'Ada Admin' } });

      const timeline = await get(admin, `/api/contacts/${contact.id}/activities`).expect(200);
      expect(timeline.body.data.map((a: { type: string; title: string }) => `${a.type}: ${a.title}`)).toEqual([
        'note: Called about the bombe',
        'system: Status changed from lead to customer',
        'system: Tag removed: crypto',
        'system: Tag added: enigma',
      ]);
      expect(timeline.body.total).toBe(4);

      const bad = await post(admin, `/api/contacts/${contact.id}/activities`, { type: 'system', title: '' }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['title', 'type']);
      await post(admin, `/api/contacts/${contact.id}/tags`, { tags: [] }).expect(400);
    });

    it('tags and assigns a selection in bulk', async () => {
      const a = await createContact(admin, { email: 'bulk-a@example.com', tags: ['bulk'] });
      const b = await createContact(admin, { email: 'bulk-b@example.com' });
      const tagged = await post(admin, '/api/contacts/bulk/tags', { contactIds: [a.id, b.id], tags: ['bulk', 'q3'] }).expect(200);
      expect(tagged.body).toEqual({ updated: 2 });
      expect((await get(admin, `/api/contacts/${a.id}`)).body.tags).toEqual(['bulk', 'q3']);
      const assigned = await post(manager, '/api/contacts/bulk/assign', { contactIds: [a.id, b.id], assignedToId: member.user.id }).expect(200);
      expect(assigned.body).toEqual({ updated: 2 });
      expect((await get(member, `/api/contacts/${b.id}`).expect(200)).body.tags).toEqual(['bulk', 'q3']);
      await post(member, '/api/contacts/bulk/assign', { contactIds: [a.id], assignedToId: null }).expect(403);
    });
  });

  describe('export', () => {
    it('streams the filtered contacts as CSV with formula-like cells escaped', async () => {
      await createContact(admin, {
        firstName: '=HYPERLINK("http://evil.example","click")',
        lastName: '@SUM(A1:A9)',
        email: 'formula@export.example',
        phone: '+1 555 0100',
        notes: '-2+3, and "quotes"\non two lines',
        tags: ['export-test'],
      });
      await createContact(admin, { firstName: 'Plain', lastName: 'Person', email: 'plain@export.example', tags: ['export-test'], status: 'customer' });
      const res = await get(admin, '/api/contacts/export?tag=export-test&sort=ignored');
      // Unknown query parameters are refused like everywhere else.
      expect(res.status).toBe(400);

      const csv = await get(admin, '/api/contacts/export?tag=export-test').expect(200);
      expect(csv.headers['content-type']).toContain('text/csv');
      expect(csv.headers['content-disposition']).toMatch(/attachment; filename="contacts-\d{4}-\d{2}-\d{2}\.csv"/);
      const lines = csv.text.replace(/^\uFEFF/, '');
      expect(lines.split(/\r?\n/)[0]).toBe('first_name,last_name,email,phone,company,status,tags,notes,owner_email,created_at,updated_at');
      expect(lines).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")",'@SUM(A1:A9),formula@export.example,'+1 555 0100,,lead,export-test,"'-2+3, and ""quotes""\non two lines"`);
      expect(lines).toContain('Plain,Person,plain@export.example,,,customer,export-test,');
      expect(lines.trim().split('\n').filter((l) => l.includes('@export.example'))).toHaveLength(2);

      const customers = (await get(admin, '/api/contacts/export?tag=export-test&status=customer').expect(200)).text;
      expect(customers).toContain('plain@export.example');
      expect(customers).not.toContain('formula@export.example');
    });
  });

  describe('companies', () => {
    it('refuses duplicate names in any case, lets only managers delete, and keeps contacts of a deleted company', async () => {
      const company = (await post(member, '/api/companies', { name: 'Babbage & Co', industry: 'Computing', size: '11-50' }).expect(201)).body;
      const dup = await post(admin, '/api/companies', { name: 'BABBAGE & CO' });
      expect(dup.status).toBe(409);
      expect(dup.body.existingCompanyId).toBe(company.id);
      expect((await post(admin, '/api/companies', { name: 'Bad Domain', domain: 'not a domain' }).expect(400)).body.errors[0].field).toBe('domain');

      const contact = await createContact(admin, { email: 'charles@babbage.example', companyId: company.id });
      const renamed = await api.http().patch(`/api/companies/${company.id}`).set('Authorization', member.auth).send({ name: 'Babbage Engines' }).expect(200);
      expect(renamed.body).toMatchObject({ name: 'Babbage Engines', industry: 'Computing', contactCount: 0 });
      expect((await get(admin, `/api/contacts/${contact.id}`)).body.company.name).toBe('Babbage Engines');
      expect((await get(admin, '/api/companies?search=babbage&sort=-contactCount').expect(200)).body.data[0]).toMatchObject({ contactCount: 1 });
      expect(await get(admin, '/api/companies/industries').expect(200).then((r) => r.body)).toContain('Computing');

      await api.http().delete(`/api/companies/${company.id}`).set('Authorization', member.auth).expect(403);
      await api.http().delete(`/api/companies/${company.id}`).set('Authorization', manager.auth).expect(204);
      expect((await get(admin, `/api/contacts/${contact.id}`).expect(200)).body).toMatchObject({ companyId: null, company: null });
      await get(admin, `/api/companies/${company.id}`).expect(404);
    });
  });
});
