import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { ImportPreview, ImportStatus } from '../api/types';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const manager = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const users = { status: 200, body: { data: [manager], total: 1, limit: 200, offset: 0 } };

const hubspotCsv = [
  'Record ID,First Name,Email,Lifecycle Stage,Contact owner',
  '1,Ann,ann@example.com,Subscriber,Maya Manager',
  '2,Bob,bob@example.com,Marketing Qualified Lead,Nobody Known',
  '3,Cat,cat@example.com,Opportunity,Maya Manager',
  '4,Dan,dan@example.com,Customer,',
  '5,Eve,eve@example.com,Other,',
].join('\n');

const preview: ImportPreview = {
  delimiter: ',',
  total: 5,
  fields: ['email', 'firstName', 'lastName', 'fullName', 'phone', 'company', 'status', 'owner', 'tags', 'notes'],
  columns: [
    { header: 'Record ID', field: null, values: null },
    { header: 'First Name', field: 'firstName', values: null },
    { header: 'Email', field: 'email', values: null },
    {
      header: 'Lifecycle Stage',
      field: 'status',
      values: [
        { value: 'Customer', count: 1 },
        { value: 'Marketing Qualified Lead', count: 1 },
        { value: 'Opportunity', count: 1 },
        { value: 'Other', count: 1 },
        { value: 'Subscriber', count: 1 },
      ],
    },
    {
      header: 'Contact owner',
      field: 'owner',
      values: [
        { value: 'Maya Manager', count: 2 },
        { value: 'Nobody Known', count: 1 },
      ],
    },
  ],
  rows: [['1', 'Ann', 'ann@example.com', 'Subscriber', 'Maya Manager']],
  workflows: [
    { id: 'w1', name: 'Welcome email', triggerEvent: 'contact_created', tag: null, field: null, rows: 5 },
    { id: 'w2', name: 'Webinar follow-up', triggerEvent: 'tag_added', tag: 'webinar 2026', field: null, rows: 2 },
  ],
};

function status(overrides: Partial<ImportStatus>): ImportStatus {
  return {
    id: 'i1',
    status: 'completed',
    fileName: 'hubspot.csv',
    onDuplicate: 'skip',
    runWorkflows: false,
    columns: [],
    total: 5,
    processed: 5,
    created: 5,
    updated: 0,
    skipped: 0,
    errorCount: 0,
    errors: [],
    failureReason: null,
    createdAt: '2026-12-07T10:00:00.000Z',
    startedAt: '2026-12-07T10:00:00.000Z',
    finishedAt: '2026-12-07T10:00:01.000Z',
    ...overrides,
  };
}

/** The input is hidden inside its drop zone (user.upload clicks it first, which a hidden input ignores). */
async function uploadFile(csv: string) {
  const file = new File([csv], 'hubspot.csv', { type: 'text/csv' });
  fireEvent.change(await screen.findByLabelText('CSV file'), { target: { files: [file] } });
  return file;
}

async function choose(user: ReturnType<typeof renderApp>['user'], combobox: string, option: string | RegExp) {
  await user.click(await screen.findByRole('combobox', { name: combobox }));
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
}

