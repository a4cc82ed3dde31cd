import type { components } from '@corral/api-client';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { CustomFieldValues } from '../custom-fields/field-types';
import { makeField } from '../../testing/field-definitions';
import { FakeApi, makeUser, problem } from '../../testing/fake-api';
import { renderApp } from '../../testing/render-app';

type Contact = components['schemas']['ContactDto'];

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const sam = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });
const CONTACT_ID = '10000000-0000-4000-8000-000000000001';

const definitions = [
  makeField({ key: 'nickname', type: 'text' }),
  makeField({ key: 'bio', type: 'textarea' }),
  makeField({ key: 'score', type: 'number' }),
  makeField({ key: 'birthday', type: 'date' }),
  makeField({ key: 'last_call', label: 'Last call', type: 'datetime' }),
  makeField({ key: 'vip', label: 'VIP', type: 'boolean' }),
  makeField({ key: 'tier', type: 'select', options: [{ value: 'gold', label: 'Gold' }, { value: 'silver', label: 'Silver' }] }),
  makeField({ key: 'interests', type: 'multiselect', options: [{ value: 'math', label: 'Mathematics' }, { value: 'poetry', label: 'Poetry' }, { value: 'engines', label: 'Engines' }] }),
  makeField({ key: 'website', type: 'url' }),
  makeField({ key: 'work_email', label: 'Work email', type: 'email' }),
  makeField({ key: 'mobile', type: 'phone' }),
  makeField({ key: 'opted_out', label: 'Opted out', type: 'boolean' }),
];

const VALUES: CustomFieldValues = {
  nickname: 'Enchantress of Numbers',
  bio: 'First programmer.\nPoet’s daughter.',
  score: 1234.5,
  birthday: '1815-12-10',
  last_call: '2025-03-01T09:30:00.000Z',
  vip: true,
  tier: 'gold',
  interests: ['math', 'poetry'],
  website: 'https://engines.example/ada',
  mobile: '+44 20 7946 0000',
  opted_out: false,
};

function contactApi(values: CustomFieldValues = VALUES) {
  let stored: Contact = {
    id: CONTACT_ID,
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
    assignedToId: sam.id,
    assignedTo: { id: sam.id, name: sam.name, email: sam.email },
    customFields: values,
    createdAt: '2025-03-01T09:30:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
  };
  const emptyPage = { status: 200, body: { data: [], total: 0, limit: 5, offset: 0 } };
  const api = new FakeApi({
    'GET /api/auth/me': { status: 200, body: sam },
    'GET /api/fields': { status: 200, body: definitions },
    [`GET /api/contacts/${CONTACT_ID}`]: () => ({ status: 200, body: stored }),
    [`GET /api/contacts/${CONTACT_ID}/activities`]: emptyPage,
    [`GET /api/contacts/${CONTACT_ID}/emails`]: emptyPage,
    [`GET /api/contacts/${CONTACT_ID}/subscriptions`]: { status: 200, body: [] },
    [`GET /api/contacts/${CONTACT_ID}/consents`]: { status: 200, body: [] },
    'GET /api/topics': { status: 200, body: [] },
    'GET /api/deals': emptyPage,
    'GET /api/workflow-executions': emptyPage,
    'GET /api/contacts/tags': { status: 200, body: [] },
  });
  const saved = (body: { customFields?: CustomFieldValues }) => {
    stored = { ...stored, customFields: Object.fromEntries(Object.entries({ ...stored.customFields, ...body.customFields }).filter(([, v]) => v !== null)) };
    return { status: 200, body: stored };
  };
  return { api, saved };
}

/** The card's row of a field: its label and what it shows (or its editor). */
function rowOf(label: string): HTMLElement {
  const card = screen.getByRole('region', { name: 'Fields' });
  return within(card).getByText(label, { selector: '.MuiTypography-caption' }).parentElement as HTMLElement;
}

const patches = (api: FakeApi) => api.callsTo(`PATCH /api/contacts/${CONTACT_ID}`).map((c) => c.body);

