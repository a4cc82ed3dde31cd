import { screen, waitFor, within } from '@testing-library/react';
import type { SavedView } from '../../../lib/saved-views/use-saved-views';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { makeField } from '../../../testing/field-definitions';
import { renderApp } from '../../../testing/render-app';
import type { Contact } from '../api/types';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const manager = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const colleague = makeUser({ name: 'Cole Colleague', email: 'cole@example.com', role: 'manager' });
const score = makeField({ key: 'score', label: 'Score', type: 'number' });
const plan = makeField({ key: 'plan', label: 'Plan', type: 'select', options: [{ value: 'pro', label: 'Pro' }, { value: 'free', label: 'Free' }] });

function contact(n: number, overrides: Partial<Contact> = {}): Contact {
  return {
    id: `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    firstName: 'Person',
    lastName: String(n),
    fullName: `Person ${n}`,
    email: `person-${n}@example.com`,
    phone: null,
    companyId: null,
    company: null,
    status: 'lead',
    tags: [],
    notes: null,
    assignedToId: null,
    assignedTo: null,
    customFields: { score: n * 10, plan: 'pro' },
    createdAt: '2025-03-01T09:30:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
    ...overrides,
  };
}

function view(overrides: Partial<SavedView> & Pick<SavedView, 'id' | 'name'>): SavedView {
  return {
    objectType: 'contact',
    filters: {},
    sort: null,
    columns: [],
    shared: false,
    ownerId: manager.id,
    ownerName: manager.name,
    createdAt: '2025-03-01T09:30:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
    ...overrides,
  };
}

const contacts = [contact(1), contact(2)];
const page = (total: number) => ({ status: 200, body: { data: contacts, total, totalIsEstimate: false, limit: 25, offset: 0 } });
const views = (...list: SavedView[]) => ({ status: 200, body: { data: list, total: list.length, limit: 200, offset: 0 } });

function listApi(extra: ConstructorParameters<typeof FakeApi>[0] = {}) {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: manager },
    'GET /api/contacts': page(60),
    'GET /api/contacts/tags': { status: 200, body: [] },
    'GET /api/companies': { status: 200, body: { data: [], total: 0, limit: 20, offset: 0 } },
    'GET /api/users': { status: 200, body: { data: [manager, colleague], total: 2, limit: 200, offset: 0 } },
    'GET /api/fields': { status: 200, body: [score, plan] },
    'GET /api/views': views(),
    ...extra,
  });
}

const lastListParams = (api: FakeApi) => api.callsTo('GET /api/contacts').at(-1)?.url.searchParams;
const locationParams = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

describe('contacts list: select all matching', () => {
  it('widens the selection from the page to every matching contact, and sends the filters', async () => {
    const api = listApi({ 'POST /api/contacts/bulk/status': { status: 200, body: { updated: 58 } } });
    const { user } = renderApp('/contacts?status=lead&cf.score[gte]=10', { api, session });

    await screen.findByText('person-1@example.com');
    await user.click(screen.getByRole('checkbox', { name: 'Select all contacts on this page' }));
    const banner = screen.getByRole('status');
    expect(banner).toHaveTextContent('All 2 contacts on this page are selected.');
    await user.click(within(banner).getByRole('button', { name: 'Select all 60 matching contacts' }));
    expect(screen.getByRole('status')).toHaveTextContent('All 60 matching contacts are selected.');
    expect(screen.getByText('60 selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the status of 60 contacts' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Status' }));
    await user.click(await screen.findByRole('option', { name: 'Customer' }));
    await user.click(within(dialog).getByRole('button', { name: 'Change status' }));

    expect(await screen.findByText('Changed the status of 58 contacts to Customer.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/contacts/bulk/status')[0].body).toEqual({ filter: { status: ['lead'], 'cf.score[gte]': '10' }, status: 'customer' });
    expect(screen.queryByText(/selected/)).not.toBeInTheDocument();
  });

  it('goes back to a selection of ids when a row is unticked, and deletes only those', async () => {
    const api = listApi({ 'POST /api/contacts/bulk/delete': { status: 200, body: { deleted: 1 } } });
    const { user } = renderApp('/contacts', { api, session });

    await screen.findByText('person-1@example.com');
    await user.click(screen.getByRole('checkbox', { name: 'Select all contacts on this page' }));
    await user.click(screen.getByRole('button', { name: 'Select all 60 matching contacts' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Person 1' }));
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 1 contact?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted 1 contact.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/contacts/bulk/delete')[0].body).toEqual({ contactIds: [contacts[1].id] });
  });

  it('shows no banner when the page holds every match', async () => {
    const api = listApi({ 'GET /api/contacts': page(2) });
    const { user } = renderApp('/contacts', { api, session });
    await screen.findByText('person-1@example.com');
    await user.click(screen.getByRole('checkbox', { name: 'Select all contacts on this page' }));
    expect(screen.getByText('2 selected')).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});

describe('contacts list: saved views', () => {
  const hot = view({ id: '30000000-0000-4000-8000-000000000001', name: 'Hot leads', filters: { status: ['lead'], 'cf.score[gte]': '50' }, sort: '-cf.score', columns: ['name', 'cf.score', 'status'] });
  const team = view({ id: '30000000-0000-4000-8000-000000000002', name: 'Team pipeline', shared: true, ownerId: colleague.id, ownerName: colleague.name });

  it('applies a view: its filters, sort and columns go to the URL and to the list query', async () => {
    const api = listApi({ 'GET /api/views': views(hot, team) });
    const { user, router } = renderApp('/contacts?tag=vip', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Saved views: All contacts' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).getByText('Your views')).toBeInTheDocument();
    expect(within(menu).getByText('by Cole Colleague')).toBeInTheDocument();
    await user.click(within(menu).getByText('Hot leads'));

    await waitFor(() => expect(lastListParams(api)?.get('cf.score[gte]')).toBe('50'));
    expect(lastListParams(api)?.get('sort')).toBe('-cf.score');
    expect(lastListParams(api)?.getAll('status')).toEqual(['lead']);
    expect(lastListParams(api)?.get('tag')).toBeNull();
    const url = locationParams(router);
    expect(Object.fromEntries(url)).toEqual({ status: 'lead', 'cf.score[gte]': '50', sort: '-cf.score', cols: 'name,cf.score,status', view: hot.id });
    const headers = within(screen.getByRole('table', { name: 'Contacts' })).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers.slice(1)).toEqual(['Name', 'Score', 'Status']);
    expect(screen.getByRole('button', { name: 'Saved views: Hot leads' })).toBeInTheDocument();
    expect(screen.getByText('Score ≥ 50')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Saved views: Hot leads' }));
    await user.click(within(await screen.findByRole('menu')).getByText('All contacts'));
    await waitFor(() => expect(locationParams(router).toString()).toBe(''));
  });

  it('saves the current state under a name, showing a taken name under the field', async () => {
    const api = listApi();
    api.on(
      'POST /api/views',
      { status: 409, body: problem(409, "You already have a contact view named 'Pros'", [{ field: 'name', message: 'is already the name of another of your views' }]) },
      (request) => ({ status: 201, body: view({ id: '30000000-0000-4000-8000-000000000009', name: 'Pro plans', ...(request.body as object) }) }),
    );
    const { user, router } = renderApp('/contacts?cf.plan=pro&sort=email&cols=name,cf.plan', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Saved views: All contacts' }));
    await user.click(within(await screen.findByRole('menu')).getByText('Save current view…'));
    const dialog = await screen.findByRole('dialog', { name: 'Save current view' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Pros');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Share with everyone' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(await within(dialog).findByText('Is already the name of another of your views')).toBeInTheDocument();

    await user.clear(within(dialog).getByRole('textbox', { name: 'Name' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Pro plans');
    await user.click(within(dialog).getByRole('button', { name: 'Save view' }));
    expect(await screen.findByText("Saved the view 'Pro plans'.")).toBeInTheDocument();
    expect(api.callsTo('POST /api/views')[1].body).toEqual({ objectType: 'contact', name: 'Pro plans', shared: true, filters: { 'cf.plan': 'pro' }, sort: 'email', columns: ['name', 'cf.plan'] });
    await waitFor(() => expect(locationParams(router).get('view')).toBe('30000000-0000-4000-8000-000000000009'));
  });

  it('renames, shares and deletes your own view, and offers none of that on a colleague’s', async () => {
    const api = listApi({
      'GET /api/views': views(hot, team),
      [`PATCH /api/views/${hot.id}`]: (request) => ({ status: 200, body: { ...hot, ...(request.body as object) } }),
      [`DELETE /api/views/${hot.id}`]: { status: 204 },
    });
    const { user, router } = renderApp(`/contacts?view=${hot.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Saved views: Hot leads' }));
    await user.click(within(await screen.findByRole('menu')).getByText('Rename “Hot leads”…'));
    const rename = await screen.findByRole('dialog', { name: 'Rename view' });
    await user.clear(within(rename).getByRole('textbox', { name: 'Name' }));
    await user.type(within(rename).getByRole('textbox', { name: 'Name' }), 'Warm leads');
    await user.click(within(rename).getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText("Renamed the view to 'Warm leads'.")).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Saved views: Hot leads' }));
    await user.click(within(await screen.findByRole('menu')).getByText('Share with everyone'));
    await waitFor(() => expect(api.callsTo(`PATCH /api/views/${hot.id}`)).toHaveLength(2));
    expect(api.callsTo(`PATCH /api/views/${hot.id}`).map((c) => c.body)).toEqual([{ name: 'Warm leads' }, { shared: true }]);

    await user.click(screen.getByRole('button', { name: 'Saved views: Hot leads' }));
    await user.click(within(await screen.findByRole('menu')).getByText('Delete “Hot leads”…'));
    const remove = await screen.findByRole('dialog', { name: 'Delete the view “Hot leads”?' });
    await user.click(within(remove).getByRole('button', { name: 'Delete view' }));
    await waitFor(() => expect(locationParams(router).get('view')).toBeNull());
    expect(api.callsTo(`DELETE /api/views/${hot.id}`)).toHaveLength(1);

    router.navigate(`/contacts?view=${team.id}`);
    await user.click(await screen.findByRole('button', { name: 'Saved views: Team pipeline' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByText(/Rename/)).not.toBeInTheDocument();
    expect(within(menu).queryByText(/Delete/)).not.toBeInTheDocument();
    expect(within(menu).getByText('Save current view…')).toBeInTheDocument();
  });
});

describe('contacts list: columns and custom field filters', () => {
  it('shows custom fields as columns, sorts on them and keeps the choice in the URL', async () => {
    const api = listApi();
    const { user, router } = renderApp('/contacts', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Columns' }));
    const menu = await screen.findByRole('menu', { name: 'Columns' });
    expect(within(menu).getByText('Custom fields')).toBeInTheDocument();
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Score' }));
    await user.click(within(menu).getByRole('menuitemcheckbox', { name: 'Tags' }));
    await user.keyboard('{Escape}');

    expect(locationParams(router).get('cols')).toBe('name,company,status,owner,createdAt,cf.score');
    const table = screen.getByRole('table', { name: 'Contacts' });
    expect(within(table).queryByRole('columnheader', { name: 'Tags' })).not.toBeInTheDocument();
    expect(within(table).getByText('20')).toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Score' }));
    await waitFor(() => expect(lastListParams(api)?.get('sort')).toBe('cf.score'));
  });

  it('filters by a custom field with the operators of its type', async () => {
    const api = listApi();
    const { user } = renderApp('/contacts', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Filter by field' }));
    const form = await screen.findByRole('dialog', { name: 'Filter by field' });
    await user.click(within(form).getByRole('combobox', { name: 'Field' }));
    await user.click(await screen.findByRole('option', { name: 'Score' }));
    await user.click(within(form).getByRole('combobox', { name: 'Condition' }));
    expect((await screen.findAllByRole('option')).map((o) => o.textContent)).toEqual(['=', '≥', '≤', '>', '<', 'is empty']);
    await user.click(screen.getByRole('option', { name: '≥' }));
    await user.type(within(form).getByRole('spinbutton', { name: 'Value' }), '50');
    await user.click(within(form).getByRole('button', { name: 'Apply filter' }));
    await waitFor(() => expect(lastListParams(api)?.get('cf.score[gte]')).toBe('50'));

    await user.click(screen.getByRole('button', { name: 'Filter by field' }));
    const again = await screen.findByRole('dialog', { name: 'Filter by field' });
    await user.click(within(again).getByRole('combobox', { name: 'Field' }));
    await user.click(await screen.findByRole('option', { name: 'Plan' }));
    await user.click(within(again).getByRole('combobox', { name: 'Value' }));
    await user.click(await screen.findByRole('option', { name: 'Pro' }));
    await user.click(within(again).getByRole('button', { name: 'Apply filter' }));
    await waitFor(() => expect(lastListParams(api)?.get('cf.plan')).toBe('pro'));
    expect(screen.getByText('Plan is Pro')).toBeInTheDocument();

    const chip = screen.getByText('Score ≥ 50').closest('[role="button"]') as HTMLElement;
    await user.click(within(chip).getByTestId('CancelIcon'));
    await waitFor(() => expect(lastListParams(api)?.get('cf.score[gte]')).toBeNull());
    expect(lastListParams(api)?.get('cf.plan')).toBe('pro');
  });
});