describe('import wizard', () => {
  it('suggests status and owner values, warns about the active workflows and starts none unless asked, then shows errors as errors', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: manager },
      'GET /api/users': users,
      'POST /api/contacts/import/preview': { status: 200, body: preview },
      'POST /api/contacts/import': { status: 202, body: { id: 'i1' } },
      'GET /api/contacts/imports/i1': {
        status: 200,
        body: status({ created: 3, errorCount: 2, errors: [{ row: 3, message: 'owner "Nobody Known" is not the email or name of an active user' }, { row: 6, message: 'x' }] }),
      },
      'GET /api/contacts': { status: 200, body: { data: [], total: 0, totalIsEstimate: false, limit: 25, offset: 0 } },
    });
    const { user } = renderApp('/contacts/import', { api, session });
    const file = await uploadFile(hubspotCsv);

    await screen.findByRole('table', { name: 'Column mapping' });
    // The whole file went to the preview, not its first kilobytes.
    expect(api.callsTo('POST /api/contacts/import/preview')[0].body).toEqual({ file: { name: 'hubspot.csv', size: file.size } });
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const statusValues = await screen.findByRole('table', { name: 'Status values' });
    expect(within(statusValues).getByRole('combobox', { name: 'Status for “Subscriber”' })).toHaveTextContent('Lead');
    expect(within(statusValues).getByRole('combobox', { name: 'Status for “Marketing Qualified Lead”' })).toHaveTextContent('Lead');
    expect(within(statusValues).getByRole('combobox', { name: 'Status for “Opportunity”' })).toHaveTextContent('Prospect');
    expect(within(statusValues).getByRole('combobox', { name: 'Status for “Customer”' })).toHaveTextContent('Customer');
    expect(within(statusValues).getByRole('combobox', { name: 'Status for “Other”' })).toHaveTextContent('Choose…');
    expect(await screen.findByRole('combobox', { name: 'Owner for “Maya Manager”' })).toHaveTextContent('Maya Manager (maya@example.com)');
    expect(screen.getByRole('combobox', { name: 'Owner for “Nobody Known”' })).toHaveTextContent('Choose…');
    expect(screen.getByText(/2 rows have values Corral cannot match yet/)).toBeInTheDocument();

    await choose(user, 'Status for “Other”', 'Leave empty (new contacts become leads)');
    expect(screen.getByText(/1 row has a value Corral cannot match yet/)).toBeInTheDocument();

    const workflows = screen.getByRole('region', { name: 'Workflows' });
    expect(within(workflows).getByText(/when a contact is created/).closest('li')).toHaveTextContent('Welcome email (when a contact is created): 5 rows');
    expect(within(workflows).getByText(/webinar 2026/).closest('li')).toHaveTextContent('Webinar follow-up (when the tag “webinar 2026” is added): 2 rows');
    expect(within(workflows).getByRole('checkbox', { name: /Start these workflows/ })).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Start import' }));
    await waitFor(() => expect(api.callsTo('POST /api/contacts/import')).toHaveLength(1));
    const sent = api.callsTo('POST /api/contacts/import')[0].body as Record<string, string>;
    expect(sent.runWorkflows).toBe('false');
    expect(JSON.parse(sent.valueMapping)).toEqual({
      status: { Customer: 'customer', 'Marketing Qualified Lead': 'lead', Opportunity: 'prospect', Other: '', Subscriber: 'lead' },
      owner: { 'Maya Manager': 'maya@example.com' },
    });
    expect(JSON.parse(sent.mapping)).toMatchObject({ 'Lifecycle Stage': 'status', 'Contact owner': 'owner', 'Record ID': '' });

    expect(await screen.findByRole('status')).toHaveTextContent('Imported with 2 errors: 5 rows processed');
    expect(screen.queryByText(/Import complete/)).not.toBeInTheDocument();
    expect(screen.getByText('Failed').closest('div')).toHaveTextContent('2');
    expect(screen.getByText('2 of 5 rows were not imported. Download the error report below, fix those rows and import them again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download error report' })).toBeInTheDocument();
  });

  it('recounts the workflows under a changed column mapping and runs them when ticked', async () => {
    const remapped: ImportPreview = { ...preview, workflows: [{ id: 'w2', name: 'Webinar follow-up', triggerEvent: 'tag_added', tag: 'webinar 2026', field: null, rows: 4 }] };
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: manager },
      'GET /api/users': users,
      'POST /api/contacts/import': { status: 202, body: { id: 'i1' } },
      'GET /api/contacts/imports/i1': { status: 200, body: status({ runWorkflows: true }) },
      'GET /api/contacts': { status: 200, body: { data: [], total: 0, totalIsEstimate: false, limit: 25, offset: 0 } },
    });
    api.on('POST /api/contacts/import/preview', { status: 200, body: preview }, { status: 200, body: remapped });
    const { user } = renderApp('/contacts/import', { api, session });
    await uploadFile(hubspotCsv);

    await choose(user, 'Field for column Record ID', 'Tags');
    await choose(user, 'Field for column Contact owner', 'Don’t import');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const workflows = await screen.findByRole('region', { name: 'Workflows' });
    expect(await within(workflows).findByText(/: 4 rows/)).toHaveTextContent('Webinar follow-up (when the tag “webinar 2026” is added): 4 rows');
    expect(within(workflows).queryByText(/Welcome email/)).not.toBeInTheDocument();
    const recount = api.callsTo('POST /api/contacts/import/preview')[1].body as Record<string, string>;
    expect(JSON.parse(recount.mapping)).toMatchObject({ 'Record ID': 'tags', 'Contact owner': '' });
    expect(screen.queryByRole('region', { name: 'Owner values' })).not.toBeInTheDocument();

    await choose(user, 'Status for “Other”', 'Archived');
    await user.click(within(workflows).getByRole('checkbox', { name: /Start these workflows/ }));
    await user.click(screen.getByRole('button', { name: 'Start import' }));
    await waitFor(() => expect(api.callsTo('POST /api/contacts/import')).toHaveLength(1));
    const sent = api.callsTo('POST /api/contacts/import')[0].body as Record<string, string>;
    expect(sent.runWorkflows).toBe('true');
    expect(JSON.parse(sent.valueMapping)).toEqual({
      status: { Customer: 'customer', 'Marketing Qualified Lead': 'lead', Opportunity: 'prospect', Other: 'archived', Subscriber: 'lead' },
    });
    expect(await screen.findByRole('status')).toHaveTextContent('Import complete: 5 rows processed');
  });

  it('counts the contact_updated workflows of the contacts an import would update, and keeps them quiet unless ticked', async () => {
    const updating: ImportPreview = {
      ...preview,
      workflows: [...preview.workflows, { id: 'w3', name: 'Status watcher', triggerEvent: 'contact_updated', tag: null, field: 'status', rows: 3 }],
    };
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: manager },
      'GET /api/users': users,
      'POST /api/contacts/import': { status: 202, body: { id: 'i1' } },
      'GET /api/contacts/imports/i1': { status: 200, body: status({ onDuplicate: 'update' }) },
      'GET /api/contacts': { status: 200, body: { data: [], total: 0, totalIsEstimate: false, limit: 25, offset: 0 } },
    });
    api.on('POST /api/contacts/import/preview', { status: 200, body: preview }, { status: 200, body: updating });
    const { user } = renderApp('/contacts/import', { api, session });
    await uploadFile(hubspotCsv);

    await user.click(await screen.findByRole('radio', { name: /Update the existing contact/ }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    const workflows = await screen.findByRole('region', { name: 'Workflows' });
    expect((await within(workflows).findByText(/Status watcher/)).closest('li')).toHaveTextContent('Status watcher (when a contact’s status changes): 3 rows');
    expect((api.callsTo('POST /api/contacts/import/preview')[1].body as Record<string, string>).onDuplicate).toBe('update');
    const checkbox = within(workflows).getByRole('checkbox', { name: /Start these workflows for the contacts the import creates or updates/ });
    expect(checkbox).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Start import' }));
    await waitFor(() => expect(api.callsTo('POST /api/contacts/import')).toHaveLength(1));
    const sent = api.callsTo('POST /api/contacts/import')[0].body as Record<string, string>;
    expect(sent).toMatchObject({ onDuplicate: 'update', runWorkflows: 'false' });
  });

  it('says everything the API refuses about a start above the buttons, and stays on the step', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: manager },
      'GET /api/users': users,
      'POST /api/contacts/import/preview': { status: 200, body: preview },
      'POST /api/contacts/import': {
        status: 400,
        body: problem(400, 'Validation failed', [
          { field: 'mapping', message: 'names a column the file does not have: "Record ID"' },
          { field: 'valueMapping', message: 'maps the status value "Other" to "gone", which is not a status' },
        ]),
      },
    });
    const { user } = renderApp('/contacts/import', { api, session });
    await uploadFile(hubspotCsv);
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    await user.click(await screen.findByRole('button', { name: 'Start import' }));

    expect(await screen.findByText('Names a column the file does not have: "Record ID". Maps the status value "Other" to "gone", which is not a status')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start import' })).toBeEnabled();
  });
});
