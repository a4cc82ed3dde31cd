import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { SegmentDefinition } from '../api/segments';

// The builder renders many MUI inputs; on a loaded 2-core machine a test can take tens of seconds.
jest.setTimeout(90_000);

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const SEGMENT_ID = '50000000-0000-4000-8000-000000000001';
const CAMPAIGN = { id: '20000000-0000-4000-8000-000000000001', name: 'March newsletter' };

const SCORE = {
  id: '60000000-0000-4000-8000-000000000001',
  objectType: 'contact',
  key: 'score',
  label: 'Score',
  type: 'number',
  options: [],
  required: false,
  description: null,
  position: 0,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

const GRACE = {
  id: '10000000-0000-4000-8000-000000000002',
  firstName: 'Grace',
  lastName: 'Hopper',
  fullName: 'Grace Hopper',
  email: 'grace@navy.example',
  phone: null,
  companyId: null,
  company: null,
  status: 'lead',
  tags: ['vip'],
  notes: null,
  assignedToId: null,
  assignedTo: null,
  customFields: {},
  createdAt: '2025-03-01T09:30:00.000Z',
  updatedAt: '2025-03-01T09:30:00.000Z',
};

/** Counts by how many conditions the definition holds at its top level, so each edit shows a new figure (and, from two on, a sample). */
function countOf(definition: SegmentDefinition) {
  return { status: 200, body: { count: 100 + definition.conditions.length * 11, sample: definition.conditions.length >= 2 ? [GRACE] : [] } };
}

function fakeApi() {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: ada },
    'GET /api/fields': (req) => ({ status: 200, body: req.url.searchParams.get('objectType') === 'contact' ? [SCORE] : [] }),
    'GET /api/pipelines': { status: 200, body: { data: [], total: 0, limit: 200, offset: 0 } },
    'GET /api/campaigns': { status: 200, body: { data: [CAMPAIGN], total: 1, limit: 200, offset: 0 } },
    'GET /api/segments': { status: 200, body: { data: [], total: 0, limit: 200, offset: 0 } },
    'GET /api/users': { status: 200, body: { data: [ada], total: 1, limit: 200, offset: 0 } },
    'GET /api/contacts/tags': { status: 200, body: [{ tag: 'vip', count: 3 }] },
    'POST /api/segments/count': (req) => countOf((req.body as { definition: SegmentDefinition }).definition),
    'POST /api/segments': (req) => ({
      status: 201,
      body: { id: SEGMENT_ID, description: null, usedBy: [], createdById: ada.id, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z', ...(req.body as object) },
    }),
    [`GET /api/segments/${SEGMENT_ID}/count`]: { status: 200, body: { count: 122 } },
    [`GET /api/segments/${SEGMENT_ID}/contacts`]: { status: 200, body: { data: [], total: 0, limit: 25, offset: 0 } },
  });
}

const conditions = () => screen.getAllByRole('group', { name: 'Condition' });

async function choose(scope: HTMLElement, label: string, option: string) {
  const { user } = current;
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.click(await screen.findByRole('option', { name: option }));
}

let current: ReturnType<typeof renderApp>;

async function operatorsOf(scope: HTMLElement): Promise<string[]> {
  await current.user.click(within(scope).getByRole('combobox', { name: 'Operator' }));
  const names = (await screen.findAllByRole('option')).map((o) => o.textContent ?? '');
  await current.user.keyboard('{Escape}');
  return names;
}