describe('custom fields card', () => {
  it('shows every field formatted by its type', async () => {
    const { api } = contactApi();
    renderApp(`/contacts/${CONTACT_ID}`, { api, session });

    await screen.findByRole('region', { name: 'Fields' });
    await waitFor(() => expect(rowOf('Nickname')).toHaveTextContent('Enchantress of Numbers'));
    expect(rowOf('Bio')).toHaveTextContent('First programmer. Poet’s daughter.', { normalizeWhitespace: true });
    expect(rowOf('Score')).toHaveTextContent(new Intl.NumberFormat().format(1234.5));
    expect(rowOf('Birthday')).toHaveTextContent(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('1815-12-10T00:00:00Z')));
    expect(rowOf('Last call')).toHaveTextContent(new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2025-03-01T09:30:00.000Z')));
    expect(rowOf('VIP')).toHaveTextContent('Yes');
    expect(rowOf('Opted out')).toHaveTextContent('No');
    expect(rowOf('Tier')).toHaveTextContent('Gold');
    expect(within(rowOf('Interests')).getByText('Mathematics')).toHaveClass('MuiChip-label');
    expect(within(rowOf('Interests')).getByText('Poetry')).toHaveClass('MuiChip-label');
    expect(within(rowOf('Website')).getByRole('link', { name: 'https://engines.example/ada' })).toHaveAttribute('href', 'https://engines.example/ada');
    expect(within(rowOf('Mobile')).getByRole('link', { name: '+44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
    expect(rowOf('Work email')).toHaveTextContent('—');
    expect(api.callsTo('GET /api/fields')[0].url.searchParams.get('objectType')).toBe('contact');
    expect(api.unhandled).toEqual([]);
  });

  it('edits text, number, date and date-time in place, saving each with a PATCH of customFields, and shows a 400 on customFields.<key> under its input', async () => {
    const { api, saved } = contactApi();
    api.on(
      `PATCH /api/contacts/${CONTACT_ID}`,
      { status: 400, body: problem(400, 'Validation failed', [{ field: 'customFields.score', message: 'Score must be at most 1000' }]) },
      (request) => saved(request.body as { customFields: CustomFieldValues }),
    );
    const { user } = renderApp(`/contacts/${CONTACT_ID}`, { api, session });
    await screen.findByRole('region', { name: 'Fields' });

    await user.click(await screen.findByRole('button', { name: 'Edit score' }));
    const score = within(rowOf('Score')).getByRole('spinbutton', { name: 'Score' });
    expect(score).toHaveValue(1234.5);
    await user.clear(score);
    await user.type(score, '2000');
    await user.click(within(rowOf('Score')).getByRole('button', { name: 'Save score' }));
    expect(await within(rowOf('Score')).findByText('Score must be at most 1000')).toBeInTheDocument();
    expect(score).toHaveAccessibleDescription('Score must be at most 1000');
    await user.clear(score);
    await user.type(score, '999.5');
    await user.click(within(rowOf('Score')).getByRole('button', { name: 'Save score' }));
    await waitFor(() => expect(rowOf('Score')).toHaveTextContent(new Intl.NumberFormat().format(999.5)));

    await user.click(screen.getByRole('button', { name: 'Edit nickname' }));
    await user.clear(within(rowOf('Nickname')).getByRole('textbox', { name: 'Nickname' }));
    await user.click(within(rowOf('Nickname')).getByRole('button', { name: 'Save nickname' }));
    await waitFor(() => expect(rowOf('Nickname')).toHaveTextContent('—'));

    await user.click(screen.getByRole('button', { name: 'Edit birthday' }));
    const birthday = within(rowOf('Birthday')).getByLabelText('Birthday');
    expect(birthday).toHaveAttribute('type', 'date');
    expect(birthday).toHaveValue('1815-12-10');
    fireEvent.change(birthday, { target: { value: '1815-12-11' } });
    await user.click(within(rowOf('Birthday')).getByRole('button', { name: 'Save birthday' }));
    await waitFor(() => expect(patches(api)).toHaveLength(4));

    await user.click(screen.getByRole('button', { name: 'Edit last call' }));
    const lastCall = within(rowOf('Last call')).getByLabelText('Last call');
    expect(lastCall).toHaveAttribute('type', 'datetime-local');
    fireEvent.change(lastCall, { target: { value: '2025-04-02T16:45' } });
    await user.click(within(rowOf('Last call')).getByRole('button', { name: 'Save last call' }));
    await waitFor(() => expect(patches(api)).toHaveLength(5));

    expect(patches(api)).toEqual([
      { customFields: { score: 2000 } },
      { customFields: { score: 999.5 } },
      { customFields: { nickname: null } },
      { customFields: { birthday: '1815-12-11' } },
      // Typed as the viewer's wall-clock time, stored as the instant.
      { customFields: { last_call: new Date('2025-04-02T16:45').toISOString() } },
    ]);
  });

  it('edits a checkbox, a select and a multiselect in place', async () => {
    const { api, saved } = contactApi();
    api.on(`PATCH /api/contacts/${CONTACT_ID}`, (request) => saved(request.body as { customFields: CustomFieldValues }));
    const { user } = renderApp(`/contacts/${CONTACT_ID}`, { api, session });
    await screen.findByRole('region', { name: 'Fields' });

    await user.click(await screen.findByRole('button', { name: 'Edit vip' }));
    const vip = within(rowOf('VIP')).getByRole('checkbox', { name: 'VIP' });
    expect(vip).toBeChecked();
    await user.click(vip);
    await user.click(within(rowOf('VIP')).getByRole('button', { name: 'Save vip' }));
    await waitFor(() => expect(rowOf('VIP')).toHaveTextContent('No'));

    await user.click(screen.getByRole('button', { name: 'Edit tier' }));
    await user.click(within(rowOf('Tier')).getByRole('combobox', { name: 'Tier' }));
    await user.click(await screen.findByRole('option', { name: 'Silver' }));
    await user.click(within(rowOf('Tier')).getByRole('button', { name: 'Save tier' }));
    await waitFor(() => expect(rowOf('Tier')).toHaveTextContent('Silver'));

    await user.click(screen.getByRole('button', { name: 'Edit tier' }));
    await user.click(within(rowOf('Tier')).getByRole('combobox', { name: 'Tier' }));
    await user.click(await screen.findByRole('option', { name: 'None' }));
    await user.click(within(rowOf('Tier')).getByRole('button', { name: 'Save tier' }));
    await waitFor(() => expect(rowOf('Tier')).toHaveTextContent('—'));

    await user.click(screen.getByRole('button', { name: 'Edit interests' }));
    const interests = within(rowOf('Interests')).getByRole('combobox', { name: 'Interests' });
    await user.click(interests);
    // Chosen options are not offered again.
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Engines']);
    await user.click(screen.getByRole('option', { name: 'Engines' }));
    await user.click(within(rowOf('Interests')).getByRole('button', { name: 'Save interests' }));
    await waitFor(() => expect(within(rowOf('Interests')).getByText('Engines')).toHaveClass('MuiChip-label'));

    expect(patches(api)).toEqual([
      { customFields: { vip: false } },
      { customFields: { tier: 'silver' } },
      { customFields: { tier: null } },
      { customFields: { interests: ['math', 'poetry', 'engines'] } },
    ]);
  });
});
