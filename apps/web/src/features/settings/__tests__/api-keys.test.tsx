import type { components } from '@corral/api-client';
import { screen, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

type ApiKey = components['schemas']['ApiKeyDto'];

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const mo = makeUser({ name: 'Mo Member', email: 'mo@example.com', role: 'member' });
const KEY = 'crl_Ab3dE6gH_' + 'x'.repeat(43);

const zapier: ApiKey = {
  id: '70000000-0000-4000-8000-000000000001',
  name: 'Zapier sync',
  prefix: 'Zz9yY8xX',
  role: 'manager',
  scopes: ['contacts:read', 'contacts:write'],
  userId: null,
  userName: null,
  createdAt: '2025-03-01T10:00:00.000Z',
  lastUsedAt: null,
  expiresAt: null,
};

const page = (...keys: ApiKey[]) => ({ status: 200, body: { data: keys, total: keys.length, limit: 25, offset: 0 } });

describe('settings: API keys', () => {
  it('creates a member key, shows the key once with a copy button, and lists it without the key', async () => {
    const memberKey: ApiKey = { ...zapier, id: '70000000-0000-4000-8000-000000000002', name: 'Mo’s phone', prefix: 'Ab3dE6gH', role: 'member', scopes: ['contacts:read'], userId: mo.id, userName: mo.name, expiresAt: '2099-12-31T22:59:59.999Z' };
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/users': { status: 200, body: { data: [ada, mo], total: 2, limit: 200, offset: 0 } },
    });
    api.on('GET /api/api-keys', page(zapier), page(memberKey, zapier));
    api.on(
      'POST /api/api-keys',
      { status: 400, body: problem(400, 'Scopes must name at least one scope', [{ field: 'scopes', message: 'scopes must name at least one scope' }]) },
      { status: 201, body: { ...memberKey, key: KEY } },
    );
    const { user } = renderApp('/settings/api-keys', { api, session });

    const table = await screen.findByRole('table', { name: 'API keys' });
    const row = (await within(table).findByRole('cell', { name: /Zapier sync/ })).closest('tr')!;
    expect(within(row).getByText('contacts:write')).toBeInTheDocument();
    expect(within(row).getAllByText('Never')).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Create API key' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create API key' });
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Name the key after who uses it');
    expect(within(dialog).getByText('Choose at least one scope')).toBeInTheDocument();
    expect(api.callsTo('POST /api/api-keys')).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Mo’s phone');
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Member' }));
    await user.click(within(dialog).getByRole('combobox', { name: 'Acts as member' }));
    // Only members are offered: a member key acts as one.
    expect(screen.queryByRole('option', { name: /Ada Admin/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Mo Member (mo@example.com)' }));
    const read = within(dialog).getByRole('group', { name: 'Read' });
    await user.click(within(read).getByRole('checkbox', { name: /Contacts, companies/ }));
    await user.type(within(dialog).getByLabelText('Expires on (optional)'), '2099-12-31');
    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    // The API's refusal is shown under the field it names.
    expect(await within(dialog).findByText('Scopes must name at least one scope')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Create key' }));
    const shown = await screen.findByRole('dialog', { name: 'API key “Mo’s phone” created' });
    const body = api.callsTo('POST /api/api-keys')[1].body as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Mo’s phone', role: 'member', userId: mo.id, scopes: ['contacts:read'] });
    expect(new Date(body.expiresAt as string).getDate()).toBe(31);
    expect(within(shown).getByRole('textbox', { name: 'API key' })).toHaveValue(KEY);
    expect(within(shown).getByText(/it will not be shown again/)).toBeInTheDocument();
    await user.click(within(shown).getByRole('button', { name: 'Copy' }));
    expect(await within(shown).findByText('Copied to the clipboard.')).toBeInTheDocument();
    // user-event stands in for the browser's clipboard.
    expect(await navigator.clipboard.readText()).toBe(KEY);
    await user.click(within(shown).getByRole('button', { name: 'I have copied the key' }));

    const listed = (await within(table).findByRole('cell', { name: /Mo’s phone/ })).closest('tr')!;
    expect(within(listed).getByText('as Mo Member')).toBeInTheDocument();
    expect(within(listed).getByText('crl_Ab3dE6gH_…')).toBeInTheDocument();
    expect(screen.queryByText(KEY)).not.toBeInTheDocument();
    expect(api.unhandled).toEqual([]);
    // A long walk through two dialogs: a loaded CI machine needs more than the default 30 s.
  }, 90_000);

  it('revokes a key after a confirm', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, [`DELETE /api/api-keys/${zapier.id}`]: { status: 204 } });
    api.on('GET /api/api-keys', page(zapier), page());
    const { user } = renderApp('/settings/api-keys', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Revoke Zapier sync' }));
    const confirm = await screen.findByRole('dialog', { name: 'Revoke “Zapier sync”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Revoke key' }));
    expect(await screen.findByText('“Zapier sync” was revoked: requests with it now get 401.')).toBeInTheDocument();
    expect(api.callsTo(`DELETE /api/api-keys/${zapier.id}`)).toHaveLength(1);
    expect(await screen.findByText(/No API keys yet/)).toBeInTheDocument();
  });

  it('is for admins only', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: makeUser({ role: 'manager' }) } });
    renderApp('/settings/api-keys', { api, session });
    expect(await screen.findByText('Only admins manage API keys')).toBeInTheDocument();
    expect(api.callsTo('GET /api/api-keys')).toEqual([]);
  });
});
