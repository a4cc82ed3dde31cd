import { screen, within } from '@testing-library/react';
import dayjs from 'dayjs';
import type { Dashboard } from '../api/get-dashboard';
import type { PipelineBreakdown } from '../api/get-pipeline-breakdown';
import type { TimeSeries } from '../api/get-time-series';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', role: 'admin' });
const mia = makeUser({ name: 'Mia Member', role: 'member' });

const summary: Dashboard = {
  contacts: { total: 1234, byStatus: { lead: 600, prospect: 300, customer: 300, archived: 34 }, companies: 87, newThisMonth: 42 },
  deals: { open: 17, pipelineValue: 250_000, averageDealSize: 8125.5, winRate: 0.4 },
  emails: {
    sentThisMonth: 5321,
    campaigns: 3,
    averageOpenRate: 0.3125,
    averageClickRate: 0.0833,
    topCampaigns: [
      { id: 'c1', name: 'Autumn launch', status: 'sent', sent: 2000, opened: 900, clicked: 200, openRate: 0.45, clickRate: 0.1 },
      { id: 'c2', name: 'Webinar invite', status: 'sending', sent: 1000, opened: 250, clicked: 50, openRate: 0.25, clickRate: 0.05 },
    ],
  },
  workflows: {
    active: 4,
    completedExecutions: 120,
    failedSteps: 2,
    recentActivity: [
      {
        stepExecutionId: 's1',
        executionId: 'e1',
        workflowId: 'w1',
        workflowName: 'Welcome series',
        contactId: 'k1',
        contactName: 'Jane Doe',
        action: 'send_email',
        status: 'failed',
        errorMessage: 'Mailbox unavailable',
        executedAt: new Date().toISOString(),
      },
    ],
  },
};

const series: TimeSeries = {
  interval: 'day',
  from: '2026-11-01',
  to: '2026-11-02',
  points: [
    { date: '2026-11-01', contactsCreated: 1, emailsSent: 10, emailsOpened: 4, emailsClicked: 1, dealsWon: 0, dealsWonValue: 0 },
    { date: '2026-11-02', contactsCreated: 0, emailsSent: 0, emailsOpened: 0, emailsClicked: 0, dealsWon: 1, dealsWonValue: 500 },
  ],
};

const pipeline: PipelineBreakdown = {
  pipelineId: 'p1',
  pipelineName: 'Sales pipeline',
  from: '2026-11-01',
  to: '2026-11-02',
  openDeals: 17,
  pipelineValue: 250_000,
  weightedPipelineValue: 100_000,
  winRate: 0.4,
  averageDealSize: 8125.5,
  stages: [
    { id: 'st1', name: 'Lead', order: 0, probability: 10, outcome: null, count: 10, value: 50_000, averageSecondsInStage: 259_200, completedStays: 4 },
    { id: 'st2', name: 'Won', order: 1, probability: 100, outcome: 'won', count: 2, value: 16_251, averageSecondsInStage: null, completedStays: 0 },
  ],
};

function fakeApi(user = ada) {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: user },
    'GET /api/dashboard': { status: 200, body: summary },
    'GET /api/dashboard/timeseries': { status: 200, body: series },
    'GET /api/dashboard/pipeline': { status: 200, body: pipeline },
    'GET /api/pipelines': { status: 200, body: { data: [], total: 0, limit: 200, offset: 0 } },
  });
}

function card(label: string): HTMLElement {
  return screen.getByRole('region', { name: label });
}

