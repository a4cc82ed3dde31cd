import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { Campaign } from '../api/get-campaigns';
import { EMPTY_STATS, makeCampaign } from './campaign-fixtures';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const sam = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });

const stats = EMPTY_STATS;
const campaign = (n: number, name: string, overrides: Partial<Campaign> = {}) =>
  makeCampaign(ada.id, { id: `20000000-0000-4000-8000-00000000000${n}`, name, ...overrides });

const draft = campaign(1, 'Spring draft');
const sent = campaign(2, 'Winter sale', { status: 'sent', startedAt: '2025-02-01T10:00:00.000Z', completedAt: '2025-02-01T10:05:00.000Z', stats: { ...stats, recipients: 40, sent: 40, openRate: 0.5 } });
const sending = campaign(3, 'Summer launch', { status: 'sending', startedAt: '2025-03-02T10:00:00.000Z', stats: { ...stats, recipients: 900, sent: 120 } });
const page = (...campaigns: Campaign[]) => ({ status: 200, body: { data: campaigns, total: campaigns.length, limit: 25, offset: 0 } });

const deleteButton = async (name: string) => within(await screen.findByRole('row', { name: new RegExp(name) })).getByRole('button', { name: `Delete ${name}` });

describe('campaigns list', () => {
  it('deletes a campaign after naming it in a confirmation, and drops it from the list', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada } });
    api.on('GET /api/campaigns', page(draft, sent, sending), page(sent, sending));
    api.on(`DELETE /api/campaigns/${draft.id}`, { status: 204 });
    const { user, router } = renderApp('/campaigns', { api, session });

    await user.click(await deleteButton('Spring draft'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Spring draft”?' });
    expect(router.state.location.pathname).toBe('/campaigns');
    expect(api.callsTo(`DELETE /api/campaigns/${draft.id}`)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Delete campaign' }));
    expect(await screen.findByText('“Spring draft” was deleted.')).toBeInTheDocument();
    await waitForElementToBeRemoved(dialog);
    // Queried once the dialog is gone: while it is open the list is hidden from role queries.
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Spring draft' })).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: 'Winter sale' })).toBeInTheDocument();
    expect(api.callsTo(`DELETE /api/campaigns/${draft.id}`)).toHaveLength(1);
    expect(api.unhandled).toEqual([]);
  });

  it('shows why the API refused in the dialog, and keeps the campaign', async () => {
    // The list said draft, but someone started sending it meanwhile.
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, 'GET /api/campaigns': page(draft) });
    api.on(`DELETE /api/campaigns/${draft.id}`, { status: 409, body: problem(409, 'A sending campaign cannot be deleted; cancel it first') });
    const { user } = renderApp('/campaigns', { api, session });

    await user.click(await deleteButton('Spring draft'));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Spring draft”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete campaign' }));

    expect(await within(dialog).findByText('A sending campaign cannot be deleted; cancel it first')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    expect(screen.getByRole('link', { name: 'Spring draft' })).toBeInTheDocument();

    // The refusal belongs to the last attempt, not to the next one.
    await user.click(await deleteButton('Spring draft'));
    const again = await screen.findByRole('dialog', { name: 'Delete “Spring draft”?' });
    expect(within(again).queryByText('A sending campaign cannot be deleted; cancel it first')).not.toBeInTheDocument();
  });

  it('does not offer to delete a campaign that is sending, and says why', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, 'GET /api/campaigns': page(sent, sending) });
    const { user } = renderApp('/campaigns', { api, session });

    const button = await deleteButton('Summer launch');
    expect(button).toBeDisabled();
    expect(await deleteButton('Winter sale')).toBeEnabled();
    await user.hover(button.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('A sending campaign cannot be deleted; cancel it first');
  });

  it('offers admins a new campaign and the suppressions', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, 'GET /api/campaigns': page(draft) });
    renderApp('/campaigns', { api, session });

    expect(await screen.findByRole('link', { name: 'New campaign' })).toHaveAttribute('href', '/campaigns/new');
    expect(screen.getByRole('link', { name: 'Suppressions' })).toBeInTheDocument();
  });

  it('offers members no new campaign, suppressions or delete, which the API would refuse them', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: sam }, 'GET /api/campaigns': page(draft) });
    renderApp('/campaigns', { api, session });

    expect(await screen.findByRole('link', { name: 'Spring draft' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New campaign' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Suppressions' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Spring draft' })).not.toBeInTheDocument();
  });
});

describe('suppressions', () => {
  it('tells a member that managers and admins see them, without asking the API', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: sam } });
    renderApp('/campaigns/suppressions', { api, session });

    expect(await screen.findByRole('heading', { name: 'Only managers and admins see suppressions' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add address' })).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/suppressions')).toEqual([]);
  });

  it('says why a remove failed in a notice, like other row actions, and keeps the address listed', async () => {
    const bounced = { id: '30000000-0000-4000-8000-000000000001', email: 'gone@example.com', reason: 'bounced' as const, detail: null, createdAt: '2025-02-01T10:00:00.000Z' };
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/suppressions': { status: 200, body: { data: [bounced], total: 1, limit: 25, offset: 0 } },
      [`DELETE /api/suppressions/${bounced.id}`]: { status: 409, body: problem(409, 'A bounced address stays suppressed.') },
    });
    const { user } = renderApp('/campaigns/suppressions', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Remove gone@example.com' }));
    expect(await screen.findByText('A bounced address stays suppressed.')).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /gone@example.com/ })).toBeInTheDocument();
  });
});
