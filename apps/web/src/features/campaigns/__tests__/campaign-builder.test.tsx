import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { Campaign } from '../api/get-campaigns';
import { EMPTY_STATS, makeCampaign } from './campaign-fixtures';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const sam = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });
const TEMPLATE_ID = '10000000-0000-4000-8000-000000000001';
const CAMPAIGN_ID = '20000000-0000-4000-8000-000000000001';

const stats = EMPTY_STATS;
const campaign = (overrides: Partial<Campaign> = {}) => makeCampaign(ada.id, { id: CAMPAIGN_ID, templateId: TEMPLATE_ID, templateName: 'Welcome', ...overrides });

const ACME = { id: '30000000-0000-4000-8000-000000000001', name: 'Acme Corp', domain: 'acme.test', industry: null, size: null };
const GLOBEX = { id: '30000000-0000-4000-8000-000000000002', name: 'Globex', domain: null, industry: null, size: null };

interface Segment {
  status?: string[];
  tags?: string[];
  companyId?: string;
}

/** The audience the fake API reports: 120 contacts, 42 of them customers, 7 customers tagged vip, 3 at Acme. */
function audience(filter: Segment) {
  const count = filter.companyId === ACME.id ? 3 : filter.tags?.includes('vip') ? 7 : filter.status?.includes('customer') ? 42 : 120;
  return { status: 200, body: { count, excluded: 0 } };
}

