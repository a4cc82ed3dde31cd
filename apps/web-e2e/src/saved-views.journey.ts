import { resolve } from 'path';
import { factories } from '../../api/test/support/factories';
import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

const FIXTURES = resolve(__dirname, '../../api/test/fixtures');

/**
 * The contacts list's list features: custom fields as columns, a filter by a custom field, saved
 * views, a bulk action on every matching contact, and a Mailchimp import that fills a custom field
 * created from one of its columns.
 */
describe('contacts list: columns, field filters, saved views, select all', () => {
  let j: Journey;

  beforeAll(async () => {
    j = await startJourney('saved-views');
    const field = (body: object) => j.api.http().post('/api/fields').set('Authorization', j.admin.auth).send({ objectType: 'contact', ...body }).expect(201);
    await field({ key: 'score', label: 'Score', type: 'number' });
    await field({ key: 'plan', label: 'Plan', type: 'select', options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }] });
    await factories.contact.many(
      j.env.db,
      Array.from({ length: 60 }, (_, i) => ({
        firstName: ['Ada', 'Grace', 'Linus', 'Margaret', 'Dennis', 'Barbara'][i % 6],
        lastName: `Tester ${i + 1}`,
        email: `tester-${i + 1}@lists.example`,
        status: i % 3 === 0 ? ('prospect' as const) : ('lead' as const),
        tags: i % 4 === 0 ? ['webinar'] : [],
        customFields: { score: (i * 7) % 100, plan: i % 2 ? 'pro' : 'free' },
      })),
    );
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
  });

  it('shows custom fields as columns and sorts on one', async () => {
    const { page } = j;
    await page.goto(j.url('/contacts'));
    await expectVisible(page.getByText('60 contacts'));
    await page.getByRole('button', { name: 'Columns' }).click();
    const menu = page.getByRole('menu', { name: 'Columns' });
    await menu.getByRole('menuitemcheckbox', { name: 'Score' }).click();
    await menu.getByRole('menuitemcheckbox', { name: 'Plan' }).click();
    await menu.getByRole('menuitemcheckbox', { name: 'Tags' }).click();
    await j.shot('column-chooser', { fullPage: false });
    await page.keyboard.press('Escape');

    await page.getByRole('table', { name: 'Contacts' }).getByRole('button', { name: 'Score' }).click();
    await page.waitForURL(/sort=cf\.score/);
    await j.shot('sorted-by-score');
  });

  it('filters by a custom field and saves the view, shared', async () => {
    const { page } = j;
    await page.getByRole('button', { name: 'Filter by field' }).click();
    const form = page.getByRole('dialog', { name: 'Filter by field' });
    await form.getByRole('combobox', { name: 'Field' }).click();
    await page.getByRole('option', { name: 'Score' }).click();
    await form.getByRole('combobox', { name: 'Condition' }).click();
    await page.getByRole('option', { name: '≥' }).click();
    await form.getByLabel('Value').fill('50');
    await j.shot('field-filter-form', { fullPage: false });
    await form.getByRole('button', { name: 'Apply filter' }).click();
    await expectVisible(page.getByText('Score ≥ 50'));
    await page.getByRole('button', { name: 'Lead' }).click();
    await page.waitForURL(/status=lead/);
    await expectVisible(page.getByText(/\d+ matching contacts/));
    await j.shot('filtered');

    await page.getByRole('button', { name: 'Saved views: All contacts' }).click();
    await page.getByRole('menuitem', { name: 'Save current view…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Save current view' });
    await dialog.getByLabel('Name').fill('High-score leads');
    await dialog.getByLabel('Share with everyone').check();
    await j.shot('save-view');
    await dialog.getByRole('button', { name: 'Save view' }).click();
    await expectVisible(page.getByRole('button', { name: 'Saved views: High-score leads' }));

    await page.getByRole('button', { name: 'Saved views: High-score leads' }).click();
    await page.getByRole('menuitem', { name: 'All contacts' }).click();
    await page.waitForURL(/\/contacts$/);
    await page.getByRole('button', { name: 'Saved views: All contacts' }).click();
    await j.shot('view-picker', { fullPage: false });
    await page.getByRole('menuitem', { name: /High-score leads/ }).click();
    await page.waitForURL(/view=/);
    await expectVisible(page.getByText('Score ≥ 50'));
    await expectVisible(page.getByRole('table', { name: 'Contacts' }).getByRole('button', { name: 'Plan' }));
  });

  it('selects every matching contact and changes their status at once', async () => {
    const { page } = j;
    await page.goto(j.url('/contacts?status=lead'));
    await expectVisible(page.getByText('40 matching contacts'));
    await page.getByRole('checkbox', { name: 'Select all contacts on this page' }).check();
    await page.getByRole('button', { name: 'Select all 40 matching contacts' }).click();
    await expectVisible(page.getByText('All 40 matching contacts are selected.'));
    await j.shot('all-matching-selected');

    await page.getByRole('button', { name: 'Change status' }).click();
    const dialog = page.getByRole('dialog', { name: 'Change the status of 40 contacts' });
    await dialog.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Customer' }).click();
    await dialog.getByRole('button', { name: 'Change status' }).click();
    await expectVisible(page.getByText('Changed the status of 40 contacts to Customer.'));
    await expectVisible(page.getByText('No contact matches these filters'));
    await j.shot('bulk-status-done');
  });

  it('imports a Mailchimp audience export into a field created from its MEMBER_RATING column, then filters by it', async () => {
    const { page } = j;
    await page.goto(j.url('/contacts/import'));
    await page.getByLabel('CSV file').setInputFiles(resolve(FIXTURES, 'mailchimp-audience-export.csv'));
    const mapping = page.getByRole('table', { name: 'Column mapping' });
    const rating = mapping.getByRole('combobox', { name: 'Field for column MEMBER_RATING' });
    await rating.click();
    await page.getByRole('option', { name: 'Create field from this column…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create a field from “MEMBER_RATING”' });
    await expectVisible(dialog.getByRole('combobox', { name: 'Type' }).getByText('Number'));
    await dialog.getByLabel('Label').fill('Member rating');
    await j.shot('import-create-field');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await expectVisible(rating.getByText('Member rating'));
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('button', { name: 'Start import' }).click();
    await expectVisible(page.getByText('Import complete: 36 rows processed'));

    const olivia = await j.api.http().get('/api/contacts?search=olivia.nguyen').set('Authorization', j.admin.auth).expect(200);
    expect(olivia.body.data[0].customFields).toMatchObject({ member_rating: 3 });
    const rated = await j.api.http().get('/api/contacts?cf.member_rating=3').set('Authorization', j.admin.auth).expect(200);
    expect(rated.body.total).toBeGreaterThan(0);

    await page.goto(j.url('/contacts?cf.member_rating=3&cols=name,email,cf.member_rating'));
    const table = page.getByRole('table', { name: 'Contacts' });
    await expectVisible(table.getByText('Olivia Nguyen'));
    await expectVisible(page.getByText(new RegExp(`^${rated.body.total} matching contacts?$`)));
    await expectVisible(table.getByRole('button', { name: 'Member rating' }));
    await j.shot('filtered-by-imported-field');
    expect(j.browserErrors).toEqual([]);
  });
});
