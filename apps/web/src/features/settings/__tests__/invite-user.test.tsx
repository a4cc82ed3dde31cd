import { screen, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });

function page(...users: ReturnType<typeof makeUser>[]) {
  return { status: 200, body: { data: users, total: users.length, limit: 25, offset: 0 } };
}

describe('settings: inviting users', () => {
  it('invites without a password, then lists the user as invited until they set one', async () => {
    const ivy = makeUser({ name: 'Ivy Invitee', email: 'ivy@example.com', role: 'manager', invitedAt: '2025-03-02T10:00:00.000Z' });
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada } });
    api.on('GET /api/users', page(ada), page(ada, ivy));
    api.on(
      'POST /api/users',
      { status: 409, body: problem(409, 'A user with the email ivy@example.com already exists') },
      { status: 201, body: ivy },
    );
    const { user } = renderApp('/settings/users', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite user' });
    expect(within(dialog).queryByLabelText(/password/i)).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription('Enter their name');
    expect(api.callsTo('POST /api/users')).toEqual([]);

    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Ivy Invitee');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'ivy@example.com');
    await user.click(within(dialog).getByRole('combobox', { name: 'Role' }));
    await user.click(await screen.findByRole('option', { name: 'Manager' }));
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    expect(await within(dialog).findByText('A user with the email ivy@example.com already exists')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));
    expect(await screen.findByText('An invite was sent to ivy@example.com.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/users')[1].body).toEqual({ name: 'Ivy Invitee', email: 'ivy@example.com', role: 'manager' });

    const row = (await screen.findByRole('cell', { name: /Ivy Invitee/ })).closest('tr')!;
    expect(within(row).getByText('Invited')).toBeInTheDocument();
    expect(within(screen.getByRole('cell', { name: /Ada Admin/ }).closest('tr')!).getByText('Active')).toBeInTheDocument();
  });

  it('shows why the invite failed when the email could not be sent', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/users': page(ada),
      'POST /api/users': { status: 502, body: problem(502, 'The invite email could not be sent, so the user was not created: 550 No such mailbox') },
    });
    const { user } = renderApp('/settings/users', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Invite user' }));
    const dialog = await screen.findByRole('dialog', { name: 'Invite user' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Bo');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email' }), 'bo@example.com');
    await user.click(within(dialog).getByRole('button', { name: 'Send invite' }));

    expect(await within(dialog).findByText('The invite email could not be sent, so the user was not created: 550 No such mailbox')).toBeInTheDocument();
  });
});
