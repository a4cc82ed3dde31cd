import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Locator } from 'playwright-core';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

/** A small CSV as people export it from spreadsheets: semicolons, a BOM, CRLF, one bad row. */
const CSV =
  '\uFEFF' +
  [
    'E-mail;First name;Last name;Organisation;Status;Tags',
    'linus@kernel.example;Linus;Torvalds;Kernel Org;customer;vip|oss',
    'margaret@apollo.example;Margaret;Hamilton;NASA;prospect;space',
    'not-an-email;Broken;Row;;;',
    'dennis@bell.example;Dennis;Ritchie;Bell Labs;lead;"unix, c"',
  ].join('\r\n') +
  '\r\n';

/** Exports of Mailchimp (an audience) and HubSpot (contacts) as those tools write them. */
const FIXTURES = resolve(__dirname, '../../api/test/fixtures');

describe('contacts journey: create, find, note, import', () => {
  let j: Journey;

  beforeAll(async () => {
    j = await startJourney('contacts');
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
  });

  it('creates a contact through the form, with the API’s field errors shown next to the fields', async () => {
    const { page } = j;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Contacts' }).click();
    await page.waitForURL(/\/contacts$/);
    await expectVisible(page.getByText('No contacts yet'));
    await j.shot('contacts-empty');

    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('First name').fill('Grace');
    await dialog.getByLabel('Last name').fill('Hopper');
    await dialog.getByLabel('Email').fill('grace@navy');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expectVisible(dialog.getByText('Email must be a valid email address'));
    await j.shot('new-contact-error');

    await dialog.getByLabel('Email').fill('grace.hopper@navy.example');
    await dialog.getByLabel('Phone').fill('+1 202 555 0143');
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Prospect' }).click();
    const tags = dialog.getByRole('combobox', { name: 'Tags' });
    await tags.fill('COBOL');
    await tags.press('Enter');
    await dialog.getByRole('button', { name: 'Create contact' }).click();

    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('heading', { name: 'Grace Hopper', level: 1 }));
    await expectVisible(page.getByText('Prospect').first());
    await expectVisible(page.getByText('cobol', { exact: true }));
  });

  it('finds the contact by searching as you type', async () => {
    const { page } = j;
    await page.getByRole('link', { name: 'Contacts' }).first().click();
    await page.waitForURL(/\/contacts$/);
    await page.getByRole('textbox', { name: 'Search contacts' }).fill('hopp');
    const table = page.getByRole('table', { name: 'Contacts' });
    await expectVisible(table.getByText('grace.hopper@navy.example'));
    await page.waitForURL(/q=hopp/);
    await expectVisible(page.getByText('1 matching contact'));
    await j.shot('contacts-search');

    await page.getByRole('textbox', { name: 'Search contacts' }).fill('nobody-by-that-name');
    await expectVisible(page.getByText('No contact matches these filters'));
    await page.getByRole('textbox', { name: 'Search contacts' }).fill('grace hop');
    await table.getByRole('link', { name: 'Grace Hopper' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
  });

  it('adds a note that appears at the top of the timeline, and edits a field in place', async () => {
    const { page } = j;
    const form = page.getByRole('form', { name: 'Log activity' });
    await form.getByLabel('Title').fill('Asked about the compiler project');
    await form.getByLabel('Details').fill('Wants a demo for the whole team next week.');
    await form.getByRole('button', { name: 'Add note' }).click();
    const timeline = page.getByRole('list', { name: 'Activity timeline' });
    await expectVisible(timeline.getByText('Asked about the compiler project'));
    await eventually(timeline.getByRole('listitem').first()).toContainText('Asked about the compiler project');

    await page.getByRole('button', { name: 'Edit status' }).click();
    await page.getByRole('form', { name: 'Edit status' }).getByRole('combobox').click();
    await page.getByRole('option', { name: 'Customer' }).click();
    await page.getByRole('button', { name: 'Save status' }).click();
    // The product writes the status change on the timeline itself, above the note.
    await expectVisible(timeline.getByText('Status changed from prospect to customer'));
    await eventually(timeline.getByRole('listitem').first()).toContainText('Status changed from prospect to customer');
    // The inline editor scrolled the page; a full-page shot taken mid-scroll draws the sticky bar mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await j.shot('contact-page');
  });

  it('imports a CSV through the wizard and follows the progress to completion', async () => {
    const { page } = j;
    const file = join(mkdtempSync(join(tmpdir(), 'corral-journey-')), 'legends.csv');
    writeFileSync(file, CSV);

    await page.goto(j.url('/contacts'));
    await page.getByRole('link', { name: 'Import' }).click();
    await page.waitForURL(/\/contacts\/import$/);
    await j.shot('import-upload');
    await page.getByLabel('CSV file').setInputFiles(file);

    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await expectVisible(mapping);
    // "Organisation" is recognised as the company column; the mapping can still be changed.
    await eventually(mapping.getByRole('combobox', { name: 'Field for column Organisation' })).toContainText('Company');
    await mapping.getByRole('combobox', { name: 'Field for column Tags' }).click();
    await page.getByRole('option', { name: 'Don’t import' }).click();
    await expectVisible(page.getByRole('table', { name: 'Preview' }).getByRole('cell', { name: 'Margaret', exact: true }));
    await j.shot('import-mapping');
    await mapping.getByRole('combobox', { name: 'Field for column Tags' }).click();
    await page.getByRole('option', { name: 'Tags' }).click();
    await page.getByRole('radio', { name: /Update the existing contact/ }).check();
    await page.getByRole('button', { name: 'Continue' }).click();

    // The file's statuses are Corral's own: matched as they are, nothing to choose.
    const statuses = page.getByRole('table', { name: 'Status values' });
    await eventually(statuses.getByRole('combobox', { name: 'Status for “customer”' })).toContainText('Customer');
    await expectVisible(page.getByText('No active workflow starts for these rows.'));
    await page.getByRole('button', { name: 'Start import' }).click();

    await expectVisible(page.getByRole('progressbar', { name: 'Import progress' }));
    // One row was refused: the result says so in a warning colour, never "complete".
    await expectVisible(page.getByText('Imported with 1 error: 4 rows processed'));
    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await eventually(bar).toHaveAttribute('aria-valuenow', '100');
    await expectVisible(page.getByText('Created', { exact: true }));
    await expectVisible(page.getByText('1 of 4 rows was not imported', { exact: false }));
    const errors = page.getByRole('table', { name: 'Import errors' });
    await expectVisible(errors.getByText('email "not-an-email" is not a valid address'));
    await eventually(errors.getByRole('row').nth(1)).toContainText('4');
    await expectVisible(page.getByRole('button', { name: 'Download error report' }));
    await j.shot('import-done');

    await page.getByRole('link', { name: 'View contacts' }).click();
    await page.waitForURL(/\/contacts$/);
    const table = page.getByRole('table', { name: 'Contacts' });
    await expectVisible(table.getByText('margaret@apollo.example'));
    await expectVisible(table.getByText('Kernel Org'));
    await eventually(page.getByRole('heading', { name: 'Contacts' }).locator('xpath=..')).toContainText('4 contacts');
    await j.shot('contacts-after-import');
  });

  it('deletes a contact from its page after a confirmation naming it', async () => {
    const { page } = j;
    await page.getByRole('table', { name: 'Contacts' }).getByText('Dennis Ritchie').click();
    await expectVisible(page.getByRole('heading', { name: 'Dennis Ritchie', level: 1 }));
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete “Dennis Ritchie”?' });
    await expectVisible(dialog.getByText('Its timeline goes with it, for everyone', { exact: false }));
    await j.shot('contact-delete-confirm');
    await dialog.getByRole('button', { name: 'Delete contact' }).click();
    await page.waitForURL(/\/contacts$/);
    await eventually(page.getByRole('heading', { name: 'Contacts' }).locator('xpath=..')).toContainText('3 contacts');
  });

  it('imports a Mailchimp audience export without starting the active welcome workflow, as the page warned', async () => {
    const { page } = j;
    const workflow = await j.api
      .http()
      .post('/api/workflows')
      .set('Authorization', j.admin.auth)
      .send({ name: 'Welcome email', triggerEvent: 'contact_created', isActive: true, steps: [{ action: 'add_tag', actionData: { tag: 'welcomed' } }] })
      .expect(201);

    await page.goto(j.url('/contacts/import'));
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'mailchimp-audience-export.csv'));
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await eventually(mapping.getByRole('combobox', { name: 'Field for column Email Address' })).toContainText('Email');
    await eventually(mapping.getByRole('combobox', { name: 'Field for column TAGS' })).toContainText('Tags');
    await eventually(mapping.getByRole('combobox', { name: 'Field for column MEMBER_RATING' })).toContainText('Don’t import');
    await j.shot('import-mailchimp-mapping');
    await page.getByRole('button', { name: 'Continue' }).click();

    const workflows = page.getByRole('region', { name: 'Workflows' });
    await expectVisible(workflows.getByText('Welcome email', { exact: true }));
    await eventually(workflows.getByRole('listitem').first()).toContainText('Welcome email (when a contact is created): 36 rows');
    const checkbox = workflows.getByRole('checkbox', { name: /Start these workflows/ });
    expect(await checkbox.isChecked()).toBe(false);
    await j.shot('import-mailchimp-workflows');
    await page.getByRole('button', { name: 'Start import' }).click();

    await expectVisible(page.getByText('Import complete: 36 rows processed'));
    await j.shot('import-mailchimp-done');
    const executions = await j.api.http().get(`/api/workflows/${workflow.body.id}/executions`).set('Authorization', j.admin.auth).expect(200);
    expect(executions.body.data).toEqual([]);
    const olivia = await j.api.http().get('/api/contacts?search=olivia.nguyen').set('Authorization', j.admin.auth).expect(200);
    expect(olivia.body.data[0]).toMatchObject({ phone: '+1 555 0167', tags: ['newsletter', 'webinar 2026'] });
    await j.api.http().patch(`/api/workflows/${workflow.body.id}`).set('Authorization', j.admin.auth).send({ isActive: false }).expect(200);
  });

  it('imports a HubSpot contacts export, matching lifecycle stages and owners in the value step', async () => {
    const { page } = j;
    await page.goto(j.url('/contacts/import'));
    await page.getByLabel('CSV file').setInputFiles(join(FIXTURES, 'hubspot-contacts-export.csv'));
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    await eventually(mapping.getByRole('combobox', { name: 'Field for column Lifecycle Stage' })).toContainText('Status');
    await eventually(mapping.getByRole('combobox', { name: 'Field for column Contact owner' })).toContainText('Owner');
    await page.getByRole('button', { name: 'Continue' }).click();

    const statuses = page.getByRole('table', { name: 'Status values' });
    await eventually(statuses.getByRole('combobox', { name: 'Status for “Subscriber”' })).toContainText('Lead');
    await eventually(statuses.getByRole('combobox', { name: 'Status for “Marketing Qualified Lead”' })).toContainText('Lead');
    await eventually(statuses.getByRole('combobox', { name: 'Status for “Opportunity”' })).toContainText('Prospect');
    await eventually(statuses.getByRole('combobox', { name: 'Status for “Evangelist”' })).toContainText('Customer');
    await eventually(statuses.getByRole('combobox', { name: 'Status for “Other”' })).toContainText('Choose…');
    const owners = page.getByRole('table', { name: 'Owner values' });
    await eventually(owners.getByRole('combobox', { name: 'Owner for “Ada Admin”' })).toContainText('Ada Admin (admin@example.com)');
    await expectVisible(page.getByText('12 rows have values Corral cannot match yet', { exact: false }));
    await j.shot('import-hubspot-values');

    await statuses.getByRole('combobox', { name: 'Status for “Other”' }).click();
    await page.getByRole('option', { name: 'Leave empty (new contacts become leads)' }).click();
    await owners.getByRole('combobox', { name: 'Owner for “Sam Seller”' }).click();
    await page.getByRole('option', { name: 'Leave unassigned' }).click();
    await eventually(page.getByRole('region', { name: 'Workflows' })).toContainText('No active workflow starts for these rows.');
    await page.getByRole('button', { name: 'Start import' }).click();

    await expectVisible(page.getByText('Import complete: 40 rows processed'));
    await j.shot('import-hubspot-done');
    const customers = await j.api.http().get('/api/contacts?search=hubspot-demo.test&status=customer&limit=100').set('Authorization', j.admin.auth).expect(200);
    expect(customers.body.total).toBe(8);
    const owned = await j.api.http().get(`/api/contacts?search=hubspot-demo.test&assignedToId=${j.admin.user.id}&limit=100`).set('Authorization', j.admin.auth).expect(200);
    expect(owned.body.total).toBe(24);
  });

  it('raised no browser errors along the way', () => {
    expect(j.browserErrors).toEqual([]);
  });
});

/** Waits until the locator's text or attribute matches; jest's expect cannot wait for the page. */
function eventually(locator: Locator) {
  const until = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline) {
      if (await check().catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Timed out waiting for ${locator} to ${what}; text is "${await locator.textContent().catch(() => '?')}"`);
  };
  return {
    toContainText: (text: string) => until(async () => ((await locator.textContent()) ?? '').includes(text), `contain "${text}"`),
    toHaveAttribute: (name: string, value: string) => until(async () => (await locator.getAttribute(name)) === value, `have ${name}="${value}"`),
  };
}
