import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

/**
 * Writers that lock a row and then look something up: every lookup must run on the transaction's
 * own connection. One that asks the pool for a second connection waits for ever once every pooled
 * connection (20, apps/api/src/database/data-source.ts) belongs to a writer queued on the same row
 * lock, so this suite sends more writers than that at once and expects every one of them back.
 */
const WRITERS = 40;
const POOL_SIZE = 20;
const ANSWER_WITHIN_MS = 30_000;

describe('concurrent writers on one row (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let owners: Session[];

  beforeAll(async () => {
    api = await env.startApi({ env: { ROLE: 'api' } });
    admin = await registerAdmin(api);
    owners = [await createUserSession(api, admin, 'manager'), await createUserSession(api, admin, 'member')];
  });
  afterAll(() => env.destroy());

  /** All the requests' statuses, or a failure naming how many never answered. */
  async function allAnswered(requests: Promise<{ status: number }>[]): Promise<number[]> {
    let answered = 0;
    const counted = requests.map((r) => r.then((res) => (answered++, res.status)));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${requests.length - answered} of ${requests.length} writers got no answer within ${ANSWER_WITHIN_MS / 1000} s`)), ANSWER_WITHIN_MS);
    });
    try {
      return await Promise.race([Promise.all(counted), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  it(`answers ${WRITERS} concurrent PATCHes of one contact that change its company, owner and email`, async () => {
    expect(WRITERS).toBeGreaterThan(POOL_SIZE);
    const companies = await Promise.all(
      ['Northwind', 'Contoso'].map(async (name) => (await api.http().post('/api/companies').set('Authorization', admin.auth).send({ name }).expect(201)).body.id as string),
    );
    const contact = (await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ email: 'busy@example.com' }).expect(201)).body;

    const statuses = await allAnswered(
      Array.from({ length: WRITERS }, (_, i) =>
        api
          .http()
          .patch(`/api/contacts/${contact.id}`)
          .set('Authorization', admin.auth)
          .send({ companyId: companies[i % 2], assignedToId: owners[i % 2].user.id, email: `busy-${i}@example.com` }),
      ),
    );
    expect(statuses).toEqual(Array(WRITERS).fill(200));

    const final = (await api.http().get(`/api/contacts/${contact.id}`).set('Authorization', admin.auth).expect(200)).body;
    expect(final.email).toMatch(/^busy-\d+@example\.com$/);
    const i = Number(/busy-(\d+)@/.exec(final.email)![1]);
    // The last writer's values, all three together: no writer's change was half applied.
    expect(final).toMatchObject({ companyId: companies[i % 2], assignedToId: owners[i % 2].user.id });
  });

  it(`answers ${WRITERS} concurrent PATCHes of one draft campaign that change its template`, async () => {
    // A process of its own: one whose pool the contacts case exhausted would answer nothing here either.
    const campaignsApi = await env.startApi({ env: { ROLE: 'api' } });
    const templates = await Promise.all(
      ['A', 'B'].map(
        async (name) =>
          (await campaignsApi.http().post('/api/templates').set('Authorization', admin.auth).send({ name: `Template ${name}`, subject: 'Hello', htmlBody: '<p>Hi</p>' }).expect(201)).body
            .id as string,
      ),
    );
    const campaign = (await campaignsApi.http().post('/api/campaigns').set('Authorization', admin.auth).send({ name: 'Busy campaign' }).expect(201)).body;

    const statuses = await allAnswered(
      Array.from({ length: WRITERS }, (_, i) =>
        campaignsApi
          .http()
          .patch(`/api/campaigns/${campaign.id}`)
          .set('Authorization', admin.auth)
          .send({ templateId: templates[i % 2], name: `Busy campaign ${i}` }),
      ),
    );
    expect(statuses).toEqual(Array(WRITERS).fill(200));
  });
});
