import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import { lead, proposal, salesPipeline } from './deal-fixtures';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const maya = makeUser({ name: 'Maya Manager', role: 'manager' });
const sam = makeUser({ name: 'Sam Seller', role: 'member' });
const list = (...pipelines: (typeof salesPipeline)[]) => ({ status: 200, body: { data: pipelines, total: pipelines.length, limit: 200, offset: 0 } });

describe('settings: pipelines', () => {
  it('shows each pipeline with its stages, read-only for members', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: sam }, 'GET /api/pipelines': list(salesPipeline) });
    renderApp('/settings/pipelines', { api, session });

    const card = await screen.findByRole('region', { name: 'Sales pipeline' });
    expect(screen.getByRole('tab', { name: 'Pipelines', selected: true })).toBeInTheDocument();
    expect(within(card).getByText('Default')).toBeInTheDocument();
    expect(within(card).getByText('Lead · 10%')).toBeInTheDocument();
    expect(within(card).getByText('Won · 100%')).toBeInTheDocument();
    expect(screen.getByText(/Managers and admins edit pipelines/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit stages' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New pipeline' })).not.toBeInTheDocument();
  });

  it('renames, reorders and adds stages in one save, showing field errors per stage', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya }, 'GET /api/pipelines': list(salesPipeline) });
    api.on(
      `PATCH /api/pipelines/${salesPipeline.id}`,
      { status: 400, body: problem(400, 'Invalid stages.2.probability', [{ field: 'stages.2.probability', message: 'must be from 0 to 100' }]) },
      (req) => ({ status: 200, body: { ...salesPipeline, ...(req.body as object) } }),
    );
    const { user } = renderApp('/settings/pipelines', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit stages' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit Sales pipeline' });
    await user.click(within(dialog).getByRole('button', { name: 'Move Proposal up' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add stage' }));
    const names = within(dialog).getAllByRole('textbox', { name: 'Stage name' });
    await user.type(names[2], 'Demo');
    const probabilities = within(dialog).getAllByRole('spinbutton', { name: 'Probability' });
    await user.clear(probabilities[2]);
    await user.type(probabilities[2], '150');
    await user.click(within(dialog).getByRole('button', { name: 'Save pipeline' }));

    expect(await within(dialog).findByText('must be from 0 to 100')).toBeInTheDocument();
    await user.clear(probabilities[2]);
    await user.type(probabilities[2], '40');
    await user.click(within(dialog).getByRole('button', { name: 'Save pipeline' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Sales pipeline' })).not.toBeInTheDocument());

    expect(api.callsTo(`PATCH /api/pipelines/${salesPipeline.id}`)[1].body).toEqual({
      name: 'Sales pipeline',
      description: null,
      stages: [
        { id: proposal.id, name: 'Proposal', order: 0, probability: 50, outcome: null },
        { id: lead.id, name: 'Lead', order: 1, probability: 10, outcome: null },
        { name: 'Demo', order: 2, probability: 40, outcome: null },
        { id: salesPipeline.stages[2].id, name: 'Won', order: 3, probability: 100, outcome: 'won' },
        { id: salesPipeline.stages[3].id, name: 'Lost', order: 4, probability: 0, outcome: 'lost' },
      ],
    });
  }, 45_000);

  it('deleting a stage that holds deals asks where they go, then moves them', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya }, 'GET /api/pipelines': list(salesPipeline) });
    const route = `DELETE /api/pipelines/${salesPipeline.id}/stages/${lead.id}`;
    api.on(route, { status: 409, body: { ...problem(409, 'Stage "Lead" holds 3 deals: give moveDealsTo to move them to another stage'), dealCount: 3 } }, { status: 204 });
    const { user } = renderApp('/settings/pipelines', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit stages' }));
    const editor = await screen.findByRole('dialog', { name: 'Edit Sales pipeline' });
    await user.click(within(editor).getByRole('button', { name: 'Delete Lead' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Lead”?' });
    await user.click(within(confirm).getByRole('button', { name: 'Delete stage' }));

    expect(await within(confirm).findByText('It still holds 3 deals. Choose the stage they move to.')).toBeInTheDocument();
    expect(within(confirm).getByRole('combobox', { name: 'Move deals to' })).toHaveTextContent('Proposal');
    await user.click(within(confirm).getByRole('button', { name: 'Move 3 and delete' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Delete “Lead”?' })).not.toBeInTheDocument());

    expect(api.callsTo(route).map((c) => c.url.searchParams.get('moveDealsTo'))).toEqual([null, proposal.id]);
    expect(within(editor).queryByDisplayValue('Lead')).not.toBeInTheDocument();
  }, 45_000);
});
