import { factories } from '../support/factories';
import { SmtpSink } from '../support/smtp-sink';
import { ApiProcess, registerAdmin, Session, TestEnvironment } from '../support/test-app';
import { eventually, pathOf, urlsIn } from './support';

const LIMIT = 4;

/**
 * TRACK_RATE_LIMIT is one allowance per client address whichever API process a hit reaches: two
 * processes behind a load balancer share it through Redis.
 */
describe('tracking rate limit across API processes (e2e)', () => {
  const env = new TestEnvironment();
  const sink = new SmtpSink();
  let first: ApiProcess;
  let second: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    await sink.start();
    const shared = { SMTP_URL: sink.url, TRACK_RATE_LIMIT: String(LIMIT) };
    first = await env.startApi({ env: shared });
    second = await env.startApi({ env: { ...shared, ROLE: 'api' } });
    admin = await registerAdmin(first);
  });
  afterAll(async () => {
    await env.destroy();
    await sink.stop();
  });

  it('counts one allowance per client across both processes; past it pixels and links still answer', async () => {
    await first
      .http()
      .patch('/api/settings/email')
      .set('Authorization', admin.auth)
      .send({ fromEmail: 'news@corral.test', fromName: 'Corral News', postalAddress: '12 Harbour Road, Portsmouth' })
      .expect(200);
    await factories.contact(env.db, { email: 'reader@example.com', tags: ['readers'] });
    const { id: templateId } = await factories.template(env.db, { subject: 'Hello', htmlBody: '<p><a href="https://shop.test/">Shop</a></p>' });
    const campaign = await first
      .http()
      .post('/api/campaigns')
      .set('Authorization', admin.auth)
      .send({ name: 'Limited', templateId, segmentFilter: { tags: ['readers'] } })
      .expect(201);
    await first.http().post(`/api/campaigns/${campaign.body.id}/send`).set('Authorization', admin.auth).expect(202);
    const [mail] = await eventually(async () => sink.to('reader@example.com').length > 0 && sink.to('reader@example.com'), 'the campaign email');
    const urls = urlsIn(String(mail.parsed.html));
    const open = pathOf(urls.find((u) => u.includes('/track/open/')) as string);
    const click = pathOf(urls.find((u) => u.includes('/track/click/')) as string);

    // Five opens at once through each process: ten from one client, whose allowance is four.
    // Hits arriving together are counted in one step per process, which must still stop at four.
    const pixels = await Promise.all([first, second].flatMap((api) => Array.from({ length: 5 }, () => api.http().get(open).buffer(true))));
    expect(pixels.map((pixel) => [pixel.status, pixel.headers['content-type']])).toEqual(Array(10).fill([200, 'image/gif']));
    // Its allowance is spent: the link still redirects, the click does not count.
    await second.http().get(click).expect(302).expect('Location', 'https://shop.test/');

    const counts = async () =>
      (await env.db.query('SELECT open_count, click_count FROM email_log WHERE campaign_id = $1', [campaign.body.id])).rows[0] as { open_count: number; click_count: number };
    await eventually(async () => (await counts()).open_count >= LIMIT, 'the allowed opens to be recorded');
    // Recording happens after the answer: give stray hits time to land before asserting there are none.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await counts()).toEqual({ open_count: LIMIT, click_count: 0 });
    const stats = await first.http().get(`/api/campaigns/${campaign.body.id}/stats`).set('Authorization', admin.auth).expect(200);
    expect(stats.body).toMatchObject({ opened: 1, clicked: 0 });
  }, 90_000);
});
