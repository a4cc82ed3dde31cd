import type { Locator, Page } from 'playwright-core';
import { expectVisible } from './support/expect';
import { DEMO, Journey, startJourney } from './support/journey';

const CARDS = [
  'Contacts',
  'Companies',
  'New contacts',
  'Open deals',
  'Pipeline value',
  'Average deal size',
  'Win rate',
  'Emails sent',
  'Average open rate',
  'Average click rate',
  'Active workflows',
  'Failed steps',
];

const count = new Intl.NumberFormat('en-US');

describe('dashboard journey: the first page, on the demo data', () => {
  let j: Journey;
  const chartChunks: string[] = [];

  beforeAll(async () => {
    j = await startJourney('dashboard', { seed: true });
    j.page.on('request', (request) => {
      const file = request.url().split('/').pop() ?? '';
      if (/chart-[\w-]+\.js$/.test(file)) chartChunks.push(file);
    });
  });

  afterAll(async () => {
    await j?.close();
  });

  it('opens on the dashboard after login, with every card filled from the API', async () => {
    const { page } = j;
    await page.goto(j.url('/'));
    await j.login(DEMO.admin.email, DEMO.password);
    await page.waitForURL(/\/dashboard$/);
    await expectVisible(page.getByRole('heading', { name: 'Dashboard', level: 1 }));

    const figures = await apiGet(j, '/api/dashboard');
    expect(figures.contacts.total).toBeGreaterThan(0);
    expect(figures.deals.open).toBeGreaterThan(0);
    expect(figures.emails.sentThisMonth).toBeGreaterThan(0);
    expect(figures.workflows.active).toBeGreaterThan(0);
    for (const label of CARDS) await expectVisible(card(page, label).locator('p').first());
    await expectVisible(card(page, 'Contacts').getByText(count.format(figures.contacts.total), { exact: true }));
    await expectVisible(card(page, 'Open deals').getByText(count.format(figures.deals.open), { exact: true }));
    await expectVisible(card(page, 'Emails sent').getByText(count.format(figures.emails.sentThisMonth), { exact: true }));
    await expectVisible(card(page, 'Active workflows').getByText(count.format(figures.workflows.active), { exact: true }));
  });

  it('draws the charts, loaded as their own chunks after the page', async () => {
    const { page } = j;
    // Three chart surfaces: emails over time, contacts by status, pipeline value by stage.
    await page.waitForFunction(() => document.querySelectorAll('main svg.MuiChartsSvgLayer-root').length >= 3, null, { timeout: 20_000 });
    expect(chartChunks.sort()).toEqual([
      expect.stringMatching(/^contacts-by-status-chart-/),
      expect.stringMatching(/^emails-over-time-chart-/),
      expect.stringMatching(/^pipeline-value-chart-/),
    ]);

    const figures = await apiGet(j, '/api/dashboard');
    const legend = page.getByRole('list', { name: 'Contacts by status' });
    await expectVisible(legend.getByText('Customer'));
    await expectVisible(legend.getByText(count.format(figures.contacts.byStatus.customer), { exact: true }));

    const stages = page.getByRole('table', { name: 'Pipeline stages' });
    await expectVisible(stages.getByRole('rowheader', { name: 'Won' }));
    const campaigns = page.getByRole('table', { name: 'Top campaigns' });
    await expectVisible(campaigns.getByText(figures.emails.topCampaigns[0].name));
    await expectVisible(page.getByRole('list', { name: 'Recent activity' }).getByText(figures.workflows.recentActivity[0].workflowName).first());
    await j.shot('dashboard-admin');
  });

  it('changes the period from the picker and keeps it in the address', async () => {
    const { page } = j;
    await page.getByRole('button', { name: /^Period:/ }).click();
    await page.getByRole('menuitem', { name: /Last 90 days/ }).click();
    await page.waitForURL(/\/dashboard\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
    const query = new URL(page.url()).search;
    const figures = await apiGet(j, `/api/dashboard${query}`);
    await expectVisible(card(page, 'New contacts').getByText('added in the last 90 days'));
    await expectVisible(card(page, 'New contacts').getByText(count.format(figures.contacts.newThisMonth), { exact: true }));
    await expectVisible(page.getByText('Sent per week, and how many of those were opened and clicked'));
    await j.shot('dashboard-last-90-days');

    await page.reload();
    await expectVisible(page.getByRole('button', { name: /^Period:/ }).getByText('Last 90 days'));
  });

  it('shows a member only their own figures', async () => {
    const { page } = j;
    await page.getByRole('button', { name: `Account menu for ${DEMO.admin.name}` }).click();
    await page.getByRole('menuitem', { name: 'Log out' }).click();
    await page.waitForURL(/\/login$/);
    await j.login(DEMO.member.email, DEMO.password);
    await page.goto(j.url('/dashboard'));
    await expectVisible(page.getByText(/Your contacts, deals and their emails/));

    const all = await apiGet(j, '/api/dashboard');
    const login = await j.api.http().post('/api/auth/login').send({ email: DEMO.member.email, password: DEMO.password }).expect(200);
    const mine = (await j.api.http().get('/api/dashboard').set('Authorization', `Bearer ${login.body.accessToken}`).expect(200)).body;
    expect(mine.contacts.total).toBeGreaterThan(0);
    expect(mine.contacts.total).toBeLessThan(all.contacts.total);
    await expectVisible(card(page, 'Contacts').getByText(count.format(mine.contacts.total), { exact: true }));
    await page.waitForFunction(() => document.querySelectorAll('main svg.MuiChartsSvgLayer-root').length >= 3, null, { timeout: 20_000 });
    await j.shot('dashboard-member');
  });

  it('raised no browser errors along the way', () => {
    expect(j.browserErrors).toEqual([]);
  });
});

function card(page: Page, label: string): Locator {
  return page.getByRole('region', { name: label, exact: true });
}

async function apiGet(j: Journey, path: string) {
  const res = await j.api.http().get(path).set('Authorization', j.admin.auth).expect(200);
  return res.body;
}
