import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser } from '../../../testing/fake-api';
import { makeField } from '../../../testing/field-definitions';
import { renderApp } from '../../../testing/render-app';
import type { ImportPreview, ImportStatus } from '../api/types';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const manager = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });

const mailchimpCsv = [
  'Email Address,MEMBER_RATING,CC,Interests',
  'ann@example.com,3,US,"Cooking, Sports"',
  'bob@example.com,5,DE,Sports',
  'cat@example.com,3,US,Kochen',
].join('\n');

const preview: ImportPreview = {
  delimiter: ',',
  total: 3,
  fields: ['email', 'firstName', 'lastName', 'fullName', 'phone', 'company', 'status', 'owner', 'tags', 'notes', 'createdAt'],
  columns: [
    { header: 'Email Address', field: 'email', values: null, suggestedField: null, guessedType: 'email' },
    {
      header: 'MEMBER_RATING',
      field: null,
      suggestedField: null,
      guessedType: 'number',
      values: [
        { value: '3', count: 2 },
        { value: '5', count: 1 },
      ],
    },
    {
      header: 'CC',
      field: null,
      suggestedField: null,
      guessedType: 'select',
      values: [
        { value: 'US', count: 2 },
        { value: 'DE', count: 1 },
      ],
    },
    {
      header: 'Interests',
      field: 'cf.interests',
      suggestedField: 'cf.interests',
      guessedType: 'text',
      values: [
        { value: 'Cooking, Sports', count: 1 },
        { value: 'Kochen', count: 1 },
        { value: 'Sports', count: 1 },
      ],
    },
  ],
  rows: [['ann@example.com', '3', 'US', 'Cooking, Sports']],
  workflows: [],
};

const interests = makeField({
  key: 'interests',
  label: 'Interests',
  type: 'multiselect',
  options: [
    { value: 'cooking', label: 'Cooking' },
    { value: 'sports', label: 'Sports' },
  ],
});

const finished: ImportStatus = {
  id: 'i1',
  status: 'completed',
  fileName: 'mailchimp.csv',
  onDuplicate: 'skip',
  runWorkflows: false,
  columns: [],
  total: 3,
  processed: 3,
  created: 3,
  updated: 0,
  skipped: 0,
  errorCount: 0,
  errors: [],
  failureReason: null,
  createdAt: '2026-12-07T10:00:00.000Z',
  startedAt: '2026-12-07T10:00:00.000Z',
  finishedAt: '2026-12-07T10:00:01.000Z',
};

function wizardApi(fields = [interests]) {
  const api = new FakeApi({
    'GET /api/auth/me': { status: 200, body: manager },
    'GET /api/users': { status: 200, body: { data: [manager], total: 1, limit: 200, offset: 0 } },
    'GET /api/fields': { status: 200, body: fields },
    'POST /api/contacts/import': { status: 202, body: { id: 'i1' } },
    'GET /api/contacts/imports/i1': { status: 200, body: finished },
    'GET /api/contacts': { status: 200, body: { data: [], total: 0, totalIsEstimate: false, limit: 25, offset: 0 } },
  });
  api.on('POST /api/contacts/import/preview', { status: 200, body: preview });
  return api;
}

async function uploadFile() {
  const file = new File([mailchimpCsv], 'mailchimp.csv', { type: 'text/csv' });
  fireEvent.change(await screen.findByLabelText('CSV file'), { target: { files: [file] } });
}

async function choose(user: ReturnType<typeof renderApp>['user'], combobox: string, option: string | RegExp) {
  await user.click(await screen.findByRole('combobox', { name: combobox }));
  await user.click(within(await screen.findByRole('listbox')).getByRole('option', { name: option }));
}

