import { fireEvent, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import { makeField } from '../../../testing/field-definitions';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { Company, CompanyContact, CompanyDetail } from '../api/companies';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const manager = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const member = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });

const ACME_ID = '20000000-0000-4000-8000-000000000001';
const GLOBEX_ID = '20000000-0000-4000-8000-000000000002';

function company(overrides: Partial<Company> = {}): Company {
  return {
    id: ACME_ID,
    name: 'Acme Tools',
    domain: 'acme.example',
    industry: 'Manufacturing',
    size: '51-200',
    contactCount: 3,
    customFields: {},
    createdAt: '2025-03-01T09:30:00.000Z',
    updatedAt: '2025-03-01T09:30:00.000Z',
    ...overrides,
  };
}

function detail(overrides: Partial<CompanyDetail> = {}): CompanyDetail {
  return { ...company(), contactsByStatus: { lead: 1, prospect: 0, customer: 2, archived: 0 }, ...overrides };
}

function contact(overrides: Partial<CompanyContact>): CompanyContact {
  return {
    id: '10000000-0000-4000-8000-000000000001',
    firstName: 'Ada',
    lastName: 'Lovelace',
    fullName: 'Ada Lovelace',
    email: 'ada@acme.example',
    phone: null,
    companyId: ACME_ID,
    company: { id: ACME_ID, name: 'Acme Tools' },
    status: 'customer',
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

const page = <T,>(...rows: T[]) => ({ status: 200, body: { data: rows, total: rows.length, limit: 25, offset: 0 } });
const industries = { 'GET /api/companies/industries': { status: 200, body: ['Manufacturing', 'Software'] } };
const me = (user = manager) => ({ 'GET /api/auth/me': { status: 200, body: user } });

/** The company page of Acme with two visible contacts; `user` decides what it may do. */
function companyPageApi(user = manager) {
  const api = new FakeApi({ ...me(user), ...industries, 'GET /api/fields': { status: 200, body: [] }, [`GET /api/companies/${ACME_ID}`]: { status: 200, body: detail() } });
  api.on(
    'GET /api/contacts',
    page(
      contact({}),
      contact({
        id: '10000000-0000-4000-8000-000000000002',
        firstName: 'Bo',
        lastName: 'Brown',
        fullName: 'Bo Brown',
        email: 'bo@acme.example',
        status: 'lead',
        assignedToId: member.id,
        assignedTo: { id: member.id, name: member.name, email: member.email },
      }),
    ),
  );
  return api;
}

describe('companies list', () => {
  it('lists companies with their contact counts, and searches on the server as you type', async () => {
    const acme = company();
    const globex = company({ id: GLOBEX_ID, name: 'Globex', domain: null, industry: null, size: null, contactCount: 1200 });
    const api = new FakeApi({ ...me(), ...industries });
    api.on('GET /api/companies', (request) => (request.url.searchParams.get('search') === 'glob' ? page(globex) : page(acme, globex)));
    const { user } = renderApp('/companies', { api, session });

    const table = await screen.findByRole('table', { name: 'Companies' });
    const acmeRow = (await within(table).findByRole('link', { name: 'Acme Tools' })).closest('tr') as HTMLElement;
    expect(within(acmeRow).getByText('acme.example')).toBeInTheDocument();
    expect(within(acmeRow).getByText('Manufacturing')).toBeInTheDocument();
    expect(within(acmeRow).getByText('51-200')).toBeInTheDocument();
    expect(within(acmeRow).getByText('3')).toBeInTheDocument();
    const globexRow = within(table).getByRole('link', { name: 'Globex' }).closest('tr') as HTMLElement;
    expect(within(globexRow).getByText((1200).toLocaleString())).toBeInTheDocument();
    expect(screen.getByText('2 companies')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Search companies' }), 'glob');
    await waitFor(() => expect(within(table).queryByRole('link', { name: 'Acme Tools' })).not.toBeInTheDocument());
    expect(within(table).getByRole('link', { name: 'Globex' })).toBeInTheDocument();
    expect(screen.getByText('1 company')).toBeInTheDocument();
    // Debounced: one request for the word, not one per keystroke.
    expect(api.callsTo('GET /api/companies').map((c) => c.url.searchParams.get('search')).filter((s) => s !== null)).toEqual(['glob']);
    expect(api.unhandled).toEqual([]);
  });

  it('filters by industry on the server', async () => {
    const api = new FakeApi({ ...me(), ...industries, 'GET /api/companies': page(company()) });
    const { user } = renderApp('/companies', { api, session });

    await user.click(await screen.findByRole('combobox', { name: 'Industry' }));
    await user.click(await screen.findByRole('option', { name: 'Software' }));
    await waitFor(() => expect(api.callsTo('GET /api/companies').at(-1)?.url.searchParams.get('industry')).toBe('Software'));
  });

  it('says when no company matches, and when there is none yet', async () => {
    const api = new FakeApi({ ...me(), ...industries, 'GET /api/companies': page() });
    const { user } = renderApp('/companies', { api, session });

    expect(await screen.findByText('No companies yet')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Search companies' }), 'zzz');
    expect(await screen.findByText('No company matches')).toBeInTheDocument();
  });

  it('creates a company and opens its page', async () => {
    const created = detail({ id: GLOBEX_ID, name: 'Globex', domain: 'globex.example', industry: 'Software', size: null, contactCount: 0, contactsByStatus: { lead: 0, prospect: 0, customer: 0, archived: 0 } });
    const api = new FakeApi({
      ...me(),
      ...industries,
      'GET /api/companies': page(company()),
      'POST /api/companies': { status: 201, body: created },
      [`GET /api/companies/${GLOBEX_ID}`]: { status: 200, body: created },
      'GET /api/contacts': page(),
    });
    const { user, router } = renderApp('/companies', { api, session });

    await user.click(await screen.findByRole('button', { name: 'New company' }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Globex');
    await user.type(within(dialog).getByRole('textbox', { name: 'Website domain' }), 'globex.example');
    await user.type(within(dialog).getByRole('combobox', { name: 'Industry' }), 'Software');
    await user.click(within(dialog).getByRole('button', { name: 'Create company' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/companies/${GLOBEX_ID}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Globex' })).toBeInTheDocument();
    // Left empty, the size goes as null (unknown), not as an empty string the API would refuse.
    expect(api.callsTo('POST /api/companies')[0].body).toEqual({ name: 'Globex', domain: 'globex.example', industry: 'Software', size: null });
  });

  it('asks for the required custom fields, offers the others, and shows the API’s customFields error under its input', async () => {
    const sic = makeField({ key: 'sic_code', label: 'SIC code', type: 'text', objectType: 'company', required: true });
    const founded = makeField({ key: 'founded', type: 'date', objectType: 'company' });
    const api = new FakeApi({ ...me(), ...industries, 'GET /api/companies': page(company()), 'GET /api/fields': { status: 200, body: [sic, founded] } });
    api.on(
      'POST /api/companies',
      { status: 400, body: problem(400, 'Validation failed', [{ field: 'customFields.sic_code', message: 'SIC code must be 4 digits' }]) },
      { status: 201, body: detail({ id: GLOBEX_ID, name: 'Globex' }) },
    );
    api.on(`GET /api/companies/${GLOBEX_ID}`, { status: 200, body: detail({ id: GLOBEX_ID, name: 'Globex' }) });
    api.on('GET /api/contacts', page());
    const { user, router } = renderApp('/companies', { api, session });

    await user.click(await screen.findByRole('button', { name: 'New company' }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Globex');
    const sicInput = await within(dialog).findByRole('textbox', { name: 'SIC code' });
    expect(within(dialog).queryByLabelText('Founded')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Create company' }));
    expect(await within(dialog).findByText('SIC code is required')).toBeInTheDocument();
    expect(api.callsTo('POST /api/companies')).toEqual([]);

    await user.type(sicInput, '357');
    await user.click(within(dialog).getByRole('button', { name: 'More fields (1)' }));
    fireEvent.change(within(dialog).getByLabelText('Founded'), { target: { value: '1989-04-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Create company' }));
    expect(await within(dialog).findByText('SIC code must be 4 digits')).toBeInTheDocument();
    expect(sicInput).toHaveAccessibleDescription('SIC code must be 4 digits');

    await user.type(sicInput, '1');
    await user.click(within(dialog).getByRole('button', { name: 'Create company' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/companies/${GLOBEX_ID}`));
    expect(api.callsTo('POST /api/companies').map((c) => c.body)).toEqual([
      { name: 'Globex', domain: null, industry: null, size: null, customFields: { sic_code: '357', founded: '1989-04-01' } },
      { name: 'Globex', domain: null, industry: null, size: null, customFields: { sic_code: '3571', founded: '1989-04-01' } },
    ]);
  });

  it('shows the field the API refused under that field, and keeps the dialog open', async () => {
    const api = new FakeApi({
      ...me(),
      ...industries,
      'GET /api/companies': page(company()),
      'POST /api/companies': { status: 409, body: problem(409, 'A company with this name exists', [{ field: 'name', message: 'Acme Tools already exists' }]) },
    });
    const { user } = renderApp('/companies', { api, session });

    await user.click(await screen.findByRole('button', { name: 'New company' }));
    const dialog = await screen.findByRole('dialog', { name: 'New company' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, 'Acme Tools');
    await user.click(within(dialog).getByRole('button', { name: 'Create company' }));

    expect(await within(dialog).findByText('Acme Tools already exists')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('dialog', { name: 'New company' })).toBeInTheDocument();
  });
});

describe('company page', () => {
  it('shows the company, its contacts by status and its contacts', async () => {
    const api = companyPageApi();
    renderApp(`/companies/${ACME_ID}`, { api, session });

    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Tools' })).toBeInTheDocument();
    expect(screen.getByText('Manufacturing · 51-200 employees · 3 contacts')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'acme.example' })).toHaveAttribute('href', 'https://acme.example');

    const byStatus = screen.getByRole('heading', { name: 'Contacts by status' }).parentElement as HTMLElement;
    const countOf = (label: string) => within(byStatus).getByText(label).parentElement?.textContent;
    expect(countOf('Lead')).toBe('Lead1');
    expect(countOf('Prospect')).toBe('Prospect0');
    expect(countOf('Customer')).toBe('Customer2');
    expect(countOf('Archived')).toBe('Archived0');

    const contacts = await screen.findByRole('table', { name: 'Contacts at Acme Tools' });
    const bo = (await within(contacts).findByText('Bo Brown')).closest('tr') as HTMLElement;
    expect(within(bo).getByText('bo@acme.example')).toBeInTheDocument();
    expect(within(bo).getByText('Sam Seller')).toBeInTheDocument();
    const ada = within(contacts).getByText('Ada Lovelace').closest('tr') as HTMLElement;
    expect(within(ada).getByText('Unassigned')).toBeInTheDocument();
    expect(api.callsTo('GET /api/contacts')[0].url.searchParams.get('companyId')).toBe(ACME_ID);
    expect(screen.getByRole('link', { name: 'Open in contacts' })).toHaveAttribute('href', `/contacts?company=${ACME_ID}&companyName=Acme%20Tools`);
    expect(api.unhandled).toEqual([]);
  });

  it('edits the company, sending the changed fields and showing them', async () => {
    let stored = detail();
    const api = companyPageApi().set(`GET /api/companies/${ACME_ID}`, () => ({ status: 200, body: stored }));
    api.on(`PATCH /api/companies/${ACME_ID}`, (request) => {
      stored = { ...stored, ...(request.body as Partial<CompanyDetail>) };
      return { status: 200, body: stored };
    });
    const { user } = renderApp(`/companies/${ACME_ID}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit company' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(name).toHaveValue('Acme Tools');
    await user.clear(name);
    await user.type(name, 'Acme Works');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Website domain' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    await waitForElementToBeRemoved(dialog);
    expect(api.callsTo(`PATCH /api/companies/${ACME_ID}`)[0].body).toEqual({ name: 'Acme Works', domain: null, industry: 'Manufacturing', size: '51-200' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Acme Works' })).toBeInTheDocument();
  });

  it('deletes the company after confirmation and goes back to the list', async () => {
    const api = companyPageApi();
    api.on(`DELETE /api/companies/${ACME_ID}`, { status: 204 });
    api.on('GET /api/companies', page());
    const { user, router } = renderApp(`/companies/${ACME_ID}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Acme Tools”?' });
    expect(within(dialog).getByText(/Its contacts and deals stay in Corral, without a company/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete company' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/companies'));
    expect(api.callsTo(`DELETE /api/companies/${ACME_ID}`)).toHaveLength(1);
    expect(await screen.findByText('No companies yet')).toBeInTheDocument();
  });

  it('lets a member edit but not delete', async () => {
    renderApp(`/companies/${ACME_ID}`, { api: companyPageApi(member), session });

    expect(await screen.findByRole('button', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
  });

  it('says when the company does not exist', async () => {
    const api = new FakeApi({ ...me(), ...industries, [`GET /api/companies/${GLOBEX_ID}`]: { status: 404, body: problem(404, 'Company not found') }, 'GET /api/contacts': page() });
    renderApp(`/companies/${GLOBEX_ID}`, { api, session });

    expect(await screen.findByText('Company not found')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to companies' })).toHaveAttribute('href', '/companies');
  });
});