const ENGAGED = { id: '40000000-0000-4000-8000-000000000001', name: 'Engaged readers' };
const COMPETITORS = { id: '40000000-0000-4000-8000-000000000002', name: 'Competitors' };
const segmentDto = (s: { id: string; name: string }) => ({ ...s, description: null, definition: { match: 'all', conditions: [] }, usedBy: [], createdById: null, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' });

/** Engaged readers reach 50 contacts; excluding the competitors among them leaves 46 (4 skipped). */
function segmentAudience(body: { segmentFilter: Segment; segmentIds?: string[]; excludeSegmentIds?: string[] }) {
  if (!body.segmentIds?.length) return audience(body.segmentFilter);
  const excluded = body.excludeSegmentIds?.includes(COMPETITORS.id) ? 4 : 0;
  return { status: 200, body: { count: 50 - excluded, excluded } };
}

function fakeApi(me = ada) {
  const api = new FakeApi({
    'GET /api/auth/me': { status: 200, body: me },
    'GET /api/templates': {
      status: 200,
      body: { data: [{ id: TEMPLATE_ID, name: 'Welcome', subject: 'Hello {{first_name}}', htmlBody: '<p>Hi</p>', textBody: null, fromEmail: null, fromName: null, warnings: [], createdById: null, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' }], total: 1, limit: 100, offset: 0 },
    },
    'GET /api/users': { status: 200, body: { data: [ada], total: 1, limit: 100, offset: 0 } },
    'POST /api/campaigns/audience': (req) => segmentAudience(req.body as { segmentFilter: Segment }),
    'GET /api/contacts/tags': (req) => {
      const search = req.url.searchParams.get('search')?.toLowerCase() ?? '';
      return { status: 200, body: [{ tag: 'vip', count: 7 }, { tag: 'newsletter', count: 30 }].filter((t) => t.tag.includes(search)) };
    },
    'GET /api/segments': { status: 200, body: { data: [segmentDto(COMPETITORS), segmentDto(ENGAGED)], total: 2, limit: 200, offset: 0 } },
    'GET /api/companies': (req) => {
      const search = req.url.searchParams.get('search')?.toLowerCase() ?? '';
      const data = [ACME, GLOBEX].filter((c) => c.name.toLowerCase().includes(search));
      return { status: 200, body: { data, total: data.length, limit: 20, offset: 0 } };
    },
    [`GET /api/companies/${ACME.id}`]: { status: 200, body: { ...ACME, contactCount: 3, dealCount: 0, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' } },
    'POST /api/campaigns': (req) => ({ status: 201, body: campaign(req.body as Record<string, unknown>) }),
    [`GET /api/campaigns/${CAMPAIGN_ID}`]: { status: 200, body: campaign({ status: 'sent', startedAt: '2025-03-01T10:00:00.000Z', completedAt: '2025-03-01T10:01:00.000Z', stats: { ...stats, recipients: 7, sent: 7 } }) },
    [`POST /api/campaigns/${CAMPAIGN_ID}/send`]: { status: 202, body: campaign({ status: 'sent' }) },
    [`GET /api/campaigns/${CAMPAIGN_ID}/stats`]: { status: 200, body: { ...stats, recipients: 7, sent: 7 } },
    [`GET /api/campaigns/${CAMPAIGN_ID}/timeline`]: { status: 200, body: { interval: 'minute', points: [] } },
    [`GET /api/campaigns/${CAMPAIGN_ID}/logs`]: { status: 200, body: { data: [], total: 0, limit: 25, offset: 0 } },
    [`GET /api/campaigns/${CAMPAIGN_ID}/links`]: { status: 200, body: [] },
    [`GET /api/campaigns/${CAMPAIGN_ID}/recipients/explain`]: (req) =>
      req.url.searchParams.get('email') === 'rival@globex.test' ? { status: 200, body: { included: false, reason: 'excluded_segment' } } : { status: 200, body: { included: true, reason: 'delivered' } },
  });
  return api;
}

describe('campaign builder', () => {
  it('counts the audience live as the segment changes', async () => {
    const api = fakeApi();
    const { user } = renderApp('/campaigns/new', { api, session });

    const recipients = await screen.findByLabelText('Recipients');
    expect(await within(recipients).findByText('120')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Customer' }));
    expect(await within(recipients).findByText('42')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'vip{Enter}');
    expect(await within(recipients).findByText('7')).toBeInTheDocument();
    expect(api.callsTo('POST /api/campaigns/audience').at(-1)!.body).toEqual({ segmentFilter: { status: ['customer'], tags: ['vip'], tagMatch: 'any' } });
  });

  it('offers only existing tags, so a typo adds nothing to the audience', async () => {
    const api = fakeApi();
    const { user } = renderApp('/campaigns/new', { api, session });
    const recipients = await screen.findByLabelText('Recipients');
    expect(await within(recipients).findByText('120')).toBeInTheDocument();

    const tags = screen.getByRole('combobox', { name: 'Tags' });
    await user.type(tags, 'vipp{Enter}');
    expect(screen.queryByRole('button', { name: 'vipp' })).not.toBeInTheDocument();
    await user.clear(tags);
    await user.type(tags, 'vi');
    const listbox = await screen.findByRole('listbox');
    await waitFor(() => expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['vip']));
    await user.click(within(listbox).getByRole('option', { name: 'vip' }));
    expect(await within(recipients).findByText('7')).toBeInTheDocument();
  });

  it('aims at saved segments less excluded ones, and the confirmation states from, subject, audience and excluded', async () => {
    const api = fakeApi();
    const { user } = renderApp('/campaigns/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Readers only');
    await user.click(screen.getByRole('combobox', { name: 'Template' }));
    await user.click(await screen.findByRole('option', { name: /Welcome/ }));

    await user.click(screen.getByRole('button', { name: 'Segments' }));
    // The quick filter gives way to the segment choice.
    expect(screen.queryByRole('checkbox', { name: 'Customer' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Send to segments' }));
    await user.click(await screen.findByRole('option', { name: 'Engaged readers' }));
    const recipients = screen.getByLabelText('Recipients');
    expect(await within(recipients).findByText('50')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Exclude segments' }));
    await user.click(await screen.findByRole('option', { name: 'Competitors' }));
    expect(await within(recipients).findByText('46')).toBeInTheDocument();
    expect(api.callsTo('POST /api/campaigns/audience').at(-1)!.body).toEqual({ segmentFilter: {}, segmentIds: [ENGAGED.id], excludeSegmentIds: [COMPETITORS.id] });

    await user.click(screen.getByRole('button', { name: 'Send now…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send “Readers only” now?' });
    expect(api.callsTo('POST /api/campaigns')[0].body).toEqual({
      name: 'Readers only',
      templateId: TEMPLATE_ID,
      segmentFilter: {},
      segmentIds: [ENGAGED.id],
      excludeSegmentIds: [COMPETITORS.id],
      trackOpens: true,
      trackClicks: true,
    });
    const facts = (term: string) => within(dialog).getByText(term).nextElementSibling?.textContent;
    expect(facts('From')).toBe('the default sender (Settings → Email sending)');
    expect(facts('Subject')).toBe('Hello {{first_name}}');
    expect(await within(dialog).findByText('46 recipients')).toBeInTheDocument();
    expect(facts('Audience')).toBe('46');
    expect(facts('Excluded')).toMatch(/^4 reached but skipped/);
    expect(within(dialog).getByRole('button', { name: 'Send to 46 recipients' })).toBeEnabled();
  });

  it('the report looks up why an address did or did not get the campaign', async () => {
    const api = fakeApi();
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });
    const box = await screen.findByRole('region', { name: 'Look up a recipient' });
    await user.type(within(box).getByRole('textbox', { name: 'Email address' }), 'rival@globex.test');
    await user.click(within(box).getByRole('button', { name: 'Look up' }));
    expect(await within(box).findByText(/they are in a segment this campaign excludes/)).toBeInTheDocument();
    expect(api.callsTo(`GET /api/campaigns/${CAMPAIGN_ID}/recipients/explain`).at(-1)!.url.searchParams.get('email')).toBe('rival@globex.test');

    await user.clear(within(box).getByRole('textbox', { name: 'Email address' }));
    await user.type(within(box).getByRole('textbox', { name: 'Email address' }), 'ann@acme.test{Enter}');
    expect(await within(box).findByText(/their email was delivered/)).toBeInTheDocument();
  });

  it('shows the recipient count for confirmation and sends only once confirmed', async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/campaigns/new', { api, session });

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Spring launch');
    await user.click(screen.getByRole('combobox', { name: 'Template' }));
    await user.click(await screen.findByRole('option', { name: /Welcome/ }));
    await user.click(screen.getByRole('button', { name: 'Send now…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Send “Spring launch” now?' });
    expect(await within(dialog).findByText('120 recipients')).toBeInTheDocument();
    expect(api.callsTo('POST /api/campaigns')[0].body).toEqual({ name: 'Spring launch', templateId: TEMPLATE_ID, segmentFilter: { tagMatch: 'any' }, trackOpens: true, trackClicks: true });
    // Nothing is sent until the count is confirmed.
    expect(api.callsTo(`POST /api/campaigns/${CAMPAIGN_ID}/send`)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Send to 120 recipients' }));
    expect(await screen.findByRole('heading', { name: 'Spring launch' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/campaigns/${CAMPAIGN_ID}`);
    expect(api.callsTo(`POST /api/campaigns/${CAMPAIGN_ID}/send`)).toHaveLength(1);
  });

  it('limits the audience to the company picked, and saves it with the campaign', async () => {
    const api = fakeApi();
    const { user, router } = renderApp('/campaigns/new', { api, session });

    const recipients = await screen.findByLabelText('Recipients');
    expect(await within(recipients).findByText('120')).toBeInTheDocument();

    await user.type(screen.getByRole('combobox', { name: 'Company' }), 'acm');
    await user.click(await screen.findByRole('option', { name: 'Acme Corp' }));
    expect(await within(recipients).findByText('3')).toBeInTheDocument();
    expect(api.callsTo('POST /api/campaigns/audience').at(-1)!.body).toEqual({ segmentFilter: { tagMatch: 'any', companyId: ACME.id } });

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Acme only');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/campaigns/${CAMPAIGN_ID}`));
    expect(api.callsTo('POST /api/campaigns')[0].body).toEqual({ name: 'Acme only', segmentFilter: { tagMatch: 'any', companyId: ACME.id }, trackOpens: true, trackClicks: true });
  });

  it('shows the company of a saved segment by name, and clearing it widens the audience again', async () => {
    const api = fakeApi();
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, { status: 200, body: campaign({ segmentFilter: { companyId: ACME.id } }) });
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}/edit`, { api, session });

    const company = await screen.findByRole('combobox', { name: 'Company' });
    expect(company).toHaveValue('Acme Corp');
    expect(document.title).toBe('Edit Spring launch · Campaigns · Corral');
    const recipients = screen.getByLabelText('Recipients');
    expect(await within(recipients).findByText('3')).toBeInTheDocument();

    await user.clear(company);
    expect(await within(recipients).findByText('120')).toBeInTheDocument();
    expect(api.callsTo('POST /api/campaigns/audience').at(-1)!.body).toEqual({ segmentFilter: { tagMatch: 'any' } });
  });

  it('saves the tracking switches, on by default, each with what it does', async () => {
    const api = fakeApi();
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, { status: 200, body: campaign({ trackClicks: false }) });
    api.on(`PATCH /api/campaigns/${CAMPAIGN_ID}`, (req) => ({ status: 200, body: campaign(req.body as Record<string, unknown>) }));
    const { user, router } = renderApp(`/campaigns/${CAMPAIGN_ID}/edit`, { api, session });

    const opens = await screen.findByRole('switch', { name: 'Track opens' });
    const clicks = screen.getByRole('switch', { name: 'Track clicks' });
    expect(opens).toBeChecked();
    expect(clicks).not.toBeChecked();
    expect(opens).toHaveAccessibleDescription(/invisible image/);
    expect(clicks).toHaveAccessibleDescription(/The unsubscribe link works either way/);

    await user.click(opens);
    await user.click(clicks);
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/campaigns/${CAMPAIGN_ID}`));
    expect(api.callsTo(`PATCH /api/campaigns/${CAMPAIGN_ID}`)[0].body).toMatchObject({ trackOpens: false, trackClicks: true });
  });

  it('shows the API’s message under a tracking switch it refused', async () => {
    const api = fakeApi();
    api.set('POST /api/campaigns', { status: 400, body: problem(400, 'Validation failed', [{ field: 'trackOpens', message: 'must be true or false' }]) });
    const { user } = renderApp('/campaigns/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Quiet');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByRole('switch', { name: 'Track opens' })).toHaveAccessibleDescription('Must be true or false'));
  });

  it('puts the API’s segment errors under the owner and tags, and one it cannot place at the top', async () => {
    const api = fakeApi();
    api.set('POST /api/campaigns', {
      status: 400,
      body: problem(400, 'Validation failed', [
        { field: 'segmentFilter.assignedToId', message: 'must be a UUID' },
        { field: 'segmentFilter.tags', message: 'each tag must be at most 50 characters' },
        { field: 'segmentFilter.status', message: 'must be lead, prospect or customer' },
      ]),
    });
    const { user } = renderApp('/campaigns/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Odd segment');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Owner' })).toHaveAccessibleDescription('Must be a UUID'));
    expect(screen.getByRole('combobox', { name: 'Tags' })).toHaveAccessibleDescription('Each tag must be at most 50 characters');
    expect(screen.getByRole('alert')).toHaveTextContent(/must be lead, prospect or customer/i);
  });

  it('asks before leaving a campaign with unsaved edits', async () => {
    const api = fakeApi();
    api.set('GET /api/campaigns', { status: 200, body: { data: [], total: 0, limit: 25, offset: 0 } });
    const { user, router } = renderApp('/campaigns/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Half done');

    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Campaigns' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe('/campaigns/new');

    await user.click(within(screen.getByRole('main')).getByRole('link', { name: 'Campaigns' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Discard changes?' })).getByRole('button', { name: 'Discard changes' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns'));
    expect(api.callsTo('POST /api/campaigns')).toEqual([]);
  });

  it('tells a member that managers and admins create campaigns, and asks the API nothing it would refuse', async () => {
    const api = fakeApi(sam);
    renderApp('/campaigns/new', { api, session });

    expect(await screen.findByRole('heading', { name: 'Only managers and admins create and send campaigns' })).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
    expect(api.callsTo('POST /api/campaigns/audience')).toEqual([]);
    expect(api.callsTo('GET /api/users')).toEqual([]);
  });
});

describe('campaign page', () => {
  it('deletes a sent campaign after confirmation naming it, then shows the list', async () => {
    const api = fakeApi();
    api.on(`DELETE /api/campaigns/${CAMPAIGN_ID}`, { status: 204 });
    api.set('GET /api/campaigns', { status: 200, body: { data: [], total: 0, limit: 25, offset: 0 } });
    const { user, router } = renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Spring launch”?' });
    expect(dialog).toHaveTextContent('Its report and the record of every email it sent are deleted too; the contacts it reached are not.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete campaign' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/campaigns'));
    expect(api.callsTo(`DELETE /api/campaigns/${CAMPAIGN_ID}`)).toHaveLength(1);
    expect(api.callsTo(`GET /api/campaigns/${CAMPAIGN_ID}`)).toHaveLength(1);
  });

  it('shows why the API refuses to delete, and stays on the campaign', async () => {
    const api = fakeApi();
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, { status: 200, body: campaign() });
    api.on(`DELETE /api/campaigns/${CAMPAIGN_ID}`, { status: 409, body: problem(409, 'A sending campaign cannot be deleted; cancel it first') });
    const { user, router } = renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Spring launch”?' });
    expect(dialog).toHaveTextContent('The draft is deleted.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete campaign' }));

    expect(await within(dialog).findByText('A sending campaign cannot be deleted; cancel it first')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/campaigns/${CAMPAIGN_ID}`);
  });

  it('says tracking was off instead of showing a 0 % rate', async () => {
    const api = fakeApi();
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, {
      status: 200,
      body: campaign({ status: 'sent', trackOpens: false, trackClicks: false, startedAt: '2025-03-01T10:00:00.000Z', stats: { ...stats, recipients: 7, sent: 7 } }),
    });
    const sentAt = '2025-03-01T10:00:05.000Z';
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}/timeline`, { status: 200, body: { interval: 'minute', points: [{ at: '2025-03-01T10:00:00.000Z', sent: 7, opened: 0, clicked: 0 }] } });
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}/logs`, {
      status: 200,
      body: {
        data: [
          {
            id: '00000000-0000-4000-8000-00000000e001',
            campaignId: CAMPAIGN_ID,
            campaignName: 'Spring launch',
            contactId: '00000000-0000-4000-8000-00000000c001',
            contactName: 'Linus Lead',
            templateId: null,
            email: 'linus@example.com',
            status: 'sent',
            renderedSubject: 'Hello',
            errorMessage: null,
            sentAt,
            openedAt: null,
            clickedAt: null,
            openCount: 0,
            clickCount: 0,
            clickedLinks: [],
            unsubscribedAt: null,
            createdAt: sentAt,
          },
        ],
        total: 1,
        limit: 25,
        offset: 0,
      },
    });
    renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });

    const openRate = await screen.findByRole('group', { name: 'Open rate' });
    expect(openRate).toHaveTextContent('Open tracking off');
    expect(openRate).not.toHaveTextContent('0%');
    expect(screen.getByRole('group', { name: 'Click rate' })).toHaveTextContent('Click tracking off');
    expect(screen.getByRole('group', { name: 'Opened' })).toHaveTextContent('—');
    expect(await screen.findByText('Click tracking is off for this campaign.')).toBeInTheDocument();
    // Neither the chart nor the recipients table draws the untracked figures as zeros.
    expect(await screen.findByRole('region', { name: 'Emails sent over time' })).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /Linus Lead/ });
    expect(within(row).getAllByLabelText('Not tracked')).toHaveLength(2);
  });

  it('shows the rates of a tracked campaign', async () => {
    const api = fakeApi();
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, {
      status: 200,
      body: campaign({ status: 'sent', startedAt: '2025-03-01T10:00:00.000Z', stats: { ...stats, recipients: 4, sent: 4, opened: 2, openRate: 0.5 } }),
    });
    renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });
    const openRate = await screen.findByRole('group', { name: 'Open rate' });
    expect(openRate).not.toHaveTextContent('Open tracking off');
    expect(openRate).toHaveTextContent('2 opened');
  });

  it('offers a member none of the controls the API would refuse them', async () => {
    const api = fakeApi(sam);
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, { status: 200, body: campaign({ status: 'sending', startedAt: '2025-03-01T10:00:00.000Z', stats: { ...stats, recipients: 7, pending: 7 } }) });
    renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });

    expect(await screen.findByRole('heading', { name: 'Spring launch' })).toBeInTheDocument();
    expect(document.title).toBe('Spring launch · Campaigns · Corral');
    for (const name of ['Pause', 'Cancel', 'Delete']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('does not offer to delete a campaign that is sending, and says why', async () => {
    const api = fakeApi();
    api.set(`GET /api/campaigns/${CAMPAIGN_ID}`, { status: 200, body: campaign({ status: 'sending', startedAt: '2025-03-01T10:00:00.000Z', stats: { ...stats, recipients: 7, pending: 7 } }) });
    const { user } = renderApp(`/campaigns/${CAMPAIGN_ID}`, { api, session });

    const button = await screen.findByRole('button', { name: 'Delete' });
    expect(button).toBeDisabled();
    await user.hover(button.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('A sending campaign cannot be deleted; cancel it first');
  });
});