describe('import wizard with custom fields', () => {
  it('creates a field from a column: label, derived key and guessed type pre-filled, the API’s key conflict under the key, then maps the column to it', async () => {
    const api = wizardApi();
    const rating = makeField({ key: 'member_rating', label: 'Member rating', type: 'number' });
    // Mapping a column anew has the workflows counted again, here with a rating watcher.
    api.set('POST /api/contacts/import/preview', { status: 200, body: preview }, {
      status: 200,
      body: { ...preview, workflows: [{ id: 'w9', name: 'Rating watcher', triggerEvent: 'contact_updated', tag: null, field: 'cf.member_rating', rows: 2 }] },
    });
    api.on(
      'POST /api/fields',
      {
        status: 409,
        body: {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          detail: 'A contact field with the key member_rating already exists',
          errors: [{ field: 'key', message: 'is already used by another contact field' }],
        },
      },
      { status: 201, body: rating },
    );
    const { user } = renderApp('/contacts/import', { api, session });
    await uploadFile();

    // Existing custom fields are offered beside the built-in ones.
    await user.click(await screen.findByRole('combobox', { name: 'Field for column MEMBER_RATING' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: /Interests/ })).toBeInTheDocument();
    await user.click(within(listbox).getByRole('option', { name: 'Create field from this column…' }));

    const dialog = await screen.findByRole('dialog', { name: 'Create a field from “MEMBER_RATING”' });
    const label = within(dialog).getByRole('textbox', { name: 'Label' });
    const key = within(dialog).getByRole('textbox', { name: 'Key' });
    expect(label).toHaveValue('Member rating');
    expect(key).toHaveValue('member_rating');
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveTextContent('Number');
    // A number field has no options to show.
    expect(within(dialog).queryByRole('textbox', { name: 'Options' })).not.toBeInTheDocument();

    // The key follows the label until it is edited by hand.
    await user.clear(label);
    await user.type(label, 'Rating (Mailchimp)');
    expect(key).toHaveValue('rating_mailchimp');
    await user.clear(key);
    await user.type(key, 'member_rating');
    await user.type(label, '!');
    expect(key).toHaveValue('member_rating');

    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    expect(await within(dialog).findByText('Is already used by another contact field')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Key' })).toHaveAccessibleDescription('Is already used by another contact field');
    expect(api.callsTo('POST /api/fields')[0].body).toEqual({ objectType: 'contact', label: 'Rating (Mailchimp)!', key: 'member_rating', type: 'number', required: false });

    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.getByRole('combobox', { name: 'Field for column MEMBER_RATING' })).toHaveTextContent('Member rating');

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // A workflow waiting for a custom field is named by the field's label.
    const workflows = await screen.findByRole('region', { name: 'Workflows' });
    expect((await within(workflows).findByText(/Rating watcher/)).closest('li')).toHaveTextContent('Rating watcher (when a contact’s “Member rating” changes): 2 rows');
    await user.click(await screen.findByRole('button', { name: 'Start import' }));
    await waitFor(() => expect(api.callsTo('POST /api/contacts/import')).toHaveLength(1));
    const sent = api.callsTo('POST /api/contacts/import')[0].body as Record<string, string>;
    expect(JSON.parse(sent.mapping)).toMatchObject({ MEMBER_RATING: 'cf.member_rating', Interests: 'cf.interests', CC: '' });
  });

  it('pre-fills a select field’s options from the column’s values, and matches the file’s values to a select field’s options', async () => {
    const api = wizardApi();
    const country = makeField({
      key: 'cc',
      label: 'Country',
      type: 'select',
      options: [
        { value: 'US', label: 'US' },
        { value: 'DE', label: 'DE' },
      ],
    });
    api.on('POST /api/fields', { status: 201, body: country });
    const { user } = renderApp('/contacts/import', { api, session });
    await uploadFile();

    await choose(user, 'Field for column CC', 'Create field from this column…');
    const dialog = await screen.findByRole('dialog', { name: 'Create a field from “CC”' });
    expect(within(dialog).getByRole('combobox', { name: 'Type' })).toHaveTextContent('Single select');
    expect(within(dialog).getByRole('textbox', { name: 'Options' })).toHaveValue('US\nDE');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Label' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'Country');
    await user.clear(within(dialog).getByRole('textbox', { name: 'Key' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Key' }), 'cc');
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(api.callsTo('POST /api/fields')[0].body).toEqual({
      objectType: 'contact',
      label: 'Country',
      key: 'cc',
      type: 'select',
      required: false,
      options: [
        { value: 'US', label: 'US' },
        { value: 'DE', label: 'DE' },
      ],
    });

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    // The multiselect column's cells are matched value by value; "Kochen" needs a choice.
    const values = await screen.findByRole('table', { name: 'Interests values' });
    expect(within(values).getByRole('combobox', { name: 'Interests for “Sports”' })).toHaveTextContent('Sports');
    expect(within(values).getByRole('combobox', { name: 'Interests for “Cooking”' })).toHaveTextContent('Cooking');
    expect(within(values).getByRole('combobox', { name: 'Interests for “Kochen”' })).toHaveTextContent('Choose…');
    expect(within(screen.getByRole('table', { name: 'Country values' })).getByRole('combobox', { name: 'Country for “US”' })).toHaveTextContent('US');
    await choose(user, 'Interests for “Kochen”', 'Cooking');

    await user.click(screen.getByRole('button', { name: 'Start import' }));
    await waitFor(() => expect(api.callsTo('POST /api/contacts/import')).toHaveLength(1));
    const sent = api.callsTo('POST /api/contacts/import')[0].body as Record<string, string>;
    expect(JSON.parse(sent.mapping)).toMatchObject({ CC: 'cf.cc', Interests: 'cf.interests' });
    expect(JSON.parse(sent.valueMapping)).toEqual({
      'cf.cc': { US: 'US', DE: 'DE' },
      'cf.interests': { Sports: 'sports', Cooking: 'cooking', Kochen: 'cooking' },
    });
  });
});
