import type { Locator, Page } from 'playwright-core';
import { expectTitle, expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

interface Stage {
  id: string;
  name: string;
}

describe('deals journey: work the Kanban board', () => {
  let j: Journey;
  let stages: Record<string, Stage>;
  const dealIds: Record<string, string> = {};

  const api = (method: 'get' | 'post' | 'delete', path: string, body?: object) => {
    const call = j.api.http()[method](path).set('Authorization', j.admin.auth);
    return body ? call.send(body) : call;
  };
  const column = (page: Page, name: string) => page.getByRole('region', { name: `${name} stage` });
  const card = (scope: Page | Locator, title: string) => scope.locator('[data-rfd-draggable-id]').filter({ hasText: title });

  beforeAll(async () => {
    j = await startJourney('deals');
    const pipelines = await api('get', '/api/pipelines').expect(200);
    stages = Object.fromEntries(pipelines.body.data[0].stages.map((s: Stage) => [s.name, s]));
    const acme = (await api('post', '/api/companies', { name: 'Acme Corp' }).expect(201)).body;
    const jane = (await api('post', '/api/contacts', { firstName: 'Jane', lastName: 'Doe', email: 'jane@acme.test', companyId: acme.id }).expect(201)).body;
    const seed = [
      { title: 'Acme Corp — Annual licence', value: 24000, stageId: stages.Lead.id, closeDate: '2031-03-31', contactId: jane.id },
      { title: 'Globex — Pilot project', value: 8500.5, stageId: stages.Lead.id },
      { title: 'Initech — Support renewal', value: 12000, stageId: stages.Qualified.id },
      { title: 'Umbrella — Data migration', value: 3000, stageId: stages.Proposal.id },
    ];
    for (const deal of seed) dealIds[deal.title] = (await api('post', '/api/deals', deal).expect(201)).body.id;
  });

  afterAll(async () => {
    await j?.close();
  });

  it('shows the board: columns with count and value, cards with title, value, owner and close date', async () => {
    const { page } = j;
    await j.login();
    await page.goto(j.url('/deals'));
    const lead = column(page, 'Lead');
    await expectVisible(card(lead, 'Acme Corp — Annual licence'));
    await expectVisible(lead.getByText('$32,500.50'));
    await expectVisible(lead.getByLabel('2 deals'));
    const acme = card(lead, 'Acme Corp — Annual licence');
    await expectVisible(acme.getByText('$24,000'));
    await expectVisible(acme.getByText('Mar 31, 2031'));
    await expectVisible(acme.getByText('Jane Doe'));
    await expectVisible(acme.getByText('Acme Corp', { exact: true }));
    await expectVisible(acme.getByLabel('Owner: Ada Admin'));
    await j.shot('board');
  });

  it('drags a deal to the next stage, and it is still there after a reload', async () => {
    const { page } = j;
    const saved = page.waitForResponse((r) => r.url().includes(`/api/deals/${dealIds['Acme Corp — Annual licence']}/move`) && r.request().method() === 'POST');
    await drag(page, card(page, 'Acme Corp — Annual licence'), column(page, 'Qualified'));
    expect((await saved).status()).toBe(200);
    await expectVisible(card(column(page, 'Qualified'), 'Acme Corp — Annual licence'));
    await expectVisible(column(page, 'Qualified').getByLabel('2 deals'));
    await expectVisible(column(page, 'Lead').getByLabel('1 deal'));
    await j.shot('dragged-to-qualified');

    await page.reload();
    const qualified = column(page, 'Qualified');
    await expectVisible(card(qualified, 'Acme Corp — Annual licence'));
    expect(await card(column(page, 'Lead'), 'Acme Corp').count()).toBe(0);
    await expectVisible(qualified.getByText('$36,000'));
    await j.shot('after-reload');

    const deal = await api('get', `/api/deals/${dealIds['Acme Corp — Annual licence']}`).expect(200);
    expect(deal.body.stageId).toBe(stages.Qualified.id);
    const history = await api('get', `/api/deals/${dealIds['Acme Corp — Annual licence']}/history`).expect(200);
    expect(history.body.map((h: { toStage: { name: string } }) => h.toStage.name)).toEqual(['Lead', 'Qualified']);
  });

  it('moves a deal with the keyboard: space on its title lifts the card, an arrow carries it, space drops it', async () => {
    const { page } = j;
    const saved = page.waitForResponse((r) => r.url().includes(`/api/deals/${dealIds['Initech — Support renewal']}/move`) && r.request().method() === 'POST');
    await card(page, 'Initech — Support renewal').getByRole('link').focus();
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[id^="rfd-announcement"]')?.textContent?.includes('lifted'));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    expect((await saved).status()).toBe(200);
    await expectVisible(card(column(page, 'Proposal'), 'Initech — Support renewal'));
    // The card mounted anew in its column; the focus went with it, so the user can carry on.
    await page.waitForFunction(() => document.activeElement?.textContent === 'Initech — Support renewal');
    await j.shot('moved-by-keyboard');
    const deal = await api('get', `/api/deals/${dealIds['Initech — Support renewal']}`).expect(200);
    expect(deal.body.stageId).toBe(stages.Proposal.id);
  });

  it('drops a deal on Won: it leaves the board and is marked won', async () => {
    const { page } = j;
    await drag(page, card(page, 'Umbrella — Data migration'), page.getByRole('group', { name: 'Mark as won' }));
    await expectVisible(page.getByText('“Umbrella — Data migration” marked as won.'));
    expect(await card(page, 'Umbrella').count()).toBe(0);
    const deal = await api('get', `/api/deals/${dealIds['Umbrella — Data migration']}`).expect(200);
    expect(deal.body).toMatchObject({ status: 'won', stageId: stages.Won.id });
    await j.shot('marked-won');
  });

  it('puts the card back with a message when the API refuses the move', async () => {
    const { page } = j;
    // Someone else deletes the deal while it is on this user's screen.
    await api('delete', `/api/deals/${dealIds['Globex — Pilot project']}`).expect(204);
    await drag(page, card(page, 'Globex — Pilot project'), column(page, 'Proposal'));
    await expectVisible(page.getByText('The deal was not moved: it was deleted or is no longer assigned to you.'));
    expect(await card(column(page, 'Proposal'), 'Globex').count()).toBe(0);
    await j.shot('move-refused');
  });

  it('opens a deal page with its stage history and the contact’s activity, the move included', async () => {
    const { page } = j;
    await card(page, 'Acme Corp — Annual licence').getByRole('link').click();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: 'Acme Corp — Annual licence', level: 1 }));
    await expectTitle(page, 'Acme Corp — Annual licence · Deals · Corral');
    const history = page.getByRole('list', { name: 'Stage history' });
    await expectVisible(history.getByText('Moved to Qualified'));
    await expectVisible(history.getByText('Created in Lead'));
    const activity = page.getByRole('list', { name: 'Activity of Jane Doe' });
    await expectVisible(activity.getByText('Deal "Acme Corp — Annual licence" moved to Qualified'));
    await j.shot('deal-page');
  });

  it('logs a note on the contact’s page, which the deal page shows on the way back without a reload', async () => {
    const { page } = j;
    await page.getByRole('link', { name: 'Jane Doe' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    const deals = page.getByRole('region', { name: 'Deals' });
    await expectVisible(deals.getByRole('link', { name: 'Acme Corp — Annual licence' }));
    await expectVisible(deals.getByText('$24,000 · Qualified'));
    await expectVisible(deals.getByText('Open', { exact: true }));
    const form = page.getByRole('form', { name: 'Log activity' });
    await form.getByLabel('Title').fill('Asked for a multi-year discount');
    await form.getByRole('button', { name: 'Add note' }).click();
    await expectVisible(page.getByRole('list', { name: 'Activity timeline' }).getByText('Asked for a multi-year discount'));
    await j.shot('contact-page');

    await page.goBack();
    await page.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('list', { name: 'Activity of Jane Doe' }).getByText('Asked for a multi-year discount'));
    await j.shot('deal-page-after-note');
  });

  it('creates a deal through the form: the contact brings their company along', async () => {
    const { page } = j;
    await page.goto(j.url('/deals'));
    await page.getByRole('button', { name: 'New deal' }).click();
    const dialog = page.getByRole('dialog', { name: 'New deal' });
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await expectVisible(dialog.getByText('Title must not be empty'));
    await dialog.getByLabel('Title').fill('Acme Corp — Second site');
    await dialog.getByLabel('Value').fill('5400');
    await dialog.getByRole('combobox', { name: 'Contact' }).fill('Jane');
    await page.getByRole('option', { name: /Jane Doe/ }).click();
    expect(await dialog.getByRole('combobox', { name: 'Company' }).inputValue()).toBe('Acme Corp');
    await j.shot('new-deal-form');
    await dialog.getByRole('button', { name: 'Create deal' }).click();
    await expectVisible(page.getByRole('heading', { name: 'Acme Corp — Second site', level: 1 }));
    await expectVisible(page.getByRole('link', { name: 'Jane Doe' }));
    await expectVisible(page.getByRole('link', { name: 'Acme Corp' }));
  });

  it('deletes that deal from its page after a confirmation naming it', async () => {
    const { page } = j;
    await page.getByRole('button', { name: 'Delete' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Acme Corp — Second site”?' });
    await expectVisible(dialog.getByText('Its stage history goes with it. This cannot be undone.'));
    await j.shot('deal-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete deal' }).click();
    await page.waitForURL(/\/deals$/);
    await expectVisible(page.getByRole('heading', { name: 'Deals', level: 1 }));
  });

  it('adds a stage in Settings → Pipelines and the board shows it', async () => {
    const { page } = j;
    await page.goto(j.url('/settings/pipelines'));
    await page.getByRole('region', { name: 'Sales pipeline' }).getByRole('button', { name: 'Edit stages' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit Sales pipeline' });
    await dialog.getByRole('button', { name: 'Add stage' }).click();
    const names = dialog.getByLabel('Stage name');
    await names.nth(4).fill('Contract sent');
    await dialog.getByLabel('Probability').nth(4).fill('90');
    await j.shot('pipeline-editor');
    await dialog.getByRole('button', { name: 'Save pipeline' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expectVisible(page.getByText('Contract sent · 90%'));
    await j.shot('pipelines-settings');

    await page.goto(j.url('/deals'));
    await expectVisible(column(page, 'Contract sent'));
  });

  it('lists the deals as a table, then the companies and a company’s page', async () => {
    const { page } = j;
    await page.getByRole('button', { name: 'List view' }).click();
    await page.waitForURL(/view=list/);
    const deals = page.getByRole('table', { name: 'Deals' });
    await expectVisible(deals.getByRole('link', { name: 'Acme Corp — Annual licence' }));
    await expectVisible(deals.getByRole('row').filter({ hasText: 'Umbrella — Data migration' }).getByText('Won'));
    await j.shot('deals-list');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Companies' }).click();
    await page.waitForURL(/\/companies$/);
    await page.getByRole('table', { name: 'Companies' }).getByRole('link', { name: 'Acme Corp' }).click();
    await page.waitForURL(/\/companies\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: 'Acme Corp', level: 1 }));
    await j.shot('company-page');
    await page.goBack();
    await expectVisible(page.getByRole('table', { name: 'Companies' }).getByText('1', { exact: true }));
    await j.shot('companies');
  });

  it('raised no browser errors along the way', () => {
    expect(j.browserErrors).toEqual([]);
  });
});

/** A mouse drag as a person does it: press, nudge past the drag threshold, glide, release. */
async function drag(page: Page, source: Locator, target: Locator): Promise<void> {
  const from = await source.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('drag: source or target is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + 24);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + 32, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 160), { steps: 16 });
  await page.mouse.up();
}
