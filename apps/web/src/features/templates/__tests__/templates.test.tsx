import { screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { TemplateSummary } from '../api/get-templates';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const maya = makeUser({ name: 'Maya Manager', email: 'maya@example.com', role: 'manager' });
const sam = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });

function template(n: number, name: string): TemplateSummary {
  return { id: `10000000-0000-4000-8000-00000000000${n}`, name, subject: `${name} subject`, fromEmail: null, createdAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' };
}

const welcome = template(1, 'Welcome');
const newsletter = template(2, 'Spring newsletter');
const page = (...templates: TemplateSummary[]) => ({ status: 200, body: { data: templates, total: templates.length, limit: 25, offset: 0 } });

function rowOf(name: string): HTMLElement {
  return within(screen.getByRole('table', { name: 'Templates' })).getByRole('link', { name }).closest('tr')!;
}

describe('templates list', () => {
  it('deletes a template after naming it in a confirmation, and drops it from the list', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya } });
    api.on('GET /api/templates', page(welcome, newsletter), page(newsletter));
    api.on(`DELETE /api/templates/${welcome.id}`, { status: 204 });
    const { user, router } = renderApp('/templates', { api, session });

    await user.click(within(await screen.findByRole('row', { name: /Welcome/ })).getByRole('button', { name: 'Delete Welcome' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Welcome”?' });
    // The delete button is not a way into the editor, and nothing is deleted before confirming.
    expect(router.state.location.pathname).toBe('/templates');
    expect(api.callsTo(`DELETE /api/templates/${welcome.id}`)).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Delete template' }));
    expect(await screen.findByText('“Welcome” was deleted.')).toBeInTheDocument();
    await waitForElementToBeRemoved(dialog);
    // Queried once the dialog is gone: while it is open the list is hidden from role queries.
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Welcome' })).not.toBeInTheDocument());
    expect(rowOf('Spring newsletter')).toBeInTheDocument();
    expect(api.callsTo(`DELETE /api/templates/${welcome.id}`)).toHaveLength(1);
    expect(api.callsTo('GET /api/templates')).toHaveLength(2);
    expect(api.unhandled).toEqual([]);
  });

  it('shows why the API refused in the dialog, and keeps the template', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya }, 'GET /api/templates': page(welcome, newsletter) });
    api.on(`DELETE /api/templates/${newsletter.id}`, { status: 409, body: problem(409, 'The template is used by a campaign or a workflow; change those first') });
    const { user } = renderApp('/templates', { api, session });

    await user.click(within(await screen.findByRole('row', { name: /Spring newsletter/ })).getByRole('button', { name: 'Delete Spring newsletter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Spring newsletter”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete template' }));

    expect(await within(dialog).findByText('The template is used by a campaign or a workflow; change those first')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    expect(rowOf('Spring newsletter')).toBeInTheDocument();
  });

  it('deletes nothing when the confirmation is cancelled', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: maya }, 'GET /api/templates': page(welcome) });
    const { user } = renderApp('/templates', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Delete Welcome' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Welcome”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitForElementToBeRemoved(dialog);
    expect(api.unhandled).toEqual([]);
  });

  it('offers admins a new template', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: ada }, 'GET /api/templates': page(welcome) });
    renderApp('/templates', { api, session });

    expect(await screen.findByRole('link', { name: 'New template' })).toHaveAttribute('href', '/templates/new');
  });

  it('offers members neither a new template nor a delete, which the API would refuse them', async () => {
    const api = new FakeApi({ 'GET /api/auth/me': { status: 200, body: sam }, 'GET /api/templates': page(welcome) });
    renderApp('/templates', { api, session });

    expect(await screen.findByRole('link', { name: 'Welcome' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New template' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete Welcome' })).not.toBeInTheDocument();
  });
});
