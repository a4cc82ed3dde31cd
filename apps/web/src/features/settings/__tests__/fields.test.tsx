import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import type { FieldDefinition } from '../../../lib/custom-fields/field-types';
import { makeField } from '../../../testing/field-definitions';
import { FakeApi, type FakeRequest, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const maya = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const sam = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });

const plan = makeField({ key: 'plan', label: 'Plan', type: 'select', position: 0, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }], required: true });
const renewal = makeField({ key: 'renewal_date', label: 'Renewal date', type: 'date', position: 1, description: 'When the contract renews' });
const rating = makeField({ key: 'rating', label: 'Rating', type: 'number', position: 2 });
const industryCode = makeField({ key: 'sic_code', label: 'SIC code', type: 'text', objectType: 'company', position: 0 });

/** GET /api/fields over a store the mutations change, as the API keeps it (ordered by position). */
function fieldsApi(user = maya, initial: FieldDefinition[] = [plan, renewal, rating, industryCode]) {
  let stored = [...initial];
  const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: user } });
  api.on('GET /api/fields', (request: FakeRequest) => ({
    status: 200,
    body: stored.filter((f) => f.objectType === request.url.searchParams.get('objectType')).sort((a, b) => a.position - b.position),
  }));
  for (const field of initial) {
    api.on(`PATCH /api/fields/${field.id}`, (request) => {
      stored = stored.map((f) => (f.id === field.id ? { ...f, ...(request.body as Partial<FieldDefinition>) } : f));
      return { status: 200, body: stored.find((f) => f.id === field.id) };
    });
  }
  return { api, add: (field: FieldDefinition) => (stored = [...stored, field]) };
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('settings: fields', () => {
  it('lists each record type’s fields in order, with key, type and options', async () => {
    const { api } = fieldsApi();
    const { user } = renderApp('/settings/fields', { api, session });

    const table = await screen.findByRole('table', { name: 'Contact fields' });
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    expect(screen.getByRole('tab', { name: 'Fields', selected: true })).toBeInTheDocument();
    expect(rowsOf(table).map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual(['PlanRequired', 'Renewal dateWhen the contract renews', 'Rating']);
    expect(within(rowsOf(table)[0]).getByText('plan')).toBeInTheDocument();
    expect(within(rowsOf(table)[0]).getByText('Free, Pro')).toBeInTheDocument();
    expect(within(rowsOf(table)[1]).getByText('Date')).toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Companies' }));
    const companies = await screen.findByRole('table', { name: 'Company fields' });
    expect(await within(companies).findByText('sic_code')).toBeInTheDocument();
    expect(api.callsTo('GET /api/fields').map((c) => c.url.searchParams.get('objectType'))).toEqual(['contact', 'company']);
    expect(api.unhandled).toEqual([]);
  });

  it('creates a select field: the key follows the label until typed, the options editor fills values, and the API’s field error shows under its input', async () => {
    const { api, add } = fieldsApi();
    const created = makeField({ key: 'member_tier', label: 'Member tier', type: 'select', position: 3, options: [{ value: 'Gold', label: 'Gold' }, { value: 'silver', label: 'Silver' }] });
    api.on(
      'POST /api/fields',
      { status: 400, body: problem(400, 'Validation failed', [{ field: 'key', message: 'key is already used by another contact field' }]) },
      () => {
        add(created);
        return { status: 201, body: created };
      },
    );
    const { user } = renderApp('/settings/fields', { api, session });

    await user.click(await screen.findByRole('button', { name: 'New field' }));
    const dialog = await screen.findByRole('dialog', { name: 'New contact field' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'Member rating');
    const key = within(dialog).getByRole('textbox', { name: 'Key' });
    expect(key).toHaveValue('member_rating');

    await user.click(within(dialog).getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: /^Single select/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Option 1 label' }), 'Gold');
    expect(within(dialog).getByRole('textbox', { name: 'Option 1 value' })).toHaveValue('Gold');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Option 2 value' }), 'silver');
    await user.type(within(dialog).getByRole('textbox', { name: 'Option 2 label' }), 'Silver');
    // Typed by hand, the value no longer follows the label.
    expect(within(dialog).getByRole('textbox', { name: 'Option 2 value' })).toHaveValue('silver');
    await user.click(within(dialog).getByRole('checkbox', { name: /^Required/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));

    expect(await within(dialog).findByText('Key is already used by another contact field')).toBeInTheDocument();
    await user.clear(key);
    await user.type(key, 'member_tier');
    // Once typed, the key stays as typed when the label changes.
    await user.clear(within(dialog).getByRole('textbox', { name: 'Label' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'Member tier');
    expect(key).toHaveValue('member_tier');
    await user.click(within(dialog).getByRole('button', { name: 'Create field' }));

    expect(await screen.findByText('“Member tier” was added.')).toBeInTheDocument();
    await waitForElementToBeRemoved(dialog);
    expect(api.callsTo('POST /api/fields')[1].body).toEqual({
      objectType: 'contact',
      key: 'member_tier',
      label: 'Member tier',
      type: 'select',
      options: [{ value: 'Gold', label: 'Gold' }, { value: 'silver', label: 'Silver' }],
      required: true,
      description: null,
    });
    expect(await within(screen.getByRole('table', { name: 'Contact fields' })).findByText('member_tier')).toBeInTheDocument();
  });

  it('edits a field’s label and options with its key and type shown read-only', async () => {
    const { api } = fieldsApi();
    const { user } = renderApp('/settings/fields', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit Plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit field “Plan”' });
    expect(within(dialog).getByRole('textbox', { name: 'Key' })).toBeDisabled();
    expect(within(dialog).getByRole('textbox', { name: 'Type' })).toHaveValue('Single select');
    expect(within(dialog).getByRole('textbox', { name: 'Option 1 value' })).toBeDisabled();
    await user.clear(within(dialog).getByRole('textbox', { name: 'Label' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Label' }), 'Pricing plan');
    await user.click(within(dialog).getByRole('button', { name: 'Add option' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Option 3 label' }), 'Enterprise');
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('“Pricing plan” was saved.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/fields/${plan.id}`)[0].body).toEqual({
      label: 'Pricing plan',
      required: true,
      description: null,
      options: [
        { value: 'free', label: 'Free' },
        { value: 'pro', label: 'Pro' },
        { value: 'Enterprise', label: 'Enterprise' },
      ],
    });
  });

  it('shows under the options why an option records still hold cannot be removed', async () => {
    const { api } = fieldsApi();
    api.set(`PATCH /api/fields/${plan.id}`, {
      status: 409,
      body: { ...problem(409, '3 contacts hold the option “Pro” of Plan; change their value before removing it'), errors: [{ field: 'options', message: '“Pro” is held by 3 contacts' }] },
    });
    const { user } = renderApp('/settings/fields', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Edit Plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit field “Plan”' });
    await user.click(within(dialog).getByRole('button', { name: 'Remove option 2' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save changes' }));

    // Under the options editor, not at the top of the dialog.
    expect(await within(dialog).findByText('“Pro” is held by 3 contacts')).toHaveClass('MuiFormHelperText-root');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/fields/${plan.id}`)[0].body).toMatchObject({ options: [{ value: 'free', label: 'Free' }] });
    expect(screen.getByRole('dialog', { name: 'Edit field “Plan”' })).toBeInTheDocument();
  });

  it('moves a field down, giving both fields their new positions', async () => {
    const { api } = fieldsApi();
    const { user } = renderApp('/settings/fields', { api, session });

    const table = await screen.findByRole('table', { name: 'Contact fields' });
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    expect(within(rowsOf(table)[0]).getByRole('button', { name: 'Move Plan up' })).toBeDisabled();
    await user.click(within(rowsOf(table)[0]).getByRole('button', { name: 'Move Plan down' }));

    await waitFor(() => expect(rowsOf(table).map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual(['renewal_date', 'plan', 'rating']));
    await waitFor(() => expect(api.callsTo(`PATCH /api/fields/${renewal.id}`)).toHaveLength(1));
    expect(api.callsTo(`PATCH /api/fields/${plan.id}`).map((c) => c.body)).toEqual([{ position: 1 }]);
    expect(api.callsTo(`PATCH /api/fields/${renewal.id}`).map((c) => c.body)).toEqual([{ position: 0 }]);
    expect(api.callsTo(`PATCH /api/fields/${rating.id}`)).toEqual([]);
    // The refetch after the move shows the order the API now holds.
    await waitFor(() => expect(api.callsTo('GET /api/fields').length).toBeGreaterThan(1));
    expect(rowsOf(table).map((row) => within(row).getAllByRole('cell')[1].textContent)).toEqual(['renewal_date', 'plan', 'rating']);
  });

  it('shows in the confirmation what still uses a field the API refuses to delete, then deletes once it is free', async () => {
    const { api } = fieldsApi();
    api.on(
      `DELETE /api/fields/${rating.id}`,
      { status: 409, body: { ...problem(409, "The field “Rating” is in use by view 'Hot leads', workflow 'Welcome'; change or delete them first"), usedBy: ["view 'Hot leads'", "workflow 'Welcome'"] } },
      { status: 204 },
    );
    const { user } = renderApp('/settings/fields', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Delete Rating' }));
    const confirm = await screen.findByRole('dialog', { name: 'Delete “Rating”?' });
    expect(within(confirm).getByText(/Every contact’s value of “Rating” is deleted with it/)).toBeInTheDocument();
    await user.click(within(confirm).getByRole('button', { name: 'Delete field' }));

    expect(await within(confirm).findByText("The field “Rating” is in use by view 'Hot leads', workflow 'Welcome'; change or delete them first")).toBeInTheDocument();
    expect(screen.getByRole('dialog', { name: 'Delete “Rating”?' })).toBeInTheDocument();

    await user.click(within(confirm).getByRole('button', { name: 'Delete field' }));
    expect(await screen.findByText('“Rating” was deleted.')).toBeInTheDocument();
    expect(api.callsTo(`DELETE /api/fields/${rating.id}`)).toHaveLength(2);
  });

  it('lets members read the fields without any write control', async () => {
    const { api } = fieldsApi(sam);
    renderApp('/settings/fields?object=company', { api, session });

    const table = await screen.findByRole('table', { name: 'Company fields' });
    expect(await within(table).findByText('sic_code')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Companies', selected: true })).toBeInTheDocument();
    expect(screen.getByText(/Only managers and admins add, change or remove fields/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'New field' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^(Edit|Delete|Move) / })).not.toBeInTheDocument();
  });
});
