import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

/** A loopback receiver standing in for the integrator's system: it answers 200 and keeps what it got. */
function startReceiver(): Promise<{ server: Server; url: string; received: { type: string }[] }> {
  const received: { type: string }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      received.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as { type: string });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"received":true}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/corral`, received })),
  );
}

describe('webhooks journey: an admin adds an endpoint, tests it, and sees a contact change delivered', () => {
  let j: Journey;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    receiver = await startReceiver();
    j = await startJourney('webhooks', { apiEnv: { WEBHOOK_ALLOW_PRIVATE: 'true' } });
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  it('adds a webhook for contact events, with its secret shown once', async () => {
    const { page } = j;
    await page.goto(j.url('/settings/webhooks'));
    await expectVisible(page.getByRole('tab', { name: 'Webhooks', selected: true }));
    await expectVisible(page.getByText('No webhooks yet.'));
    await j.shot('webhooks-empty');

    await page.getByRole('button', { name: 'Add webhook' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add webhook' });
    // Nothing chosen yet: the form says what is missing before calling the API.
    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    await expectVisible(dialog.getByText('Enter the URL Corral posts events to'));
    await expectVisible(dialog.getByText('Choose at least one event'));
    await dialog.getByLabel('Endpoint URL').fill(receiver.url);
    await dialog.getByLabel('Description').fill('CRM sync');
    await dialog.getByRole('checkbox', { name: 'Contacts' }).check();
    await expectVisible(dialog.getByText('4 selected'));
    await j.shot('webhook-form');

    await dialog.getByRole('button', { name: 'Add webhook' }).click();
    const secret = page.getByRole('dialog', { name: 'Signing secret' });
    await expectVisible(secret.getByText('it is shown only once'));
    expect(await secret.getByLabel('Signing secret').inputValue()).toMatch(/^whsec_/);
    await j.shot('webhook-secret');
    await secret.getByRole('button', { name: 'Done' }).click();
    await secret.waitFor({ state: 'hidden' });

    const row = page.getByRole('table', { name: 'Webhook endpoints' }).getByRole('row').filter({ hasText: receiver.url });
    await expectVisible(row.getByText('Healthy'));
    await expectVisible(row.getByRole('switch', { name: `Active: ${receiver.url}` }));
  });

  it('sends a test ping and shows how the endpoint answered', async () => {
    const { page } = j;
    const row = page.getByRole('table', { name: 'Webhook endpoints' }).getByRole('row').filter({ hasText: receiver.url });
    await row.getByRole('button', { name: 'Test' }).click();
    await expectVisible(page.getByText(`The ping was delivered: ${receiver.url} answered 200.`));
    expect(receiver.received.map((r) => r.type)).toContain('ping');
    await j.shot('webhook-test-ping');
  });

  it('delivers a contact created meanwhile, listed as succeeded with the start of the answer', async () => {
    const { page } = j;
    await j.api.http().post('/api/contacts').set('Authorization', j.admin.auth).send({ email: 'wanda@example.com', firstName: 'Wanda' }).expect(201);
    const deliveries = page.getByRole('table', { name: 'Deliveries' });
    const delivery = deliveries.getByRole('row').filter({ hasText: 'contact.created' });
    await expectVisible(delivery.getByText('Succeeded'));
    expect(receiver.received.map((r) => r.type)).toContain('contact.created');

    await delivery.getByRole('button', { name: 'Show the answer' }).click();
    await expectVisible(deliveries.getByText('{"received":true}').first());
    await j.shot('webhook-deliveries');

    await delivery.getByRole('button', { name: 'Redeliver' }).click();
    await expectVisible(page.getByText('contact.created is queued to be delivered again.'));
    // The redelivery reaches the receiver a second time, under the same event.
    for (let waited = 0; receiver.received.filter((r) => r.type === 'contact.created').length < 2; waited += 100) {
      if (waited > 15_000) throw new Error('The redelivery did not reach the receiver');
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(j.browserErrors).toEqual([]);
  });
});
