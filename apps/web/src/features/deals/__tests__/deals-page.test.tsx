import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import { boardOf, emptyStats, lead, makeDeal, proposal, salesPipeline } from './deal-fixtures';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', role: 'admin' });
const sam = makeUser({ name: 'Sam Seller', role: 'member' });

function apiFor(me: ReturnType<typeof makeUser>, deals = [makeDeal()]) {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/pipelines': { status: 200, body: { data: [salesPipeline], total: 1, limit: 200, offset: 0 } },
    [`GET /api/pipelines/${salesPipeline.id}/board`]: { status: 200, body: boardOf(deals) },
    'GET /api/deals/stats': { status: 200, body: { ...emptyStats, open: deals.length, pipelineValue: 12500.5, winRate: 0.25 } },
    'GET /api/users': { status: 200, body: { data: [ada, sam], total: 2, limit: 200, offset: 0 } },
    'GET /api/contacts': { status: 200, body: { data: [], total: 0, totalIsEstimate: false, limit: 20, offset: 0 } },
    'GET /api/companies': { status: 200, body: { data: [], total: 0, limit: 20, offset: 0 } },
  });
}

describe('deals page', () => {
  it('shows each working stage with count and value, and cards with title, value, contact, company, owner and close date', async () => {
    const deals = [
      makeDeal({
        title: 'Acme renewal',
        value: 12000,
        closeDate: '2031-05-01',
        contact: { id: 'c1', name: 'Jane Doe', email: 'jane@acme.test' },
        company: { id: 'co1', name: 'Acme Corp' },
        assignedTo: { id: sam.id, name: 'Sam Seller' },
      }),
      makeDeal({ title: 'Globex pilot', value: 500.5 }),
      makeDeal({ title: 'Initech upsell', value: 3000, stageId: proposal.id }),
    ];
    renderApp('/deals', { api: apiFor(ada, deals), session });

    const leadColumn = await screen.findByRole('region', { name: 'Lead stage' });
    expect(await within(leadColumn).findByText('Acme renewal')).toBeInTheDocument();
    expect(within(leadColumn).getByLabelText('2 deals')).toBeInTheDocument();
    expect(within(leadColumn).getByText('$12,500.50')).toBeInTheDocument();
    expect(within(leadColumn).getByText('$12,000')).toBeInTheDocument();
    expect(within(leadColumn).getByText('Jane Doe')).toBeInTheDocument();
    expect(within(leadColumn).getByText('Acme Corp')).toBeInTheDocument();
    expect(within(leadColumn).getByLabelText('Owner: Sam Seller')).toBeInTheDocument();
    expect(within(leadColumn).getByText('May 1, 2031')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Proposal stage' })).getByLabelText('1 deal')).toBeInTheDocument();
    // Closing stages are drop targets, not columns.
    expect(screen.queryByRole('region', { name: 'Won stage' })).not.toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Mark as won' })).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Pipeline figures' })).getByText('25%')).toBeInTheDocument();
  });

  it('filters the board by owner and search through the API', async () => {
    const api = apiFor(ada);
    const { user } = renderApp('/deals', { api, session });
    await screen.findByRole('region', { name: 'Lead stage' });

    await user.click(screen.getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Sam Seller' }));
    await user.type(screen.getByRole('textbox', { name: 'Search deals' }), 'acme');

    const lastQuery = () => api.callsTo(`GET /api/pipelines/${salesPipeline.id}/board`).at(-1)!.url.searchParams;
    await waitFor(() => expect(lastQuery().get('search')).toBe('acme'));
    expect(lastQuery().get('assignedToId')).toBe(sam.id);
  });

  it('reads the search from the address, so a searched board survives a reload and "back"', async () => {
    const api = apiFor(ada);
    const { user, router } = renderApp('/deals?q=acme', { api, session });
    await screen.findByRole('region', { name: 'Lead stage' });
    expect(screen.getByRole('textbox', { name: 'Search deals' })).toHaveValue('acme');
    const searched = () => api.callsTo(`GET /api/pipelines/${salesPipeline.id}/board`).map((call) => call.url.searchParams.get('search'));
    await waitFor(() => expect(searched()).toContain('acme'));

    await user.clear(screen.getByRole('textbox', { name: 'Search deals' }));
    await user.type(screen.getByRole('textbox', { name: 'Search deals' }), 'globex');
    await waitFor(() => expect(searched().at(-1)).toBe('globex'));
    expect(router.state.location.search).toBe('?q=globex');
  });

  it('says a deal is not found, rather than offering a retry, when the API has no such deal for this user', async () => {
    const api = apiFor(sam);
    const missing = '30000000-0000-4000-8000-999999999999';
    api.on(`GET /api/deals/${missing}`, { status: 404, body: problem(404, 'Deal not found') });
    api.on(`GET /api/deals/${missing}/history`, { status: 404, body: problem(404, 'Deal not found') });
    renderApp(`/deals/${missing}`, { api, session });
    expect(await screen.findByRole('heading', { name: 'Deal not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to deals' })).toHaveAttribute('href', '/deals');
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();
  });

  it('hides the owner filter from members, who only see their own deals', async () => {
    const api = apiFor(sam);
    renderApp('/deals', { api, session });
    await screen.findByRole('region', { name: 'Lead stage' });
    expect(screen.queryByRole('combobox', { name: 'Owner' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/users')).toEqual([]);
  });

  it('creates a deal, showing the API field errors under their fields first', async () => {
    const created = makeDeal({ title: 'New one' });
    const api = apiFor(ada);
    api.on(
      'POST /api/deals',
      { status: 400, body: problem(400, 'Invalid title, value', [{ field: 'title', message: 'must not be empty' }, { field: 'value', message: 'must not be negative' }]) },
      { status: 201, body: created },
    );
    api.on(`GET /api/deals/${created.id}`, { status: 200, body: created });
    api.on(`GET /api/deals/${created.id}/history`, { status: 200, body: [] });
    const { user, router } = renderApp('/deals', { api, session });

    // The button waits for the pipelines, which the board needs too.
    await screen.findByRole('region', { name: 'Lead stage' });
    await user.click(screen.getByRole('button', { name: 'New deal' }));
    const dialog = await screen.findByRole('dialog', { name: 'New deal' });
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Value' }), '-5');
    await user.click(within(dialog).getByRole('button', { name: 'Create deal' }));
    expect(await within(dialog).findByText('Must not be empty')).toBeInTheDocument();
    expect(within(dialog).getByRole('spinbutton', { name: 'Value' })).toHaveAccessibleDescription('Must not be negative');

    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'New one');
    await user.clear(within(dialog).getByRole('spinbutton', { name: 'Value' }));
    await user.type(within(dialog).getByRole('spinbutton', { name: 'Value' }), '2500');
    await user.click(within(dialog).getByRole('button', { name: 'Create deal' }));

    expect(await screen.findByRole('heading', { name: 'New one', level: 1 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/deals/${created.id}`);
    expect(api.callsTo('POST /api/deals')[1].body).toMatchObject({
      title: 'New one',
      value: 2500,
      currency: 'USD',
      pipelineId: salesPipeline.id,
      stageId: lead.id,
      assignedToId: ada.id,
    });
  }, 45_000);
});
