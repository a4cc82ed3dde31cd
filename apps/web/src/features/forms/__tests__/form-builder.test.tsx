import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

// The builder renders many MUI inputs; on a loaded 2-core machine a test can take tens of seconds.
jest.setTimeout(90_000);

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const FORM_ID = '70000000-0000-4000-8000-000000000001';
const TOPIC = { id: '80000000-0000-4000-8000-000000000001', name: 'Product news', description: null, requiresOptIn: true, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' };
const PLAN = {
  id: '60000000-0000-4000-8000-000000000001',
  objectType: 'contact',
  key: 'plan',
  label: 'Plan',
  type: 'select',
  options: [{ value: 'pro', label: 'Pro' }],
  required: false,
  description: null,
  position: 0,
  createdAt: '2025-03-01T09:00:00.000Z',
  updatedAt: '2025-03-01T09:00:00.000Z',
};

function fakeApi() {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: ada },
    'GET /api/fields': (req) => ({ status: 200, body: req.url.searchParams.get('objectType') === 'contact' ? [PLAN] : [] }),
    'GET /api/topics': { status: 200, body: [TOPIC] },
    'GET /api/templates': { status: 200, body: { data: [], total: 0, limit: 200, offset: 0 } },
  });
}

describe('form builder', () => {
  it('builds a form with custom fields and a topic, previews it live, and saves it', async () => {
    const api = fakeApi().on('POST /api/forms', (req) => ({
      status: 201,
      body: { id: FORM_ID, submissions: 0, url: `http://localhost/f/${FORM_ID}`, createdById: ada.id, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z', ...(req.body as object) },
    }));
    const { user } = renderApp('/forms/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Newsletter');
    await user.click(screen.getByRole('combobox', { name: 'Add a field' }));
    await user.click(await screen.findByRole('option', { name: 'Plan (custom field)' }));
    await user.click(screen.getByRole('button', { name: 'Add field' }));
    await user.click(screen.getByRole('combobox', { name: 'Topics' }));
    await user.click(await screen.findByRole('option', { name: 'Product news' }));

    const preview = screen.getByRole('region', { name: 'Preview of the hosted page' });
    expect(within(preview).getByText('Newsletter')).toBeInTheDocument();
    expect(within(preview).getByLabelText('Plan')).toBeInTheDocument();
    expect(within(preview).getByText(/emails about Product news/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save form' }));
    await waitFor(() => expect(api.callsTo('POST /api/forms')).toHaveLength(1));
    expect(api.callsTo('POST /api/forms')[0].body).toEqual({
      name: 'Newsletter',
      fields: [
        { field: 'email', label: 'Email', required: true },
        { field: 'firstName', label: 'First name', required: false },
        { field: 'cf.plan', label: 'Plan', required: false },
      ],
      topicIds: [TOPIC.id],
      tags: [],
      doubleOptIn: true,
      successMessage: null,
      redirectUrl: null,
      confirmationTemplateId: null,
    });
  });

  it('shows the API’s refusal of a redirect under its field', async () => {
    const api = fakeApi().on('POST /api/forms', { status: 400, body: problem(400, 'Redirect URL must be an http or https URL', [{ field: 'redirectUrl', message: 'Redirect URL must be an http or https URL' }]) });
    const { user } = renderApp('/forms/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Go away');
    await user.click(screen.getByRole('button', { name: 'Go to a page' }));
    await user.type(screen.getByRole('textbox', { name: 'Redirect URL' }), 'ftp://example.com');
    await user.click(screen.getByRole('button', { name: 'Save form' }));
    expect(await screen.findByText('Redirect URL must be an http or https URL')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Redirect URL' })).toHaveAttribute('aria-invalid', 'true');
  });
});
