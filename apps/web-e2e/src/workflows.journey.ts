import type { Locator } from 'playwright-core';
import { SmtpSink } from '../../api/test/support/smtp-sink';
import { expectVisible } from './support/expect';
import { ADMIN, Journey, startJourney } from './support/journey';

/**
 * A marketer builds "when a contact is created, send the welcome email, a day later tag them",
 * a contact arrives, and the execution history shows the email step done and the tag step waiting;
 * the email is at the SMTP sink.
 */
describe('workflows journey: build a two-step workflow, see it run', () => {
  const sink = new SmtpSink();
  let j: Journey;

  beforeAll(async () => {
    await sink.start();
    j = await startJourney('workflows', { apiEnv: { SMTP_URL: sink.url, SCHEDULER_INTERVAL_SECONDS: '1' } });
    await j.api
      .http()
      .post('/api/templates')
      .set('Authorization', j.admin.auth)
      .send({ name: 'Welcome', subject: 'Welcome aboard, {{first_name}}!', htmlBody: '<p>Hi {{first_name}}, glad you are here.</p>', fromEmail: 'hello@corral.test', fromName: 'Corral' })
      .expect(201);
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
    await sink.stop();
  });

  it('starts from an empty list that explains what workflows do', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workflows' }).click();
    await page.waitForURL(/\/workflows$/);
    await expectVisible(page.getByText('Automate your follow-ups'));
    await j.shot('empty-list');
  });

  it('builds the workflow: trigger, two steps reordered by drag, a delay', async () => {
    const { page } = j;
    await page.getByRole('link', { name: 'New workflow' }).first().click();
    await page.waitForURL(/\/workflows\/new$/);
    await page.getByRole('textbox', { name: 'Name' }).fill('Welcome journey');
    await expectVisible(page.getByRole('combobox', { name: 'Start when' }).filter({ hasText: 'Contact created' }));

    // The builder starts with one email step; add the tag step, then drag the email below it and back.
    await page.getByRole('button', { name: 'Add step' }).click();
    await page.getByRole('menuitem', { name: 'Add tag' }).click();
    const step = (n: number) => page.getByRole('group', { name: `Step ${n}` });
    await step(2).getByRole('textbox', { name: 'Tag' }).fill('welcomed');
    await keyboardDrag(step(2).getByLabel('Drag to reorder step 2'), 'ArrowUp');
    await expectVisible(step(1).getByRole('textbox', { name: 'Tag' }));
    await keyboardDrag(step(1).getByLabel('Drag to reorder step 1'), 'ArrowDown');
    await expectVisible(step(2).getByRole('textbox', { name: 'Tag' }));

    await step(1).getByRole('combobox', { name: 'Email template' }).click();
    await page.getByRole('option', { name: /Welcome/ }).click();
    await step(2).getByRole('spinbutton', { name: 'Delay days' }).fill('1');
    await j.shot('builder');

    await page.getByRole('button', { name: 'Create workflow' }).click();
    await page.waitForURL(/\/workflows\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByText('Workflow saved.'));
    await expectVisible(page.getByRole('tab', { name: 'Executions' }));

    // Created as a draft: it starts nothing until switched on, and there is nothing to save until then.
    const saveButton = page.getByRole('button', { name: 'Save changes' });
    expect(await saveButton.isDisabled()).toBe(true);
    await expectVisible(page.getByText('This workflow is off: it starts nothing until you switch it on and save.'));
    await j.shot('builder-draft');
    await page.getByRole('button', { name: 'Switch on' }).click();
    await expectVisible(page.getByRole('switch', { name: 'Active: starts executions' }));
    const patched = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes('/api/workflows/'));
    await saveButton.click();
    expect((await patched).status()).toBe(200);
    await page.getByText('This workflow is off').waitFor({ state: 'detached' });
    expect(await saveButton.isDisabled()).toBe(true);
  });

  it('runs for a contact created in the SPA: the contact page lists the workflow, the email goes out, the tag step waits a day', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('First name').fill('Nora');
    await dialog.getByLabel('Last name').fill('Quinn');
    await dialog.getByLabel('Email').fill('nora@example.com');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);

    await sink.waitFor(() => sink.to('nora@example.com').length === 1);
    expect(sink.to('nora@example.com')[0].parsed.subject).toBe('Welcome aboard, Nora!');

    // The page may have read its sections before the trigger ran; once the email is out, a reload shows the execution.
    const workflowLink = page.getByRole('link', { name: 'Welcome journey' });
    await page.reload();
    await expectVisible(workflowLink);
    await j.shot('contact-page');

    await workflowLink.click();
    await page.waitForURL(/\/executions\?execution=/);
    const panel = page.getByRole('dialog', { name: 'Execution details' });
    const steps = panel.getByRole('list', { name: 'Step executions' });
    await expectVisible(steps.getByRole('listitem').nth(0).getByText('Completed'));
    await expectVisible(steps.getByText('Send email “Welcome”'));
    await expectVisible(steps.getByRole('listitem').nth(1).getByText('Pending'));
    await expectVisible(steps.getByText('Add tag “welcomed”'));
    await j.shot('execution-details');

    await panel.getByRole('button', { name: 'Close' }).click();
    const row = page.getByRole('row', { name: /Execution for Nora Quinn/ });
    await expectVisible(row.getByText('Running'));
    await j.shot('executions');
  });

  it('shows the run in the list counts', async () => {
    const { page } = j;
    await page.goto(j.url('/workflows'));
    const row = page.getByRole('row').filter({ hasText: 'Welcome journey' });
    await expectVisible(row.getByText('1 running'));
    await expectVisible(row.getByText('On', { exact: true }));
    await j.shot('list');
  });

  it('shows a member the workflow as text, and a manager the step whose owner was deactivated', async () => {
    const { page } = j;
    const http = () => j.api.http();
    const addUser = async (name: string, email: string, role: string) =>
      (await http().post('/api/users').set('Authorization', j.admin.auth).send({ name, email, role, password: 'correct-horse-1' }).expect(201)).body as { id: string };
    await addUser('Maya Manager', 'maya@example.com', 'manager');
    await addUser('Mo Member', 'mo@example.com', 'member');
    const ana = await addUser('Ana Lopez', 'ana@example.com', 'member');
    const workflows = (await http().get('/api/workflows').set('Authorization', j.admin.auth).expect(200)).body.data as { id: string; name: string; steps: Record<string, unknown>[] }[];
    const welcome = workflows.find((w) => w.name === 'Welcome journey')!;
    const assign = { order: welcome.steps.length + 1, action: 'assign_to', delayMinutes: 0, emailTemplateId: null, actionData: { userId: ana.id }, isEnabled: true };
    await http()
      .patch(`/api/workflows/${welcome.id}`)
      .set('Authorization', j.admin.auth)
      .send({ steps: [...welcome.steps.map(({ id, order, action, delayMinutes, emailTemplateId, actionData, isEnabled }) => ({ id, order, action, delayMinutes, emailTemplateId, actionData, isEnabled })), assign] })
      .expect(200);
    // Ana leaves after the workflow was built: her step stays, pointing at a user who can no longer be picked.
    await http().patch(`/api/users/${ana.id}`).set('Authorization', j.admin.auth).send({ isActive: false }).expect(200);

    const switchTo = async (from: string, email: string) => {
      await page.getByRole('button', { name: `Account menu for ${from}` }).click();
      await page.getByRole('menuitem', { name: 'Log out' }).click();
      await page.waitForURL(/\/login$/);
      await j.login(email, 'correct-horse-1');
    };
    await switchTo(ADMIN.name, 'mo@example.com');
    await page.goto(j.url(`/workflows/${welcome.id}`));
    const steps = page.getByRole('list', { name: 'Steps' });
    await expectVisible(steps.getByRole('listitem', { name: 'Step 1' }).getByText('Send email: Welcome'));
    await expectVisible(steps.getByRole('listitem', { name: 'Step 2' }).getByText('Add tag: welcomed'));
    await expectVisible(steps.getByRole('listitem', { name: 'Step 2' }).getByText('1 day after step 1'));
    const assignItem = steps.getByRole('listitem', { name: `Step ${assign.order}` });
    await expectVisible(assignItem.getByText('Assign to: Ana Lopez (deactivated)'));
    await expectVisible(assignItem.getByText('This step fails when it runs: a manager or admin must pick an active user.'));
    await expectVisible(page.getByText('Only managers and admins change workflows'));
    const main = page.getByRole('main');
    for (const role of ['textbox', 'combobox', 'spinbutton', 'switch'] as const) expect(await main.getByRole(role).count()).toBe(0);
    expect(await page.getByRole('button', { name: /Save changes|Add step|Remove step/ }).count()).toBe(0);
    await j.shot('builder-member');

    await switchTo('Mo Member', 'maya@example.com');
    await page.goto(j.url(`/workflows/${welcome.id}`));
    const assignStep = page.getByRole('group', { name: `Step ${assign.order}` });
    await expectVisible(assignStep.getByRole('combobox', { name: 'Assign to' }).filter({ hasText: 'Ana Lopez (deactivated)' }));
    await expectVisible(assignStep.getByRole('alert').filter({ hasText: 'Ana Lopez has been deactivated. When this step runs it fails' }));
    await assignStep.scrollIntoViewIfNeeded();
    await j.shot('builder-deactivated-owner');

    // The API refuses the save while the step names her: its message goes under that step's owner, which takes the focus.
    await assignStep.getByRole('spinbutton', { name: 'Delay minutes' }).fill('5');
    const refused = page.waitForResponse((r) => r.request().method() === 'PATCH' && r.url().includes(`/api/workflows/${welcome.id}`));
    await page.getByRole('button', { name: 'Save changes' }).click();
    expect((await refused).status()).toBe(400);
    const owner = assignStep.getByRole('combobox', { name: 'Assign to' });
    await expectVisible(assignStep.getByText(`Step ${assign.order}: Ana Lopez has been deactivated; choose an active user`));
    expect(await owner.getAttribute('aria-invalid')).toBe('true');
    expect(await owner.evaluate((element) => element === document.activeElement)).toBe(true);
    await j.shot('builder-refused-owner');

    await page.goto(j.url('/settings/users'));
    await expectVisible(page.getByRole('table', { name: 'Users' }).getByText('mo@example.com'));
    expect(await page.getByRole('button', { name: /Add user|Actions for/ }).count()).toBe(0);
    await j.shot('settings-users-manager');
  });

  it('raised no browser errors along the way', () => {
    expect(j.browserErrors).toEqual([]);
  });
});

/** @hello-pangea/dnd's keyboard dragging: lift with space, move, drop with space. */
async function keyboardDrag(handle: Locator, key: 'ArrowUp' | 'ArrowDown'): Promise<void> {
  await handle.focus();
  await handle.press('Space');
  await handle.page().keyboard.press(key);
  await handle.page().keyboard.press('Space');
}
