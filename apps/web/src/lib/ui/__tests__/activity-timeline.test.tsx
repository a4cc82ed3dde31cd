import type { components } from '@corral/api-client';
import { act, screen, within } from '@testing-library/react';
import { FakeApi, makeUser } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import { createQueryClient } from '../../query-client';

type Activity = components['schemas']['ActivityDto'];
type Contact = components['schemas']['ContactDto'];
type Deal = components['schemas']['DealDto'];
type Pipeline = components['schemas']['PipelineDto'];

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', role: 'admin' });
const CREATED = '2025-02-01T00:00:00.000Z';

const pipeline: Pipeline = {
  id: '10000000-0000-4000-8000-000000000001',
  name: 'Sales pipeline',
  description: null,
  isDefault: true,
  createdAt: CREATED,
  updatedAt: CREATED,
  stages: [
    { id: '20000000-0000-4000-8000-000000000001', name: 'Lead', order: 0, probability: 10, outcome: null },
    { id: '20000000-0000-4000-8000-000000000002', name: 'Won', order: 1, probability: 100, outcome: 'won' },
    { id: '20000000-0000-4000-8000-000000000003', name: 'Lost', order: 2, probability: 0, outcome: 'lost' },
  ],
};
const [lead, won] = pipeline.stages;

const jane: Contact = {
  id: '40000000-0000-4000-8000-000000000001',
  firstName: 'Jane',
  lastName: 'Doe',
  fullName: 'Jane Doe',
  email: 'jane@acme.test',
  phone: null,
  companyId: null,
  company: null,
  status: 'prospect',
  tags: [],
  notes: null,
  assignedToId: null,
  assignedTo: null,
  customFields: {},
  createdAt: CREATED,
  updatedAt: CREATED,
};

const deal: Deal = {
  id: '30000000-0000-4000-8000-000000000001',
  title: 'Acme renewal',
  description: null,
  value: 12000,
  currency: 'USD',
  contactId: jane.id,
  companyId: null,
  pipelineId: pipeline.id,
  stageId: lead.id,
  status: 'open',
  assignedToId: null,
  closeDate: null,
  position: 1,
  stageChangedAt: CREATED,
  createdAt: CREATED,
  updatedAt: CREATED,
  contact: { id: jane.id, name: jane.fullName, email: jane.email },
  company: null,
  assignedTo: null,
  stage: { id: lead.id, name: lead.name, probability: lead.probability, outcome: lead.outcome },
  pipeline: { id: pipeline.id, name: pipeline.name },
  customFields: {},
};

const emptyPage = { status: 200, body: { data: [], total: 0, limit: 20, offset: 0 } };

/** The API of a deal with Jane as its contact, keeping Jane's timeline as the server would. */
function apiWithTimeline(earlier: Partial<Activity>[] = []) {
  let count = 0;
  const timeline: Activity[] = [];
  const record = (type: Activity['type'], title: string, extra: Partial<Activity> = {}): Activity => {
    count += 1;
    const activity = { id: `50000000-0000-4000-8000-${String(count).padStart(12, '0')}`, contactId: jane.id, type, title, description: null, createdBy: null, apiKey: null, createdAt: CREATED, ...extra };
    timeline.unshift(activity);
    return activity;
  };
  for (const entry of earlier) record(entry.type ?? 'note', entry.title ?? 'Earlier', entry);
  record('system', 'Deal "Acme renewal" created in Lead');
  let current = deal;

  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: ada },
    'GET /api/pipelines': { status: 200, body: { data: [pipeline], total: 1, limit: 200, offset: 0 } },
    'GET /api/users': { status: 200, body: { data: [ada], total: 1, limit: 200, offset: 0 } },
    [`GET /api/deals/${deal.id}`]: () => ({ status: 200, body: current }),
    [`GET /api/deals/${deal.id}/history`]: { status: 200, body: [] },
    [`PATCH /api/deals/${deal.id}`]: () => {
      current = { ...current, status: 'won', stageId: won.id, stage: { id: won.id, name: won.name, probability: won.probability, outcome: won.outcome } };
      record('system', 'Deal "Acme renewal" won');
      return { status: 200, body: current };
    },
    [`GET /api/contacts/${jane.id}`]: { status: 200, body: jane },
    [`GET /api/contacts/${jane.id}/activities`]: () => ({ status: 200, body: { data: [...timeline], total: timeline.length, limit: 20, offset: 0 } }),
    [`POST /api/contacts/${jane.id}/activities`]: (request) => ({ status: 201, body: record('note', (request.body as { title: string }).title) }),
    [`GET /api/contacts/${jane.id}/emails`]: emptyPage,
    'GET /api/deals': () => ({ status: 200, body: { data: [current], total: 1, limit: 20, offset: 0 } }),
    'GET /api/workflow-executions': emptyPage,
    'GET /api/contacts/tags': { status: 200, body: [] },
    'GET /api/fields': { status: 200, body: [] },
  });
}

