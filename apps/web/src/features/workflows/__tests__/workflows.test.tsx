import { act, screen, waitFor, within } from '@testing-library/react';
import { FakeApi, makeUser, problem } from '../../../testing/fake-api';
import { renderApp } from '../../../testing/render-app';
import type { ExecutionDetail, Workflow } from '../workflow-form';

// The builder renders a few dozen MUI inputs; on a loaded 2-core machine a test can take tens of seconds.
jest.setTimeout(60_000);

const session = { accessToken: 'access-0', refreshToken: 'refresh-0' };
const ada = makeUser({ name: 'Ada Admin', email: 'ada@example.com', role: 'admin' });
const mia = makeUser({ name: 'Mia Member', email: 'mia@example.com', role: 'member' });
const ana = makeUser({ name: 'Ana Lopez', email: 'ana@example.com', role: 'member', isActive: false });
const bo = makeUser({ name: 'Bo Active', email: 'bo@example.com', role: 'member' });
const assigneeOf = (user: typeof ada) => ({ id: user.id, name: user.name, isActive: user.isActive });
const TEMPLATE = { id: '10000000-0000-4000-8000-000000000001', name: 'Welcome', subject: 'Welcome {{first_name}}', htmlBody: '<p>Hi</p>' };

function workflow(overrides: Partial<Workflow> = {}): Workflow {
  return {
    id: '20000000-0000-4000-8000-000000000001',
    name: 'Welcome series',
    description: 'Say hello',
    triggerEvent: 'contact_created',
    triggerData: {},
    isActive: true,
    steps: [
      { id: 's-1', order: 1, action: 'send_email', delayMinutes: 0, emailTemplateId: TEMPLATE.id, actionData: {}, isEnabled: true, assignee: null },
      { id: 's-2', order: 2, action: 'add_tag', delayMinutes: 4320, emailTemplateId: null, actionData: { tag: 'nurtured' }, isEnabled: true, assignee: null },
    ],
    executionCounts: { running: 3, completed: 8, failed: 1, cancelled: 0 },
    createdById: ada.id,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

/** What the API answers to a save: the workflow as sent, each assign_to step naming its user among `users`. */
function saved(body: Partial<Workflow>, users: { id: string; name: string; isActive: boolean }[] = []): Workflow {
  const steps = (body.steps ?? []).map((step, index) => {
    const user = step.action === 'assign_to' ? users.find((u) => u.id === step.actionData.userId) : undefined;
    return { ...step, id: step.id ?? `s-new-${index}`, assignee: user ? { id: user.id, name: user.name, isActive: user.isActive } : null };
  });
  return workflow({ ...body, steps });
}

const page = <T,>(...data: T[]) => ({ status: 200, body: { data, total: data.length, limit: 200, offset: 0 } });

function builderApi(extra: Record<string, unknown> = {}) {
  return new FakeApi({
    'GET /api/auth/me': { status: 200, body: ada },
    'GET /api/templates': page(TEMPLATE),
    'GET /api/users': page(ada),
    'GET /api/pipelines': page(),
    ...extra,
  } as ConstructorParameters<typeof FakeApi>[0]);
}

describe('workflows', () => {
  it('lists workflows with their execution counts and switches one off', async () => {
    const api = builderApi();
    api.on('GET /api/workflows', page(workflow()), page(workflow({ isActive: false })));
    api.on('PATCH /api/workflows/20000000-0000-4000-8000-000000000001', { status: 200, body: workflow({ isActive: false }) });
    const { user } = renderApp('/workflows', { api, session });

    const table = await screen.findByRole('table', { name: 'Workflows' });
    const row = (await within(table).findByRole('link', { name: 'Welcome series' })).closest('tr')!;
    expect(within(row).getByText('Contact created')).toBeInTheDocument();
    expect(within(row).getByText('3 running')).toBeInTheDocument();
    expect(within(row).getByText('8 completed')).toBeInTheDocument();
    expect(within(row).getByText('1 failed')).toBeInTheDocument();

    await user.click(within(row).getByRole('switch', { name: 'Welcome series active' }));
    expect(await screen.findByText('“Welcome series” is off.')).toBeInTheDocument();
    expect(api.callsTo('PATCH /api/workflows/20000000-0000-4000-8000-000000000001')[0].body).toEqual({ isActive: false });
  });

  it('says how many runs a delete stops before deleting the workflow', async () => {
    const idle = workflow({ id: '20000000-0000-4000-8000-000000000002', name: 'Idle series', executionCounts: { running: 0, completed: 2, failed: 0, cancelled: 0 } });
    const single = workflow({ id: '20000000-0000-4000-8000-000000000003', name: 'Single run', executionCounts: { running: 1, completed: 0, failed: 0, cancelled: 0 } });
    const api = builderApi();
    const deleteRoute = 'DELETE /api/workflows/20000000-0000-4000-8000-000000000001';
    api.on('GET /api/workflows', () => (api.callsTo(deleteRoute).length ? page(idle, single) : page(workflow(), idle, single)));
    api.on(deleteRoute, { status: 204 });
    const { user } = renderApp('/workflows', { api, session });

    await user.click(await screen.findByRole('button', { name: 'Delete Idle series' }));
    let dialog = await screen.findByRole('dialog', { name: 'Delete “Idle series”?' });
    expect(dialog).toHaveTextContent('Its steps and execution history are deleted too. To keep the history, switch it off instead.');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Delete Single run' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete “Single run”?' });
    expect(dialog).toHaveTextContent('Its run in progress stops at once');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Delete Welcome series' }));
    dialog = await screen.findByRole('dialog', { name: 'Delete “Welcome series”?' });
    expect(dialog).toHaveTextContent(
      'Its 3 runs in progress stop at once, and its steps and execution history are deleted too. To let runs finish and keep the history, switch it off instead.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Delete workflow' }));
    expect(await screen.findByText('“Welcome series” was deleted.')).toBeInTheDocument();
    expect(api.callsTo(deleteRoute)).toHaveLength(1);
    expect(api.callsTo('DELETE /api/workflows/20000000-0000-4000-8000-000000000002')).toHaveLength(0);
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Welcome series' })).not.toBeInTheDocument());
  });

  it('builds a two-step workflow, switched off until the user turns it on, and sends it in the order shown', async () => {
    const created = workflow({ id: '20000000-0000-4000-8000-000000000009', name: 'Onboarding', isActive: false });
    const api = builderApi({ 'POST /api/workflows': { status: 201, body: created }, 'GET /api/workflows/20000000-0000-4000-8000-000000000009': { status: 200, body: created } });
    const { user, router } = renderApp('/workflows/new', { api, session });

    expect(await screen.findByRole('switch', { name: 'Inactive: starts nothing' })).not.toBeChecked();
    expect(screen.getByText(/New workflows start off, so nothing runs while you build/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create workflow' })).toBeDisabled();
    await user.click(await screen.findByRole('textbox', { name: 'Name' }));
    await user.paste('Onboarding');
    const first = screen.getByRole('group', { name: 'Step 1' });
    await user.click(within(first).getByRole('combobox', { name: 'Email template' }));
    await user.click(await screen.findByRole('option', { name: /Welcome/ }));

    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add tag' }));
    const second = screen.getByRole('group', { name: 'Step 2' });
    await user.click(within(second).getByRole('textbox', { name: 'Tag' }));
    await user.paste('nurtured');
    await user.tripleClick(within(second).getByRole('spinbutton', { name: 'Delay days' }));
    await user.paste('3');

    await user.click(screen.getByRole('button', { name: 'Create workflow' }));
    expect(await screen.findByText('Workflow saved.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/workflows')[0].body).toEqual({
      name: 'Onboarding',
      description: null,
      triggerEvent: 'contact_created',
      triggerData: {},
      isActive: false,
      steps: [
        { order: 1, action: 'send_email', delayMinutes: 0, emailTemplateId: TEMPLATE.id, actionData: {}, isEnabled: true },
        { order: 2, action: 'add_tag', delayMinutes: 4320, emailTemplateId: null, actionData: { tag: 'nurtured' }, isEnabled: true },
      ],
    });
    expect(router.state.location.pathname).toBe('/workflows/20000000-0000-4000-8000-000000000009');
  });

  it('keeps “Save changes” disabled until something changed, and switches an inactive workflow on from the notice', async () => {
    const off = workflow({ isActive: false });
    const api = builderApi({ [`GET /api/workflows/${off.id}`]: { status: 200, body: off } });
    api.on(`PATCH /api/workflows/${off.id}`, (req) => ({ status: 200, body: saved({ ...off, ...(req.body as Partial<Workflow>) }) }));
    const { user } = renderApp(`/workflows/${off.id}`, { api, session });

    const save = await screen.findByRole('button', { name: 'Save changes' });
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Welcome series');
    expect(save).toBeDisabled();
    await user.hover(save.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('No changes to save');
    await user.unhover(save.parentElement!);

    expect(screen.getByText('This workflow is off: it starts nothing until you switch it on and save.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Switch on' }));
    expect(screen.getByRole('switch', { name: 'Active: starts executions' })).toBeChecked();
    expect(save).toBeEnabled();
    await user.click(save);
    expect(await screen.findByText('Workflow saved.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/workflows/${off.id}`)[0].body).toMatchObject({ isActive: true });
    expect(screen.queryByText(/This workflow is off/)).not.toBeInTheDocument();
    expect(save).toBeDisabled();
  });

  it('checks the name and each step’s required input before sending, and focuses the first one missing', async () => {
    const created = workflow({ id: '20000000-0000-4000-8000-000000000009', name: 'Onboarding', isActive: false });
    const api = builderApi({ 'POST /api/workflows': { status: 201, body: created }, [`GET /api/workflows/${created.id}`]: { status: 200, body: created } });
    const { user } = renderApp('/workflows/new', { api, session });

    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.click(name);
    await user.paste('   ');
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Add tag' }));
    await user.click(screen.getByRole('button', { name: 'Add step' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Assign to user' }));
    await user.click(screen.getByRole('button', { name: 'Create workflow' }));

    await waitFor(() => expect(name).toHaveAccessibleDescription('Give the workflow a name'));
    expect(name).toHaveFocus();
    const [first, second, third] = [1, 2, 3].map((n) => screen.getByRole('group', { name: `Step ${n}` }));
    expect(within(first).getByRole('combobox', { name: 'Email template' })).toHaveAccessibleDescription('Choose an email template');
    expect(within(second).getByRole('textbox', { name: 'Tag' })).toHaveAccessibleDescription('Enter the tag to add');
    expect(within(third).getByRole('combobox', { name: 'Assign to' })).toHaveAccessibleDescription('Choose the user to assign contacts to');
    expect(api.callsTo('POST /api/workflows')).toEqual([]);

    await user.click(within(third).getByRole('button', { name: 'Remove step 3' }));
    await user.click(name);
    await user.paste('Onboarding');
    await user.click(screen.getByRole('button', { name: 'Create workflow' }));
    // The name is fixed: the first input still missing takes the focus.
    await waitFor(() => expect(within(first).getByRole('combobox', { name: 'Email template' })).toHaveFocus());
    expect(name).not.toHaveAccessibleDescription('Give the workflow a name');
    await user.click(within(first).getByRole('combobox', { name: 'Email template' }));
    await user.click(await screen.findByRole('option', { name: /Welcome/ }));
    await user.click(within(second).getByRole('textbox', { name: 'Tag' }));
    await user.paste('nurtured');
    await user.click(screen.getByRole('button', { name: 'Create workflow' }));

    expect(await screen.findByText('Workflow saved.')).toBeInTheDocument();
    expect(api.callsTo('POST /api/workflows')).toHaveLength(1);
    expect(api.callsTo('POST /api/workflows')[0].body).toMatchObject({ name: 'Onboarding', steps: [{ emailTemplateId: TEMPLATE.id }, { actionData: { tag: 'nurtured' } }] });
  });

  it('shows the API’s errors under the step input they name, focuses the first, and what no input can fix at the top', async () => {
    const existing = workflow({ triggerEvent: 'tag_added', triggerData: { tag: 'vip' } });
    const api = builderApi({ [`GET /api/workflows/${existing.id}`]: { status: 200, body: existing } });
    api.on(
      `PATCH /api/workflows/${existing.id}`,
      {
        status: 400,
        body: problem(400, 'Step 2: delayMinutes must be at most one year. Step 1: this email template no longer exists; choose another', [
          { field: 'steps.1.delayMinutes', message: 'Step 2: delayMinutes must be at most one year' },
          { field: 'steps.0.emailTemplateId', message: 'Step 1: this email template no longer exists; choose another' },
          { field: 'triggerData.tag', message: 'must be 1 to 50 characters' },
          { field: 'steps.0.id', message: 'Step 1: it is not a step of this workflow; reload the page and try again' },
        ]),
      },
      (req) => ({ status: 200, body: saved(req.body as Partial<Workflow>) }),
    );
    const { user } = renderApp(`/workflows/${existing.id}`, { api, session });

    const second = await screen.findByRole('group', { name: 'Step 2' });
    const days = within(second).getByRole('spinbutton', { name: 'Delay days' });
    await user.tripleClick(days);
    await user.paste('365');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(days).toHaveAccessibleDescription('Step 2: delayMinutes must be at most one year'));
    expect(days).toHaveFocus();
    const first = screen.getByRole('group', { name: 'Step 1' });
    expect(within(first).getByRole('combobox', { name: 'Email template' })).toHaveAccessibleDescription('Step 1: this email template no longer exists; choose another');
    expect(within(first).queryByText(/at most one year/)).not.toBeInTheDocument();
    expect(within(second).queryByText(/email template/)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Only for the tag' })).toHaveAccessibleDescription('Must be 1 to 50 characters');
    expect(screen.getByText('Step 1: it is not a step of this workflow; reload the page and try again')).toBeInTheDocument();

    await user.tripleClick(days);
    await user.paste('30');
    expect(within(second).queryByText(/at most one year/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Workflow saved.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/workflows/${existing.id}`)[1].body).toMatchObject({ steps: [{ id: 's-1' }, { id: 's-2', delayMinutes: 30 * 1440 }] });
    expect(screen.queryByText(/not a step of this workflow/)).not.toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Step 1' })).getByRole('combobox', { name: 'Email template' })).not.toHaveAccessibleDescription(/no longer exists/);
  });

  it('shows an execution’s steps and cancels it', async () => {
    const detail: ExecutionDetail = {
      id: '30000000-0000-4000-8000-000000000001',
      workflowId: workflow().id,
      workflowName: 'Welcome series',
      contact: { id: 'c-1', name: 'Wendy Walker', email: 'wendy@example.com' },
      status: 'in_progress',
      triggerEvent: 'contact_created',
      startedAt: '2026-03-01T10:00:00.000Z',
      completedAt: null,
      errorMessage: null,
      stepCount: 2,
      stepsDone: 1,
      nextStepAt: '2026-03-04T10:00:00.000Z',
      createdAt: '2026-03-01T10:00:00.000Z',
      steps: [
        { id: 'se-1', stepId: 's-1', order: 1, action: 'send_email', status: 'completed', scheduledFor: '2026-03-01T10:00:00.000Z', executedAt: '2026-03-01T10:00:02.000Z', errorMessage: null, attempts: 1, retryAt: null, emailLogId: 'log-1' },
        { id: 'se-2', stepId: 's-2', order: 2, action: 'add_tag', status: 'pending', scheduledFor: '2026-03-04T10:00:00.000Z', executedAt: null, errorMessage: null, attempts: 0, retryAt: null, emailLogId: null },
      ],
    };
    const { steps: _steps, ...summary } = detail;
    const cancelled = { ...detail, status: 'cancelled' as const, completedAt: '2026-03-02T09:00:00.000Z', steps: [detail.steps[0], { ...detail.steps[1], status: 'skipped' as const, errorMessage: 'Cancelled' }] };
    const api = builderApi({
      [`GET /api/workflows/${workflow().id}`]: { status: 200, body: workflow() },
      [`GET /api/workflows/${workflow().id}/executions`]: page(summary),
      [`POST /api/workflow-executions/${detail.id}/cancel`]: { status: 200, body: cancelled },
    });
    // Before the cancel the execution runs; every read after it sees it cancelled.
    api.on(`GET /api/workflow-executions/${detail.id}`, { status: 200, body: detail }, { status: 200, body: cancelled });
    const { user } = renderApp(`/workflows/${workflow().id}/executions`, { api, session });

    await user.click(await screen.findByRole('row', { name: /Execution for Wendy Walker/ }));
    expect(document.title).toBe('Executions · Welcome series · Workflows · Corral');
    const panel = await screen.findByRole('dialog', { name: 'Execution details' });
    const steps = within(panel).getByRole('list', { name: 'Step executions' });
    expect(await within(steps).findByText('Send email “Welcome”')).toBeInTheDocument();
    expect(within(steps).getByText('Add tag “nurtured”')).toBeInTheDocument();
    expect(within(steps).getByText('Scheduled for Mar 4, 2026, 10:00 AM')).toBeInTheDocument();

    await user.click(within(panel).getByRole('button', { name: 'Cancel execution' }));
    expect(await within(panel).findByText('Cancelled', { selector: '.MuiChip-label' })).toBeInTheDocument();
    expect(within(steps).getByText('Skipped')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/workflow-executions/${detail.id}/cancel`)).toHaveLength(1);
  });

  it('enrols picked contacts in a manual workflow with “Run now”', async () => {
    const manual = workflow({ triggerEvent: 'manual', name: 'Win-back' });
    const contact = { id: '40000000-0000-4000-8000-000000000001', firstName: 'Rita', lastName: 'Stone', fullName: 'Rita Stone', email: 'rita@example.com', company: null };
    const api = builderApi({
      [`GET /api/workflows/${manual.id}`]: { status: 200, body: manual },
      'GET /api/contacts': page(contact),
      [`POST /api/workflows/${manual.id}/run`]: { status: 202, body: { executionIds: ['e-1'], skipped: [] } },
    });
    const { user } = renderApp(`/workflows/${manual.id}`, { api, session });

    await user.click(await screen.findByRole('button', { name: 'Run now' }));
    expect(document.title).toBe('Win-back · Workflows · Corral');
    const dialog = await screen.findByRole('dialog', { name: 'Run “Win-back” now' });
    await user.type(within(dialog).getByRole('combobox', { name: 'Contacts' }), 'rit');
    await user.click(await screen.findByRole('option', { name: 'Rita Stone <rita@example.com>' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enrol 1 contact' }));

    expect(await within(dialog).findByText('1 contact enrolled.')).toBeInTheDocument();
    expect(api.callsTo(`POST /api/workflows/${manual.id}/run`)[0].body).toEqual({ contactIds: [contact.id] });
  });

  it('asks before leaving the builder with unsaved edits, and not once they are saved', async () => {
    const existing = workflow();
    const api = builderApi({ [`GET /api/workflows/${existing.id}`]: { status: 200, body: existing }, 'GET /api/workflows': page(existing) });
    api.on(`PATCH /api/workflows/${existing.id}`, (req) => ({ status: 200, body: saved(req.body as Partial<Workflow>, [ada, ana, bo]) }));
    const { user, router } = renderApp(`/workflows/${existing.id}`, { api, session });
    // Leaving through the sidebar, as a user does: a bare router.navigate left the dialog's focus moves outside act().
    const leave = () => user.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Workflows' }));
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.type(name, ' v2');

    await leave();
    const dialog = await screen.findByRole('dialog', { name: 'Discard changes?' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(router.state.location.pathname).toBe(`/workflows/${existing.id}`);

    // Typing the edit away again leaves nothing to lose.
    await user.type(name, '{Backspace}{Backspace}{Backspace}');
    await user.click(screen.getByRole('tab', { name: 'Executions' }));
    expect(router.state.location.pathname).toBe(`/workflows/${existing.id}/executions`);
    // The router moves before React renders the new page: wait for it, or the click lands on the old page's tab.
    expect(await screen.findByRole('tab', { name: 'Executions', selected: true })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Builder' }));

    await user.type(await screen.findByRole('textbox', { name: 'Name' }), ' v3');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Workflow saved.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/workflows/${existing.id}`)[0].body).toMatchObject({ name: 'Welcome series v3' });
    await leave();
    expect(router.state.location.pathname).toBe('/workflows');
    expect(screen.queryByRole('dialog', { name: 'Discard changes?' })).not.toBeInTheDocument();
  });

  it('shows a member the workflow as text: trigger, condition and each step with the user it assigns to, with no inputs or edit buttons, and asks for no users', async () => {
    const gone = '00000000-0000-4000-8000-0000000000ff';
    const existing = workflow({
      triggerEvent: 'tag_added',
      triggerData: { tag: 'vip' },
      steps: [
        { id: 's-1', order: 1, action: 'send_email', delayMinutes: 0, emailTemplateId: TEMPLATE.id, actionData: {}, isEnabled: true, assignee: null },
        { id: 's-2', order: 2, action: 'wait', delayMinutes: 2880, emailTemplateId: null, actionData: {}, isEnabled: true, assignee: null },
        { id: 's-3', order: 3, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: ada.id }, isEnabled: true, assignee: assigneeOf(ada) },
        { id: 's-4', order: 4, action: 'assign_to', delayMinutes: 60, emailTemplateId: null, actionData: { userId: ana.id }, isEnabled: true, assignee: assigneeOf(ana) },
        { id: 's-5', order: 5, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: gone }, isEnabled: true, assignee: null },
        { id: 's-6', order: 6, action: 'change_status', delayMinutes: 1440, emailTemplateId: null, actionData: { status: 'customer' }, isEnabled: false, assignee: null },
      ],
    });
    const api = builderApi({ 'GET /api/auth/me': { status: 200, body: mia }, [`GET /api/workflows/${existing.id}`]: { status: 200, body: existing } });
    renderApp(`/workflows/${existing.id}`, { api, session });

    const steps = await screen.findByRole('list', { name: 'Steps' });
    const step = (n: number) => within(steps).getByRole('listitem', { name: `Step ${n}` });
    expect(step(1)).toHaveTextContent('Send email: Welcome');
    expect(step(1)).toHaveTextContent('Right after the trigger');
    expect(step(2)).toHaveTextContent('Wait 2 days');
    expect(step(3)).toHaveTextContent('Assign to: Ada Admin');
    expect(step(3)).not.toHaveTextContent('fails');
    expect(step(4)).toHaveTextContent('Assign to: Ana Lopez (deactivated)');
    expect(step(4)).toHaveTextContent('1 h after step 3');
    expect(step(4)).toHaveTextContent('This step fails when it runs: a manager or admin must pick an active user.');
    expect(step(5)).toHaveTextContent('Assign to: a deleted user');
    expect(step(5)).toHaveTextContent('This step fails when it runs');
    expect(step(6)).toHaveTextContent('Change status: Customer');
    expect(step(6)).toHaveTextContent('Switched off: skipped');
    expect(screen.getByText('Tag added')).toBeInTheDocument();
    expect(screen.getByText('Only for the tag “vip”')).toBeInTheDocument();
    expect(screen.getByText('Say hello')).toBeInTheDocument();
    expect(screen.getByText('Active: starts executions')).toBeInTheDocument();
    expect(screen.getByText(/Only managers and admins change workflows/)).toBeInTheDocument();

    // Read-only means text, not disabled controls: nothing to type in, pick, switch or press.
    for (const role of ['textbox', 'combobox', 'spinbutton', 'switch', 'checkbox'] as const) expect(screen.queryAllByRole(role)).toEqual([]);
    expect(screen.queryByRole('button', { name: /Save|Create workflow|Add step|^Remove step|Drag/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(api.callsTo('GET /api/users')).toEqual([]);
  });

  it('names a deactivated owner of an “Assign to” step, warns what the step will do, and lets a manager pick an active user', async () => {
    const existing = workflow({
      steps: [{ id: 's-1', order: 1, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: ana.id }, isEnabled: true, assignee: assigneeOf(ana) }],
    });
    const api = builderApi({ 'GET /api/users': page(ada, ana, bo), [`GET /api/workflows/${existing.id}`]: { status: 200, body: existing } });
    api.on(`PATCH /api/workflows/${existing.id}`, (req) => ({ status: 200, body: saved(req.body as Partial<Workflow>, [ada, ana, bo]) }));
    const { user } = renderApp(`/workflows/${existing.id}`, { api, session });

    const step = await screen.findByRole('group', { name: 'Step 1' });
    const owner = within(step).getByRole('combobox', { name: 'Assign to' });
    expect(await within(step).findByText('Ana Lopez (deactivated)')).toBeInTheDocument();
    expect(within(step).getByRole('alert')).toHaveTextContent(
      'Ana Lopez has been deactivated. When this step runs it fails, so the contact’s execution fails and its later steps are skipped. Pick an active user: until then the workflow cannot be saved.',
    );

    await user.click(owner);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: 'Ana Lopez (deactivated)' })).toHaveAttribute('aria-disabled', 'true');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Ana Lopez (deactivated)', 'Ada Admin', 'Bo Active']);
    await user.click(within(listbox).getByRole('option', { name: 'Bo Active' }));
    await waitFor(() => expect(screen.queryByRole('listbox')).not.toBeInTheDocument());
    expect(owner).toHaveTextContent('Bo Active');
    expect(within(step).queryByRole('alert')).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Workflow saved.')).toBeInTheDocument();
    expect(api.callsTo(`PATCH /api/workflows/${existing.id}`)[0].body).toMatchObject({ steps: [{ id: 's-1', action: 'assign_to', actionData: { userId: bo.id } }] });
    expect(owner).toHaveTextContent('Bo Active');
  });

  it('names an “Assign to” step’s owner from the step itself, before the users list has loaded and when the list lacks them', async () => {
    const existing = workflow({
      steps: [{ id: 's-1', order: 1, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: bo.id }, isEnabled: true, assignee: assigneeOf(bo) }],
    });
    // Bo is past the first page of users the builder loads.
    const api = builderApi({ 'GET /api/users': page(ada), [`GET /api/workflows/${existing.id}`]: { status: 200, body: existing } });
    const { user } = renderApp(`/workflows/${existing.id}`, { api, session });

    const step = await screen.findByRole('group', { name: 'Step 1' });
    const owner = within(step).getByRole('combobox', { name: 'Assign to' });
    expect(owner).toHaveTextContent('Bo Active');
    await waitFor(() => expect(api.callsTo('GET /api/users')).toHaveLength(1));
    expect(within(step).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(owner);
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getAllByRole('option').map((o) => o.textContent)).toEqual(['Bo Active', 'Ada Admin']);
  });

  it('explains why “Run now” is disabled on a switched-off manual workflow, to a manager and to a member', async () => {
    const off = workflow({ triggerEvent: 'manual', name: 'Win-back', isActive: false });
    const api = builderApi({ [`GET /api/workflows/${off.id}`]: { status: 200, body: off } });
    const { user } = renderApp(`/workflows/${off.id}`, { api, session });

    const run = await screen.findByRole('button', { name: 'Run now' });
    expect(run).toBeDisabled();
    // A disabled button takes no pointer events: the tooltip hangs on its wrapper.
    await user.hover(run.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Switch the workflow on to run it');
    await user.unhover(run.parentElement!);
    await user.click(screen.getByRole('switch', { name: 'Inactive: starts nothing' }));
    await user.hover(run.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Save the workflow to switch it on, then run it');
  });

  it('tells a member a switched-off manual workflow must be switched on by a manager before it runs', async () => {
    const off = workflow({ triggerEvent: 'manual', name: 'Win-back', isActive: false });
    const api = builderApi({ 'GET /api/auth/me': { status: 200, body: mia }, [`GET /api/workflows/${off.id}`]: { status: 200, body: off } });
    const { user } = renderApp(`/workflows/${off.id}`, { api, session });

    const run = await screen.findByRole('button', { name: 'Run now' });
    expect(run).toBeDisabled();
    await user.hover(run.parentElement!);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Only active workflows run: a manager or admin can switch this one on');
  });

  it('tells a member only managers and admins create workflows', async () => {
    const api = builderApi({ 'GET /api/auth/me': { status: 200, body: mia } });
    renderApp('/workflows/new', { api, session });

    expect(await screen.findByText('Only managers and admins create workflows')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create workflow' })).not.toBeInTheDocument();
  });

  it('says a workflow that does not exist is not found, and offers Retry for other failures', async () => {
    const missing = '20000000-0000-4000-8000-00000000000f';
    const api = builderApi({
      [`GET /api/workflows/${missing}`]: { status: 404, body: problem(404, 'Workflow not found') },
      [`GET /api/workflows/${workflow().id}`]: { status: 500, body: problem(500, 'Database unavailable') },
    });
    const { router, user } = renderApp(`/workflows/${missing}`, { api, session });
    expect(await screen.findByRole('heading', { name: 'Workflow not found' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Retry' })).not.toBeInTheDocument();

    api.set(`GET /api/workflows/${workflow().id}`, { status: 500, body: problem(500, 'Database unavailable') }, { status: 200, body: workflow() });
    await act(() => router.navigate(`/workflows/${workflow().id}`));
    await user.click(await screen.findByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue('Welcome series');
  });
});