describe('segment builder', () => {
  it('offers the operators that fit each field’s type, custom fields included', async () => {
    current = renderApp('/segments/new', { api: fakeApi(), session });
    const [row] = await waitFor(conditions);
    expect(await operatorsOf(row)).toEqual(['is', 'is not', 'is any of', 'is none of']);

    await choose(row, 'Field', 'Tags');
    expect(await operatorsOf(row)).toEqual(['has', 'does not have', 'has any of', 'has none of', 'is empty', 'is not empty']);

    await choose(row, 'Field', 'Score');
    expect(await operatorsOf(row)).toEqual(['is', 'is not', 'greater than', 'at least', 'less than', 'at most', 'is empty', 'is not empty']);

    await choose(row, 'Field', 'Created');
    expect(await operatorsOf(row)).toEqual(['before', 'after', 'in the last … days', 'more than … days ago']);
  });

  it('builds a nested group with an engagement condition, counts it as you edit, and saves it', async () => {
    const api = fakeApi();
    current = renderApp('/segments/new', { api, session });
    const { user } = current;
    const count = await screen.findByLabelText('Matching contacts');
    expect(await within(count).findByText('111')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Engaged VIPs');
    const [first] = conditions();
    await choose(first, 'Field', 'Tags');
    await choose(first, 'Operator', 'has');
    await user.type(within(first).getByRole('combobox', { name: 'Tag' }), 'vi');
    await user.click(await screen.findByRole('option', { name: 'vip' }));

    await user.click(screen.getAllByRole('button', { name: 'Add group' })[0]);
    const group = await screen.findByRole('group', { name: 'Group at level 2' });
    await user.click(within(group).getByRole('button', { name: 'any' }));
    const [inner] = within(group).getAllByRole('group', { name: 'Condition' });
    await choose(inner, 'Kind', 'Email engagement');
    await choose(inner, 'Engagement', 'opened');
    await choose(inner, 'Campaign', 'March newsletter');
    await user.type(within(inner).getByRole('spinbutton', { name: 'Within days' }), '30');
    await user.click(within(group).getByRole('button', { name: 'Add condition' }));
    const second = within(group).getAllByRole('group', { name: 'Condition' })[1];
    await choose(second, 'Field', 'Score');
    await choose(second, 'Operator', 'at least');
    await user.type(within(second).getByRole('spinbutton'), '5');

    const expected: SegmentDefinition = {
      match: 'all',
      conditions: [
        { field: 'tags', op: 'contains', value: 'vip' },
        {
          match: 'any',
          conditions: [
            { type: 'email', op: 'opened', campaignId: CAMPAIGN.id, withinDays: 30 },
            { field: 'cf.score', op: 'gte', value: 5 },
          ],
        },
      ],
    };
    // The count follows the edit (two top-level conditions now) once typing pauses.
    expect(await within(count).findByText('122')).toBeInTheDocument();
    // The sample is the unsaved definition's, from the same answer.
    expect(within(screen.getByRole('region', { name: 'Sample of matching contacts' })).getByRole('link', { name: 'Grace Hopper' })).toBeInTheDocument();
    await waitFor(() => expect(api.callsTo('POST /api/segments/count').at(-1)!.body).toEqual({ definition: expected }));
    // A nested group holds no further "Add group" at the last level it may reach, but level 2 still may.
    expect(within(group).getByRole('button', { name: 'Add group' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save segment' }));
    await waitFor(() => expect(current.router.state.location.pathname).toBe(`/segments/${SEGMENT_ID}`));
    expect(api.callsTo('POST /api/segments')[0].body).toEqual({ name: 'Engaged VIPs', description: null, definition: expected });
  });

  it('shows the count’s 400 under the condition it names, and the count again once fixed', async () => {
    const api = fakeApi();
    api.set('POST /api/segments/count', (req) => {
      const definition = (req.body as { definition: SegmentDefinition }).definition;
      const group = definition.conditions[1] as SegmentDefinition | undefined;
      const email = group?.conditions?.[0] as { withinDays?: number } | undefined;
      if (email?.withinDays === 0) {
        return { status: 400, body: problem(400, 'Invalid segment', [{ field: 'definition.conditions.1.conditions.0.withinDays', message: 'Within days must be a whole number from 1 to 36500' }]) };
      }
      return countOf(definition);
    });
    current = renderApp('/segments/new', { api, session });
    const { user } = current;
    const count = await screen.findByLabelText('Matching contacts');
    expect(await within(count).findByText('111')).toBeInTheDocument();

    await user.click(screen.getAllByRole('button', { name: 'Add group' })[0]);
    const group = await screen.findByRole('group', { name: 'Group at level 2' });
    const [inner] = within(group).getAllByRole('group', { name: 'Condition' });
    await choose(inner, 'Kind', 'Email engagement');
    await user.type(within(inner).getByRole('spinbutton', { name: 'Within days' }), '0');

    expect(await within(inner).findByRole('alert')).toHaveTextContent('Within days must be a whole number from 1 to 36500');
    // Only the condition it names shows it.
    expect(within(conditions()[0]).queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('Fix the condition marked in red to see the count.')).toBeInTheDocument();

    await user.clear(within(inner).getByRole('spinbutton', { name: 'Within days' }));
    await user.type(within(inner).getByRole('spinbutton', { name: 'Within days' }), '7');
    expect(await within(await screen.findByLabelText('Matching contacts')).findByText('122')).toBeInTheDocument();
    expect(within(inner).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('stops offering groups at the third level', async () => {
    current = renderApp('/segments/new', { api: fakeApi(), session });
    const { user } = current;
    await user.click((await screen.findAllByRole('button', { name: 'Add group' }))[0]);
    const level2 = await screen.findByRole('group', { name: 'Group at level 2' });
    await user.click(within(level2).getByRole('button', { name: 'Add group' }));
    const level3 = await screen.findByRole('group', { name: 'Group at level 3' });
    expect(within(level3).queryByRole('button', { name: 'Add group' })).not.toBeInTheDocument();
    expect(within(level3).getByRole('button', { name: 'Add condition' })).toBeInTheDocument();
  });
});