describe('a contact’s activity timeline', () => {
  // The app's own query client: answers stay fresh for 30 s, so a page only shows a new entry if
  // the change refreshed the very cache entry it reads, as in the browser.
  it('shows on the deal page what was logged on the contact page, and the deal’s own moves, without a reload', async () => {
    const api = apiWithTimeline();
    const { user, router } = renderApp(`/deals/${deal.id}`, { api, session, queryClient: createQueryClient() });

    const onDeal = await screen.findByRole('list', { name: 'Activity of Jane Doe' });
    expect(await within(onDeal).findByText('Deal "Acme renewal" created in Lead')).toBeInTheDocument();

    await act(() => router.navigate(`/contacts/${jane.id}`));
    const onContact = await screen.findByRole('list', { name: 'Activity timeline' });
    const form = screen.getByRole('form', { name: 'Log activity' });
    await user.type(within(form).getByRole('textbox', { name: 'Title' }), 'Asked for a discount');
    await user.click(within(form).getByRole('button', { name: 'Add note' }));
    expect(await within(onContact).findByText('Asked for a discount')).toBeInTheDocument();

    await act(() => router.navigate(`/deals/${deal.id}`));
    const backOnDeal = await screen.findByRole('list', { name: 'Activity of Jane Doe' });
    expect(within(backOnDeal).getByText('Asked for a discount')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Mark won' }));
    expect(await within(backOnDeal).findByText('Deal "Acme renewal" won')).toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  }, 45_000);
});

describe('timeline attribution', () => {
  it('says which API key wrote an entry, and who wrote the others', async () => {
    const api = apiWithTimeline([
      { type: 'note', title: 'Synced from Zapier', createdBy: { id: ada.id, name: ada.name }, apiKey: { id: '60000000-0000-4000-8000-000000000001', name: 'Zapier sync' } },
      { type: 'call', title: 'Called by hand', createdBy: { id: ada.id, name: ada.name } },
    ]);
    renderApp(`/contacts/${jane.id}`, { api, session });
    const timeline = await screen.findByRole('list', { name: 'Activity timeline' });
    const synced = (await within(timeline).findByText('Synced from Zapier')).closest('li') as HTMLElement;
    expect(within(synced).getByText(/^Note · Ada Admin via API key 'Zapier sync' · /)).toBeInTheDocument();
    const called = within(timeline).getByText('Called by hand').closest('li') as HTMLElement;
    expect(within(called).queryByText(/via API key/)).toBeNull();
    expect(within(called).getByText(/^Call · Ada Admin · /)).toBeInTheDocument();
  });
});

describe('the contact page’s related records', () => {
  it('lists the contact’s deals with value, stage and status, each linking to its deal page', async () => {
    renderApp(`/contacts/${jane.id}`, { api: apiWithTimeline(), session });
    const deals = await screen.findByRole('region', { name: 'Deals' });
    expect(await within(deals).findByRole('link', { name: 'Acme renewal' })).toHaveAttribute('href', `/deals/${deal.id}`);
    expect(within(deals).getByText('$12,000 · Lead')).toBeInTheDocument();
    expect(within(deals).getByText('Open')).toBeInTheDocument();
  });

  it('shows a deal marked won on its page as won on the contact page, without a reload', async () => {
    const api = apiWithTimeline();
    const { user, router } = renderApp(`/contacts/${jane.id}`, { api, session, queryClient: createQueryClient() });
    const deals = await screen.findByRole('region', { name: 'Deals' });
    expect(await within(deals).findByText('Open')).toBeInTheDocument();

    await act(() => router.navigate(`/deals/${deal.id}`));
    await user.click(await screen.findByRole('button', { name: 'Mark won' }));
    await screen.findByText('Deal "Acme renewal" won');

    await act(() => router.navigate(`/contacts/${jane.id}`));
    const after = await screen.findByRole('region', { name: 'Deals' });
    expect(await within(after).findByText('Won')).toBeInTheDocument();
    expect(within(after).getByText('$12,000 · Won')).toBeInTheDocument();
  }, 45_000);
});
