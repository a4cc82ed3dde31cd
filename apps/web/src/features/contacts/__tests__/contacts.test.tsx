import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { Contact } from '../api/types';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const manager = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const member = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });
const former = makeUser({ name: 'Fay Former', email: 'fay@example.com', role: 'member', isActive: false });

function contact(overrides: Partial<Contact>): Contact {
  return {
    id: '10000000-0000-4000-8000-000000000001',
    firstName: 'Ada',
    lastName: 'Lovelace',
    fullName: 'Ada Lovelace',
    email: 'ada@engines.example',
    phone: null,
    companyId: null,
    company: null,
    status: 'lead',
    tags: [],
    notes: null,
    assignedToId: null,
    assignedTo: null,
    customFields: {},
    createdAt: '2025-03-01T09:30:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
    ...overrides,
  };
}

const page = (...contacts: Contact[]) => ({ status: 200, body: { data: contacts, total: contacts.length, totalIsEstimate: false, limit: 25, offset: 0 } });
const lookups = {
  'GET /api/contacts/tags': { status: 200, body: [{ tag: 'vip', count: 3 }] },
  'GET /api/companies': { status: 200, body: { data: [], total: 0, limit: 20, offset: 0 } },
  'GET /api/users': { status: 200, body: { data: [manager, member, former], total: 3, limit: 200, offset: 0 } },
};
const emptyPage = { status: 200, body: { data: [], total: 0, limit: 5, offset: 0 } };
/** What a contact's page asks for beside the contact itself. */
const related = (id: string) => ({
  [`GET /api/contacts/${id}/activities`]: emptyPage,
  [`GET /api/contacts/${id}/emails`]: emptyPage,
  'GET /api/deals': emptyPage,
  'GET /api/workflow-executions': emptyPage,
});