describe('dashboard', () => {
  it('shows the twelve figures, the top campaigns and the latest workflow steps', async () => {
    const api = fakeApi();
    renderApp('/dashboard', { api, session });

    expect(await within(await screen.findByRole('region', { name: 'Contacts' })).findByText('1,234')).toBeInTheDocument();
    const expected: [string, string][] = [
      ['Companies', '87'],
      ['New contacts', '42'],
      ['Open deals', '17'],
      ['Pipeline value', '$250K'],
      ['Average deal size', '$8,126'],
      ['Win rate', '40%'],
      ['Emails sent', '5,321'],
      ['Average open rate', '31.3%'],
      ['Average click rate', '8.3%'],
      ['Active workflows', '4'],
      ['Failed steps', '2'],
    ];
    for (const [label, value] of expected) expect(within(card(label)).getByText(value)).toBeInTheDocument();
    expect(within(card('Emails sent')).getByText('this month · 3 campaigns')).toBeInTheDocument();

    const campaigns = screen.getByRole('table', { name: 'Top campaigns' });
    const rows = within(campaigns).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0].textContent)).toEqual(['Autumn launchsent', 'Webinar invitesending']);
    expect(within(rows[0]).getByText('45%')).toBeInTheDocument();

    const feed = screen.getByRole('list', { name: 'Recent activity' });
    expect(within(feed).getByText('Welcome series')).toBeInTheDocument();
    expect(within(feed).getByText('Mailbox unavailable')).toBeInTheDocument();

    // The stage table, and the lazily loaded contacts chart with its legend.
    const stages = await screen.findByRole('table', { name: 'Pipeline stages' });
    expect(within(stages).getByRole('rowheader', { name: 'Lead' }).closest('tr')).toHaveTextContent('3 days');
    expect(within(await screen.findByRole('list', { name: 'Contacts by status' })).getByText('600')).toBeInTheDocument();

    // This month, explicitly, on every call.
    const today = dayjs();
    const asked = api.callsTo('GET /api/dashboard')[0].url.searchParams;
    expect(Object.fromEntries(asked)).toEqual({ from: today.startOf('month').format('YYYY-MM-DD'), to: today.format('YYYY-MM-DD') });
    expect(api.unhandled).toEqual([]);
  });

  it('asks for the period picked and keeps it in the address', async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/dashboard', { api, session });
    await screen.findByRole('region', { name: 'Contacts' });

    await user.click(screen.getByRole('button', { name: /^Period:/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Last month/ }));

    const lastMonth = dayjs().subtract(1, 'month');
    const range = { from: lastMonth.startOf('month').format('YYYY-MM-DD'), to: lastMonth.endOf('month').format('YYYY-MM-DD') };
    await screen.findByRole('button', { name: /^Period:/ });
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual(range);
    const last = api.callsTo('GET /api/dashboard').at(-1)!;
    expect(Object.fromEntries(last.url.searchParams)).toEqual(range);
    expect(within(card('New contacts')).getByText('added last month')).toBeInTheDocument();
  });

  it('refuses a custom period that ends before it starts', async () => {
    const api = fakeApi();
    const { user } = renderApp('/dashboard', { api, session });
    await screen.findByRole('region', { name: 'Contacts' });

    await user.click(screen.getByRole('button', { name: /^Period:/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Choose a period' });
    const from = within(dialog).getByLabelText('From');
    const to = within(dialog).getByLabelText('To');
    await user.clear(from);
    await user.type(from, '2026-03-20');
    await user.clear(to);
    await user.type(to, '2026-03-10');
    expect(within(dialog).getByText('must not be before From')).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
  });

  it('offers Retry when the pipeline fails to load, and asks again', async () => {
    const api = fakeApi();
    api.set('GET /api/dashboard/pipeline', { status: 500, body: problem(500, 'Database unavailable') }, { status: 200, body: pipeline });
    const { user } = renderApp('/dashboard', { api, session });

    const panel = await screen.findByRole('region', { name: 'Pipeline value by stage' });
    const alert = await within(panel).findByRole('alert');
    expect(alert).toHaveTextContent('The pipeline could not be loaded');
    const before = api.callsTo('GET /api/dashboard/pipeline').length;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await within(panel).findByRole('table', { name: 'Pipeline stages' })).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/dashboard/pipeline')).toHaveLength(before + 1);
  });

  it('tells a member the figures are theirs, and says so when the figures fail to load', async () => {
    const api = fakeApi(mia);
    api.set('GET /api/dashboard', { status: 500, body: problem(500, 'Database unavailable') });
    renderApp('/dashboard', { api, session });

    expect(await screen.findByText(/Your contacts, deals and their emails/)).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('The figures could not be loaded');
  });
});
