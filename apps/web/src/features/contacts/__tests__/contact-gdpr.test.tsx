import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { Contact } from '../api/types';

// The first test renders the contact page, the dialog and then the whole list: ~20 s on a loaded 2-core host.
jest.setTimeout(60_000);

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const manager = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const member = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });

const ada: Contact = {
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
  assignedToId: member.id,
  assignedTo: { id: member.id, name: member.name, email: member.email },
  customFields: {},
  createdAt: '2025-03-01T09:30:00.000Z',
  updatedAt: '2025-03-01T09:30:00.000Z',
};

const emptyPage = { status: 200, body: { data: [], total: 0, limit: 5, offset: 0 } };

function contactApi(user = manager) {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: user },
    [`GET /api/contacts/${ada.id}`]: { status: 200, body: ada },
    [`GET /api/contacts/${ada.id}/activities`]: emptyPage,
    [`GET /api/contacts/${ada.id}/emails`]: emptyPage,
    'GET /api/deals': emptyPage,
    'GET /api/workflow-executions': emptyPage,
    'GET /api/fields': { status: 200, body: [] },
    'GET /api/users': { status: 200, body: { data: [manager, member], total: 2, limit: 200, offset: 0 } },
    'GET /api/contacts': { status: 200, body: { data: [], total: 0, totalIsEstimate: false, limit: 25, offset: 0 } },
    'GET /api/contacts/tags': { status: 200, body: [] },
    'GET /api/companies': { status: 200, body: { data: [], total: 0, limit: 20, offset: 0 } },
    'GET /api/views': { status: 200, body: { data: [], total: 0, limit: 200, offset: 0 } },
  });
}

describe('GDPR on the contact page', () => {
  it('erases only once the contact’s address is typed, then lands on the list with a notice', async () => {
    const api = contactApi();
    api.on(`POST /api/contacts/${ada.id}/erase`, { status: 204 });
    const { user } = renderApp(`/contacts/${ada.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Erase personal data' }));
    const dialog = await screen.findByRole('dialog', { name: 'Erase the personal data of “Ada Lovelace”?' });
    const erase = within(dialog).getByRole('button', { name: 'Erase personal data' });
    const field = within(dialog).getByRole('textbox', { name: 'Email address of the contact' });
    expect(erase).toBeDisabled();
    await user.type(field, 'ada@engines.exampl');
    expect(erase).toBeDisabled();
    // Enter in the field submits the form: a wrong address is refused there, without calling the API.
    await user.type(field, '{Enter}');
    expect(api.callsTo(`POST /api/contacts/${ada.id}/erase`)).toHaveLength(0);
    await user.type(field, 'E');
    expect(erase).toBeEnabled();

    await user.click(erase);
    expect(await screen.findByText('The personal data of “Ada Lovelace” was erased; their address will not be emailed again.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/contacts/${ada.id}/erase`)).toHaveLength(1);
    expect(await screen.findByRole('heading', { name: 'Contacts' })).toBeInTheDocument();
  });

  it('shows the API’s refusal in the dialog, which stays open', async () => {
    const api = contactApi();
    api.on(`POST /api/contacts/${ada.id}/erase`, { status: 404, body: problem(404, `Contact ${ada.id} not found`) });
    const { user } = renderApp(`/contacts/${ada.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Erase personal data' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('textbox', { name: 'Email address of the contact' }), ' ADA@engines.example ');
    await user.click(within(dialog).getByRole('button', { name: 'Erase personal data' }));
    expect(await within(dialog).findByText(`Contact ${ada.id} not found`)).toBeInTheDocument();
  });

  it('downloads the export as JSON', async () => {
    const api = contactApi();
    api.on(`GET /api/contacts/${ada.id}/export`, { status: 200, body: { contact: { id: ada.id } } });
    const created: Blob[] = [];
    URL.createObjectURL = (blob: Blob) => (created.push(blob), 'blob:export');
    URL.revokeObjectURL = () => undefined;
    // jsdom cannot follow a download link; the file's name is what the click would save.
    const saved: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const { user } = renderApp(`/contacts/${ada.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Export data' }));
    await waitFor(() => expect(saved).toEqual([`contact-${ada.id}.json`]));
    expect(JSON.parse(await created[0].text())).toEqual({ contact: { id: ada.id } });
    click.mockRestore();
  });

  it('is not offered to members', async () => {
    renderApp(`/contacts/${ada.id}`, { api: contactApi(member), session });
    expect(await screen.findByRole('heading', { name: 'Ada Lovelace' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Erase personal data' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Export data' })).not.toBeInTheDocument();
  });
});