describe('contacts list', () => {
  it('lists contacts with status and tags, and searches on the server as you type', async () => {
    const ada = contact({ status: 'customer', tags: ['vip', 'math', 'poetry'], company: { id: 'c1', name: 'Engines Ltd' }, companyId: 'c1' });
    const grace = contact({ id: '10000000-0000-4000-8000-000000000002', firstName: 'Grace', lastName: 'Hopper', fullName: 'Grace Hopper', email: 'grace@navy.example' });
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: manager }, ...lookups });
    api.on('GET /api/contacts', (request) => (request.url.searchParams.get('search') === 'grace' ? page(grace) : page(ada, grace)));
    const { user } = renderApp('/contacts', { api, session });

    const table = await screen.findByRole('table', { name: 'Contacts' });
    const adaRow = (await within(table).findByText('ada@engines.example')).closest('tr') as HTMLElement;
    expect(within(adaRow).getByText('Customer')).toBeInTheDocument();
    expect(within(adaRow).getByText('Engines Ltd')).toBeInTheDocument();
    expect(within(adaRow).getByText('vip')).toBeInTheDocument();
    expect(within(adaRow).getByText('+1')).toBeInTheDocument();
    expect(screen.getByText('2 contacts')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search contacts' }), 'grace');
    await waitFor(() => expect(within(table).queryByText('ada@engines.example')).not.toBeInTheDocument());
    expect(within(table).getByText('grace@navy.example')).toBeInTheDocument();
    const searched = api.callsTo('GET /api/contacts').map((c) => c.url.searchParams.get('search'));
    // Debounced: one request for the word, not one per keystroke.
    expect(searched.filter((s) => s !== null)).toEqual(['grace']);

    await user.click(screen.getByRole('button', { name: 'Customer' }));
    await waitFor(() => expect(api.callsTo('GET /api/contacts').at(-1)?.url.searchParams.getAll('status')).toEqual(['customer']));
    expect(api.unhandled).toEqual([]);
  });

  it('hides the owner filter and bulk assign from members', async () => {
    const mine = contact({ assignedToId: member.id, assignedTo: { id: member.id, name: member.name, email: member.email } });
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: member }, ...lookups, 'GET /api/contacts': page(mine) });
    const { user } = renderApp('/contacts', { api, session });

    await screen.findByText('ada@engines.example');
    expect(screen.queryByRole('combobox', { name: 'Owner' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Select Ada Lovelace' }));
    expect(screen.getByText('1 selected')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add tags' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assign' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/users')).toEqual([]);
  });

  it('shows the API field errors next to the fields of the new contact form', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: manager }, ...lookups, 'GET /api/contacts': page() });
    api.on(
      'POST /api/contacts',
      { status: 409, body: { ...problem(409, 'A contact with the email ada@engines.example already exists: Ada Lovelace', [{ field: 'email', message: 'is already used by Ada Lovelace' }]) } },
    );
    const { user } = renderApp('/contacts', { api, session });

    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ADA@engines.example');
    await user.click(within(dialog).getByRole('button', { name: 'Create contact' }));

    expect(await within(dialog).findByText('Is already used by Ada Lovelace')).toBeInTheDocument();
    expect(api.callsTo('POST /api/contacts')[0].body).toMatchObject({ email: 'ADA@engines.example', status: 'lead', assignedToId: manager.id });
  });

  it('shows the API’s sentences next to the fields they name, and at the top what names a field the member does not see', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: member }, ...lookups, 'GET /api/contacts': page() });
    api.on('POST /api/contacts', {
      status: 400,
      body: problem(400, 'Email must be a valid email address. You can assign contacts only to yourself', [
        { field: 'email', message: 'Email must be a valid email address' },
        { field: 'assignedToId', message: 'You can assign contacts only to yourself' },
      ]),
    });
    const { user } = renderApp('/contacts', { api, session });

    await user.click(await screen.findByRole('button', { name: 'New contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ada@');
    await user.click(within(dialog).getByRole('button', { name: 'Create contact' }));

    expect(await within(dialog).findByRole('textbox', { name: 'Email' })).toHaveAccessibleDescription('Email must be a valid email address');
    expect(within(dialog).queryByRole('combobox', { name: 'Owner' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('alert')).toHaveTextContent('You can assign contacts only to yourself');
    expect(within(dialog).getByRole('alert')).not.toHaveTextContent('Email');
  });

  it('lets nobody close the bulk assign dialog while the assignment runs', async () => {
    let finish: (answer: { status: number }) => void = () => undefined;
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: manager }, ...lookups, 'GET /api/contacts': page(contact({})) });
    api.on('POST /api/contacts/bulk/assign', () => new Promise((resolve) => (finish = resolve)));
    const { user } = renderApp('/contacts', { api, session });

    await user.click(await screen.findByRole('checkbox', { name: 'Select Ada Lovelace' }));
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign 1 contact' });
    await user.click(within(dialog).getByRole('combobox', { name: 'Owner' }));
    await user.click(await screen.findByRole('option', { name: 'Sam Seller' }));
    await user.click(within(dialog).getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(api.callsTo('POST /api/contacts/bulk/assign')).toHaveLength(1));

    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toBeDisabled();
    await user.keyboard('{Escape}');
    // A click beside the dialog (its container, around the paper) is the other way to dismiss it.
    await user.click(dialog.parentElement as HTMLElement);
    expect(screen.getByRole('dialog', { name: 'Assign 1 contact' })).toBeVisible();

    finish({ status: 204 });
    expect(await screen.findByText('Assigned 1 contact to Sam Seller.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});

describe('a contact whose owner was deactivated', () => {
  const owned = contact({ assignedToId: former.id, assignedTo: { id: former.id, name: former.name, email: former.email } });

  function contactApi() {
    return new FakeApi({
      'GET /api/auth/me': { status: 200, body: manager },
      ...lookups,
      ...related(owned.id),
      [`GET /api/contacts/${owned.id}`]: { status: 200, body: owned },
      [`PATCH /api/contacts/${owned.id}`]: (request) => ({ status: 200, body: { ...owned, ...(request.body as object) } }),
    });
  }

  it('names that owner in the inline owner editor, greyed and unpickable, and saves an active one', async () => {
    const api = contactApi();
    const { user } = renderApp(`/contacts/${owned.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit owner' }));
    expect(document.title).toBe('Ada Lovelace · Contacts · Corral');
    const select = screen.getByRole('combobox', { name: 'Owner' });
    await waitFor(() => expect(select).toHaveTextContent('Fay Former (deactivated)'));
    await user.click(select);
    expect(await screen.findByRole('option', { name: 'Fay Former (deactivated)' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Unassigned', 'Maya Manager', 'Sam Seller', 'Fay Former (deactivated)']);

    await user.click(screen.getByRole('option', { name: 'Sam Seller' }));
    await user.click(screen.getByRole('button', { name: 'Save owner' }));
    await waitFor(() => expect(api.callsTo(`PATCH /api/contacts/${owned.id}`)).toHaveLength(1));
    expect(api.callsTo(`PATCH /api/contacts/${owned.id}`)[0].body).toEqual({ assignedToId: member.id });
  });

  it('keeps an inline editor open with the API’s message under it, about its own field or another', async () => {
    const api = contactApi();
    api.set(
      `PATCH /api/contacts/${owned.id}`,
      { status: 409, body: problem(409, 'A contact with the email ada@engines.example already exists: Ada Lovelace', [{ field: 'email', message: 'is already used by Ada Lovelace' }]) },
      {
        status: 400,
        body: problem(400, 'You can assign contacts only to yourself. Email must be a valid email address', [
          { field: 'assignedToId', message: 'you can assign contacts only to yourself' },
          { field: 'email', message: 'must be a valid email address' },
        ]),
      },
      (request) => ({ status: 200, body: { ...owned, ...(request.body as object) } }),
    );
    const { user } = renderApp(`/contacts/${owned.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit email' }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    await user.clear(email);
    await user.type(email, 'ada@engines.example');
    await user.click(screen.getByRole('button', { name: 'Save email' }));
    await waitFor(() => expect(email).toHaveAccessibleDescription('Is already used by Ada Lovelace'));
    await user.click(screen.getByRole('button', { name: 'Save email' }));
    // Its own field's message first, then what it says about another: nothing is lost.
    await waitFor(() => expect(email).toHaveAccessibleDescription('Must be a valid email address. You can assign contacts only to yourself'));
    await user.click(screen.getByRole('button', { name: 'Save email' }));
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Email' })).not.toBeInTheDocument());
    expect(api.callsTo(`PATCH /api/contacts/${owned.id}`).map((call) => call.body)).toEqual(Array(3).fill({ email: 'ada@engines.example' }));
  });

  it('names that owner in the edit form and keeps them on save', async () => {
    const api = contactApi();
    const { user } = renderApp(`/contacts/${owned.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    await waitFor(() => expect(within(dialog).getByRole('combobox', { name: 'Owner' })).toHaveTextContent('Fay Former (deactivated)'));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(api.callsTo(`PATCH /api/contacts/${owned.id}`)).toHaveLength(1));
    expect(api.callsTo(`PATCH /api/contacts/${owned.id}`)[0].body).toMatchObject({ assignedToId: former.id });
  });
});
