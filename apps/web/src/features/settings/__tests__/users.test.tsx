import { screen, waitForElementToBeRemoved, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin', lastLoginAt: '2025-03-01T09:30:00.000Z' });
const maya = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const otto = makeUser({ name: 'Otto Member', email: 'otto@example.com', role: 'member', isActive: false });

function page(...users: ReturnType<typeof makeUser>[]) {
  return { status: 200, body: { data: users, total: users.length, limit: 25, offset: 0 } };
}

function rowOf(name: string): HTMLElement {
  return screen.getByRole('cell', { name: new RegExp(name) }).closest('tr')!;
}

describe('settings: users', () => {
  it('lists users with their role and status for an admin', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, 'GET /api/users': page(ada, maya, otto) });
    renderApp('/settings', { api, session });

    const table = await screen.findByRole('table', { name: 'Users' });
    expect(await within(table).findByText('maya@example.com')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Users', selected: true })).toBeInTheDocument();
    expect(within(rowOf('Ada Admin')).getByText('Admin')).toBeInTheDocument();
    expect(within(rowOf('Ada Admin')).getByText('You')).toBeInTheDocument();
    expect(within(rowOf('Maya Manager')).getByText('Manager')).toBeInTheDocument();
    expect(within(rowOf('Otto Member')).getByText('Deactivated')).toBeInTheDocument();
    expect(within(rowOf('Otto Member')).getByText('Never')).toBeInTheDocument();
    // Admins cannot lock themselves out from here.
    expect(screen.queryByRole('button', { name: 'Actions for Ada Admin' })).not.toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('shows managers the list read-only: no add, role, status or delete actions', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya }, 'GET /api/users': page(ada, maya, otto) });
    renderApp('/settings/users', { api, session });

    const table = await screen.findByRole('table', { name: 'Users' });
    expect(await within(table).findByText('ada@example.com')).toBeInTheDocument();
    expect(within(rowOf('Otto Member')).getByText('Deactivated')).toBeInTheDocument();
    expect(screen.getByText(/Only admins add people, change roles or deactivate accounts/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add user' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Actions for/ })).not.toBeInTheDocument();
    expect(within(table).queryByRole('columnheader', { name: 'Actions' })).not.toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
  });

  it('tells members that only admins manage users, without asking the API', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: otto } });
    renderApp('/settings/users', { api, session });

    expect(await screen.findByText('Only admins manage users')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/users')).toEqual([]);
  });

  it('adds a user, showing the API field errors first', async () => {
    const created = makeUser({ name: 'Nia New', email: 'nia@example.com', role: 'manager' });
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada } });
    api.on('GET /api/users', page(ada), page(ada, created));
    api.on(
      'POST /api/users',
      { status: 400, body: problem(400, 'Invalid email, password', [{ field: 'email', message: 'must be a valid email address' }, { field: 'password', message: 'must be at least 8 characters' }]) },
      { status: 201, body: created },
    );
    const { user } = renderApp('/settings/users', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Add user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add user' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Nia New');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'nia@');
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Manager' }));
    await user.type(within(dialog).getByLabelText('Password'), 'short');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await within(dialog).findByText('Must be a valid email address')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Password')).toHaveAccessibleDescription('Must be at least 8 characters');

    await user.clear(within(dialog).getByRole('textbox', { name: 'Email' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'nia@example.com');
    await user.clear(within(dialog).getByLabelText('Password'));
    await user.type(within(dialog).getByLabelText('Password'), 'long-enough-1');
    await user.click(within(dialog).getByRole('button', { name: 'Add user' }));

    expect(await screen.findByText('Nia New was added.')).toBeInTheDocument();
    await waitForElementToBeRemoved(dialog);
    expect(await within(screen.getByRole('table', { name: 'Users' })).findByText('nia@example.com')).toBeInTheDocument();
    expect(api.callsTo('POST /api/users')[1].body).toEqual({ name: 'Nia New', email: 'nia@example.com', role: 'manager', password: 'long-enough-1' });
  });

  it('changes a role, deactivates, and deletes after confirmation', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/users': page(ada, maya),
    });
    api.on(`PATCH /api/users/${maya.id}`, (req) => ({ status: 200, body: { ...maya, ...(req.body as object) } }));
    api.on(`DELETE /api/users/${maya.id}`, { status: 204 });
    const { user } = renderApp('/settings/users', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Actions for Maya Manager' }));
    await user.click(screen.getByRole('menuitem', { name: 'Make admin' }));
    expect(await screen.findByText('Maya Manager is now admin.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Actions for Maya Manager' }));
    await user.click(screen.getByRole('menuitem', { name: 'Deactivate' }));
    expect(await screen.findByText('Maya Manager was deactivated.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/users/${maya.id}`).map((c) => c.body)).toEqual([{ role: 'admin' }, { isActive: false }]);

    await user.click(screen.getByRole('button', { name: 'Actions for Maya Manager' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete…' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Maya Manager”?' });
    expect(api.callsTo(`DELETE /api/users/${maya.id}`)).toEqual([]);
    await user.click(within(confirm).getByRole('button', { name: 'Delete user' }));
    expect(await screen.findByText('“Maya Manager” was deleted.')).toBeInTheDocument();
    await waitForElementToBeRemoved(confirm);
    expect(api.callsTo(`DELETE /api/users/${maya.id}`)).toHaveLength(1);
  });

  it('explains a refused change', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, 'GET /api/users': page(ada, maya) });
    api.on(`PATCH /api/users/${maya.id}`, { status: 409, body: problem(409, 'Corral needs at least one active admin') });
    const { user } = renderApp('/settings/users', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Actions for Maya Manager' }));
    await user.click(screen.getByRole('menuitem', { name: 'Make member' }));

    expect(await screen.findByText('Corral needs at least one active admin')).toBeInTheDocument();
  });
});
