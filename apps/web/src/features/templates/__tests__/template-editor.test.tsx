import { screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const sam = makeUser({ name: 'Sam Seller', email: 'sam@example.com', role: 'member' });
const MERGE_TAGS = [
  { tag: '{{first_name}}', description: 'First name' },
  { tag: '{{unsubscribe_url}}', description: 'Link that unsubscribes this recipient' },
];

function template(overrides: Record<string, unknown> = {}) {
  return {
    id: '10000000-0000-4000-8000-000000000001',
    name: 'Welcome',
    subject: 'Hello {{first_name}}',
    htmlBody: '<p>Hi</p>',
    textBody: null,
    fromEmail: null,
    fromName: null,
    warnings: [],
    createdById: ada.id,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  };
}

function contactPage(contacts: { id: string; fullName: string; email: string }[]) {
  return { data: contacts.map((c) => ({ firstName: '', lastName: '', ...c })), total: contacts.length, limit: 10, offset: 0, totalIsEstimate: false };
}

describe('template editor', () => {
  it('inserts a merge tag at the cursor and previews the draft as the API renders it', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/templates/merge-tags': { status: 200, body: MERGE_TAGS },
      'GET /api/contacts': { status: 200, body: contactPage([]) },
      'POST /api/templates/preview': (req) => {
        const body = req.body as { subject: string };
        return { status: 200, body: { subject: body.subject.replace('{{first_name}}', 'Sam'), html: '<p>Hi Sam</p>', text: 'Hi Sam', warnings: ['Unknown merge tag {{frist_name}}'] } };
      },
    });
    const { user } = renderApp('/templates/new', { api, session });

    const subject = await screen.findByRole('textbox', { name: 'Subject' });
    await user.click(subject);
    await user.paste('Hello !');
    // Caret between "Hello " and "!".
    (subject as HTMLInputElement).setSelectionRange(6, 6);
    await user.click(await screen.findByRole('button', { name: 'Insert merge tag' }));
    await user.click(await screen.findByRole('menuitem', { name: /first_name/ }));

    expect(subject).toHaveValue('Hello {{first_name}}!');
    expect(await screen.findByText('Hello Sam!')).toHaveAccessibleName('Preview subject');
    expect(screen.getByText('Unknown merge tag {{frist_name}}')).toBeInTheDocument();
    expect(screen.getByTitle('HTML preview')).toHaveAttribute('sandbox', '');
  });

  it('shows a compile error from the API next to the field it names', async () => {
    const created = template();
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/templates/merge-tags': { status: 200, body: MERGE_TAGS },
      'GET /api/contacts': { status: 200, body: contactPage([]) },
      'POST /api/templates/preview': { status: 200, body: { subject: 'Welcome', html: '<p>Hi</p>', text: 'Hi', warnings: [] } },
      [`GET /api/templates/${created.id}`]: { status: 200, body: created },
    });
    api.on(
      'POST /api/templates',
      { status: 400, body: problem(400, 'HTML body: Line 2: {{#if}} is not closed: add {{/if}} where the block ends', [{ field: 'htmlBody', message: 'Line 2: {{#if}} is not closed: add {{/if}} where the block ends' }]) },
      { status: 201, body: created },
    );
    const { user, router } = renderApp('/templates/new', { api, session });

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Welcome');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Welcome');
    const html = screen.getByRole('textbox', { name: 'HTML body' });
    await user.clear(html);
    await user.click(html);
    await user.paste('<p>Hi</p>\n{{#if first_name}}');
    await user.click(screen.getByRole('button', { name: 'Create template' }));

    expect(await screen.findByText('Line 2: {{#if}} is not closed: add {{/if}} where the block ends')).toBeInTheDocument();
    expect(html).toHaveAccessibleDescription('Line 2: {{#if}} is not closed: add {{/if}} where the block ends');
    expect(html).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: 'Subject' })).not.toHaveAttribute('aria-invalid', 'true');

    await user.clear(html);
    await user.click(html);
    await user.paste('<p>Hi</p>');
    await user.click(screen.getByRole('button', { name: 'Create template' }));
    expect(await screen.findByRole('button', { name: 'Send test' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/templates/${created.id}`);
    expect(api.callsTo('POST /api/templates')[1].body).toEqual({ name: 'Welcome', subject: 'Welcome', htmlBody: '<p>Hi</p>' });
    const form = screen.getByRole('region', { name: 'Template' });
    expect(within(form).getByRole('textbox', { name: 'HTML body' })).toHaveValue('<p>Hi</p>');
  });

  it('puts a text body error under the text body, and an error on a field the editor does not show at the top', async () => {
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/templates/merge-tags': { status: 200, body: MERGE_TAGS },
      'GET /api/contacts': { status: 200, body: contactPage([]) },
      'POST /api/templates/preview': { status: 200, body: { subject: 'Welcome', html: '<p>Hi</p>', text: 'Hi', warnings: [] } },
      'POST /api/templates': {
        status: 400,
        body: problem(400, 'Text body: Line 2: unexpected {{/each}}', [
          { field: 'textBody', message: 'Line 2: unexpected {{/each}}: no {{#each}} is open here; remove it or add the {{#each}} it closes' },
          { field: 'replyTo', message: 'Reply-to must be a valid email address' },
        ]),
      },
    });
    const { user } = renderApp('/templates/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Welcome');
    await user.type(screen.getByRole('textbox', { name: 'Subject' }), 'Welcome');
    await user.click(screen.getByRole('button', { name: 'Create template' }));

    const text = screen.getByRole('textbox', { name: 'Text body' });
    await waitFor(() => expect(text).toHaveAttribute('aria-invalid', 'true'));
    expect(text).toHaveAccessibleDescription('Line 2: unexpected {{/each}}: no {{#each}} is open here; remove it or add the {{#each}} it closes');
    expect(screen.getByRole('alert')).toHaveTextContent('Reply-to must be a valid email address');
    expect(screen.getByRole('textbox', { name: 'HTML body' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('renders the preview for the contact chosen in "Preview for"', async () => {
    const zoe = { id: '20000000-0000-4000-8000-000000000001', fullName: 'Zoë Quinn', email: 'zoe@example.com' };
    const api = new FakeApi({
      'GET /api/auth/me': { status: 200, body: ada },
      'GET /api/templates/merge-tags': { status: 200, body: MERGE_TAGS },
      'GET /api/contacts': (req) => ({ status: 200, body: contactPage(req.url.searchParams.get('search') === 'zo' ? [zoe] : []) }),
      'POST /api/templates/preview': (req) => {
        const body = req.body as { contactId?: string };
        const name = body.contactId === zoe.id ? 'Zoë' : 'Jamie';
        return { status: 200, body: { subject: `Hello ${name}`, html: `<p>Hi ${name}</p>`, text: `Hi ${name}`, warnings: [] } };
      },
    });
    const { user } = renderApp('/templates/new', { api, session });
    await user.type(await screen.findByRole('textbox', { name: 'Subject' }), 'Hello {{{{first_name}}');
    expect(await screen.findByText('Hello Jamie')).toHaveAccessibleName('Preview subject');

    await user.type(screen.getByRole('combobox', { name: 'Preview for' }), 'zo');
    await user.click(await screen.findByRole('option', { name: /Zoë Quinn/ }));
    expect(await screen.findByText('Hello Zoë')).toHaveAccessibleName('Preview subject');
    expect(api.callsTo('POST /api/templates/preview').at(-1)!.body).toMatchObject({ contactId: zoe.id });
    expect(screen.getByText('Preview · Zoë Quinn')).toBeInTheDocument();
  });

  describe('an existing template', () => {
    const welcome = template();

    function editorApi(me = ada) {
      return new FakeApi({
        'GET /api/auth/me': { status: 200, body: me },
        'GET /api/templates/merge-tags': { status: 200, body: MERGE_TAGS },
        'GET /api/contacts': { status: 200, body: contactPage([]) },
        'POST /api/templates/preview': { status: 200, body: { subject: 'Hello Sam', html: '<p>Hi</p>', text: 'Hi', warnings: [] } },
        [`GET /api/templates/${welcome.id}`]: { status: 200, body: welcome },
        'GET /api/templates': { status: 200, body: { data: [], total: 0, limit: 25, offset: 0 } },
      });
    }

    /** The page's own "Templates" link (the sidebar has one too). */
    const backToList = () => within(screen.getByRole('main')).getByRole('link', { name: 'Templates' });

    it('offers an admin its actions', async () => {
      renderApp(`/templates/${welcome.id}`, { api: editorApi(), session });

      expect(await screen.findByRole('button', { name: 'Save changes' })).toBeInTheDocument();
      expect(document.title).toBe('Welcome · Templates · Corral');
      expect(screen.getByRole('button', { name: 'Send test' })).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name: 'Name' })).not.toHaveAttribute('readonly');
    });

    it('shows a member the template read-only, with none of the actions the API would refuse them', async () => {
      const api = editorApi(sam);
      renderApp(`/templates/${welcome.id}`, { api, session });

      expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveAttribute('readonly');
      expect(screen.getByRole('textbox', { name: 'HTML body' })).toHaveAttribute('readonly');
      expect(screen.getByText(/Only managers and admins change templates/)).toBeInTheDocument();
      for (const name of ['Save changes', 'Send test', 'Delete', 'Insert merge tag']) expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
      // The preview is theirs to use.
      expect(await screen.findByText('Hello Sam')).toHaveAccessibleName('Preview subject');
    });

    it('tells a member who opens a new template that managers and admins create them', async () => {
      const api = editorApi(sam);
      renderApp('/templates/new', { api, session });

      expect(await screen.findByRole('heading', { name: 'Only managers and admins create templates' })).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Create template' })).not.toBeInTheDocument();
      expect(screen.queryByRole('textbox', { name: 'Name' })).not.toBeInTheDocument();
    });

    it('deletes it after confirmation naming it, then shows the list', async () => {
      const api = editorApi().on(`DELETE /api/templates/${welcome.id}`, { status: 204 });
      const { user, router } = renderApp(`/templates/${welcome.id}`, { api, session });

      await user.click(await screen.findByRole('button', { name: 'Delete' }));
      const dialog = await screen.findByRole('dialog', { name: 'Delete “Welcome”?' });
      expect(api.callsTo(`DELETE /api/templates/${welcome.id}`)).toEqual([]);
      await user.click(within(dialog).getByRole('button', { name: 'Delete template' }));

      await waitFor(() => expect(router.state.location.pathname).toBe('/templates'));
      expect(api.callsTo(`DELETE /api/templates/${welcome.id}`)).toHaveLength(1);
      // The deleted template is not asked for again on the way out.
      expect(api.callsTo(`GET /api/templates/${welcome.id}`)).toHaveLength(1);
    });

    it('shows why the API refuses to delete it, and stays', async () => {
      const api = editorApi().on(`DELETE /api/templates/${welcome.id}`, {
        status: 409,
        body: problem(409, 'The template is used by a campaign or a workflow; change those first'),
      });
      const { user, router } = renderApp(`/templates/${welcome.id}`, { api, session });

      await user.click(await screen.findByRole('button', { name: 'Delete' }));
      const dialog = await screen.findByRole('dialog', { name: 'Delete “Welcome”?' });
      await user.click(within(dialog).getByRole('button', { name: 'Delete template' }));

      expect(await within(dialog).findByText('The template is used by a campaign or a workflow; change those first')).toBeInTheDocument();
      expect(router.state.location.pathname).toBe(`/templates/${welcome.id}`);
      await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    });

    it('asks before leaving with unsaved edits: keep editing stays, discard leaves', async () => {
      const { user, router } = renderApp(`/templates/${welcome.id}`, { api: editorApi(), session });
      const name = await screen.findByRole('textbox', { name: 'Name' });
      await user.type(name, ' v2');

      await user.click(backToList());
      let dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
      await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
      expect(router.state.location.pathname).toBe(`/templates/${welcome.id}`);
      expect(name).toHaveValue('Welcome v2');

      await user.click(backToList());
      dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
      await user.click(within(dialog).getByRole('button', { name: 'Discard changes' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/templates'));
    });

    it('asks the browser to confirm closing the tab only while there are unsaved edits', async () => {
      const { user } = renderApp(`/templates/${welcome.id}`, { api: editorApi(), session });
      const name = await screen.findByRole('textbox', { name: 'Name' });
      const closeTab = () => window.dispatchEvent(new Event('beforeunload', { cancelable: true }));

      expect(closeTab()).toBe(true);
      await user.type(name, ' v2');
      expect(closeTab()).toBe(false);
      await user.clear(name);
      await user.type(name, 'Welcome');
      expect(closeTab()).toBe(true);
    });

    it('lets you leave without asking once the edits are saved', async () => {
      const api = editorApi();
      let stored = welcome;
      api.set(`GET /api/templates/${welcome.id}`, () => ({ status: 200, body: stored }));
      api.on(`PATCH /api/templates/${welcome.id}`, (req) => {
        stored = template(req.body as Record<string, unknown>);
        return { status: 200, body: stored };
      });
      const { user, router } = renderApp(`/templates/${welcome.id}`, { api, session });
      await user.type(await screen.findByRole('textbox', { name: 'Name' }), ' v2 ');

      await user.click(screen.getByRole('button', { name: 'Save changes' }));
      expect(await screen.findByText('Template saved.')).toBeInTheDocument();
      expect(api.callsTo(`PATCH /api/templates/${welcome.id}`)[0].body).toMatchObject({ name: 'Welcome v2' });

      await user.click(backToList());
      await waitFor(() => expect(router.state.location.pathname).toBe('/templates'));
      expect(screen.queryByRole('dialog', { name: 'Discard changes?' })).not.toBeInTheDocument();
    });
  });
});
