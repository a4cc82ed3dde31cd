import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

/**
 * Screenshots of the custom-field pages (Settings → Fields, the Fields card of a contact,
 * company and deal, the dialogs' custom fields). Not a *.journey.ts: the issue's browser
 * journey is written separately; run this one with
 * `npx jest -c apps/web-e2e/jest.config.js --testMatch '**\/custom-fields-settings.spec.ts'`.
 */
describe('custom fields: settings and record pages', () => {
  let j: Journey;
  let contactId: string;
  let companyId: string;
  let dealId: string;

  const api = (method: 'get' | 'post' | 'patch', path: string, body?: object) => {
    const call = j.api.http()[method](path).set('Authorization', j.admin.auth);
    return body ? call.send(body) : call;
  };

  beforeAll(async () => {
    j = await startJourney('custom-fields-settings');
    const contactFields = [
      { key: 'plan', label: 'Plan', type: 'select', required: true, options: [{ value: 'free', label: 'Free' }, { value: 'pro', label: 'Pro' }, { value: 'enterprise', label: 'Enterprise' }] },
      { key: 'renewal_date', label: 'Renewal date', type: 'date', description: 'When the contract renews' },
      { key: 'last_call', label: 'Last call', type: 'datetime' },
      { key: 'interests', label: 'Interests', type: 'multiselect', options: [{ value: 'email', label: 'Email marketing' }, { value: 'crm', label: 'CRM' }, { value: 'automation', label: 'Automation' }] },
      { key: 'vip', label: 'VIP', type: 'boolean' },
      { key: 'linkedin', label: 'LinkedIn', type: 'url' },
      { key: 'assistant_email', label: 'Assistant email', type: 'email' },
      { key: 'bio', label: 'Bio', type: 'textarea' },
    ];
    for (const field of contactFields) await api('post', '/api/fields', { objectType: 'contact', ...field }).expect(201);
    await api('post', '/api/fields', { objectType: 'company', key: 'sic_code', label: 'SIC code', type: 'text', required: true }).expect(201);
    await api('post', '/api/fields', { objectType: 'company', key: 'employees', label: 'Employees', type: 'number' }).expect(201);
    await api('post', '/api/fields', { objectType: 'deal', key: 'source', label: 'Source', type: 'select', options: [{ value: 'inbound', label: 'Inbound' }, { value: 'referral', label: 'Referral' }] }).expect(201);
    await api('post', '/api/fields', { objectType: 'deal', key: 'signed', label: 'Contract signed', type: 'boolean' }).expect(201);

    const company = await api('post', '/api/companies', { name: 'Analytical Engines', customFields: { sic_code: '3571', employees: 42 } }).expect(201);
    companyId = company.body.id;
    const contact = await api('post', '/api/contacts', {
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@engines.example',
      companyId,
      customFields: {
        plan: 'pro',
        renewal_date: '2026-03-31',
        last_call: '2025-11-20T14:30:00.000Z',
        interests: ['email', 'automation'],
        vip: true,
        linkedin: 'https://www.linkedin.com/in/ada-lovelace',
        bio: 'First programmer.\nWrote the notes on the Analytical Engine.',
      },
    }).expect(201);
    contactId = contact.body.id;
    const pipelines = await api('get', '/api/pipelines').expect(200);
    const deal = await api('post', '/api/deals', { title: 'Analytical Engines — Annual plan', value: 12000, stageId: pipelines.body.data[0].stages[0].id, contactId, companyId, customFields: { source: 'referral' } }).expect(201);
    dealId = deal.body.id;
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
  });

  it('lists, creates, edits and reorders fields in Settings → Fields', async () => {
    const { page } = j;
    await page.goto(j.url('/settings'));
    await page.getByRole('tab', { name: 'Fields' }).click();
    await page.waitForURL(/\/settings\/fields$/);
    const table = page.getByRole('table', { name: 'Contact fields' });
    await expectVisible(table.getByText('renewal_date'));
    await j.shot('fields-contacts');

    await page.getByRole('button', { name: 'New field' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact field' });
    await dialog.getByRole('textbox', { name: 'Label' }).fill('Member rating');
    await dialog.getByRole('combobox', { name: 'Type' }).click();
    await page.getByRole('option', { name: /^Single select/ }).click();
    await dialog.getByRole('textbox', { name: 'Option 1 label' }).fill('Gold');
    await dialog.getByRole('button', { name: 'Add option' }).click();
    await dialog.getByRole('textbox', { name: 'Option 2 label' }).fill('Silver');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('From the Mailchimp audience (MEMBER_RATING)');
    await expectVisible(dialog.getByRole('textbox', { name: 'Key' }));
    await j.shot('fields-new-dialog');
    await dialog.getByRole('button', { name: 'Create field' }).click();
    await expectVisible(table.getByText('member_rating'));

    await page.getByRole('button', { name: 'Move Member rating up' }).click();
    await expectVisible(page.getByRole('button', { name: 'Move Member rating up' }));
    await page.waitForLoadState('networkidle');

    // Removing an option a contact holds is refused, named under the options.
    await page.getByRole('button', { name: 'Edit Plan' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit field “Plan”' });
    await edit.getByRole('button', { name: 'Remove option 2' }).click();
    await edit.getByRole('button', { name: 'Save changes' }).click();
    await expectVisible(edit.getByText('“Pro” is held by 1 contact'));
    await j.shot('fields-edit-option-in-use');
    await edit.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('tab', { name: 'Companies' }).click();
    await expectVisible(page.getByRole('table', { name: 'Company fields' }).getByText('sic_code'));
    await j.shot('fields-companies');
    expect(j.browserErrors).toEqual([]);
  });

  it('shows and edits custom fields on a contact, and asks for required ones in its dialog', async () => {
    const { page } = j;
    await page.goto(j.url(`/contacts/${contactId}`));
    const card = page.getByRole('region', { name: 'Fields' });
    await expectVisible(card.getByText('Automation'));
    await expectVisible(card.getByRole('link', { name: 'https://www.linkedin.com/in/ada-lovelace' }));
    await j.shot('contact-fields-card');

    await card.getByRole('button', { name: 'Edit interests' }).click();
    await card.getByRole('combobox', { name: 'Interests' }).click();
    await page.getByRole('option', { name: 'CRM' }).click();
    await j.shot('contact-fields-inline-multiselect', { fullPage: false });
    await card.getByRole('button', { name: 'Save interests' }).click();
    await expectVisible(card.getByText('CRM', { exact: true }));

    await card.getByRole('button', { name: 'Edit renewal date' }).click();
    await card.getByLabel('Renewal date', { exact: true }).fill('2027-01-15');
    await card.getByRole('button', { name: 'Save renewal date' }).click();
    await expectVisible(card.getByText('Jan 15, 2027'));

    await page.goto(j.url('/contacts'));
    await page.getByRole('button', { name: 'New contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'New contact' });
    await dialog.getByLabel('Email').fill('grace@navy.example');
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await expectVisible(dialog.getByText('Plan is required'));
    await dialog.getByRole('button', { name: /^More fields/ }).click();
    await j.shot('contact-dialog-custom-fields');
    await dialog.getByRole('combobox', { name: 'Plan' }).click();
    await page.getByRole('option', { name: 'Enterprise' }).click();
    await dialog.getByRole('button', { name: 'Create contact' }).click();
    await page.waitForURL(/\/contacts\/[0-9a-f-]{36}$/);
    await expectVisible(page.getByRole('region', { name: 'Fields' }).getByText('Enterprise'));
    expect(j.browserErrors).toEqual([]);
  });

  it('shows custom fields on a company and a deal', async () => {
    const { page } = j;
    await page.goto(j.url(`/companies/${companyId}`));
    await expectVisible(page.getByRole('region', { name: 'Fields' }).getByText('3571'));
    await j.shot('company-fields-card');

    await page.goto(j.url(`/deals/${dealId}`));
    const card = page.getByRole('region', { name: 'Fields' });
    await expectVisible(card.getByText('Referral'));
    await card.getByRole('button', { name: 'Edit contract signed' }).click();
    await card.getByRole('checkbox', { name: 'Contract signed' }).check();
    await card.getByRole('button', { name: 'Save contract signed' }).click();
    await expectVisible(card.getByText('Yes'));
    await j.shot('deal-fields-card');
    expect(j.browserErrors).toEqual([]);
  });

  it('offers the custom fields in the template editor’s merge-tag list', async () => {
    const { page } = j;
    await page.goto(j.url('/templates/new'));
    await page.getByRole('button', { name: 'Insert merge tag' }).click();
    await expectVisible(page.getByRole('menuitem', { name: /\{\{contact\.custom\.plan\}\}/ }));
    await expectVisible(page.getByRole('menuitem', { name: /\{\{company\.custom\.sic_code\}\}/ }));
    await j.shot('template-merge-tags', { fullPage: false });
    await page.keyboard.press('Escape');
    expect(j.browserErrors).toEqual([]);
  });
});
