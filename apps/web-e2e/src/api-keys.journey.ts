import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

/**
 * Settings → API keys: an admin creates a key, sees it once and copies it; an integration writes
 * with it and the contact's timeline names the key; the admin revokes it and it stops working.
 */
describe('API keys: create, see once, copy, use, revoke', () => {
  let j: Journey;
  let contactId: string;

  beforeAll(async () => {
    j = await startJourney('api-keys');
    const contact = await j.api.http().post('/api/contacts').set('Authorization', j.admin.auth).send({ firstName: 'Grace', lastName: 'Hopper', email: 'grace@navy.example' }).expect(201);
    contactId = contact.body.id;
    await j.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: j.api.url });
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
  });

  it('creates a key shown once, which writes attributed entries until it is revoked', async () => {
    const { page } = j;
    await page.goto(j.url('/settings'));
    await page.getByRole('tab', { name: 'API keys' }).click();
    await page.waitForURL(/\/settings\/api-keys$/);
    await expectVisible(page.getByText(/No API keys yet/));
    await j.shot('no-keys');

    await page.getByRole('button', { name: 'Create API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create API key' });
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await expectVisible(dialog.getByText('Choose at least one scope'));
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Zapier sync');
    await dialog.getByRole('group', { name: 'Read' }).getByRole('checkbox', { name: /Contacts, companies/ }).check();
    await dialog.getByRole('group', { name: 'Write' }).getByRole('checkbox', { name: /Contacts, companies/ }).check();
    await dialog.getByRole('group', { name: 'Read' }).getByRole('checkbox', { name: /Deals and pipelines/ }).check();
    await j.shot('create-dialog');
    await dialog.getByRole('button', { name: 'Create key' }).click();

    const shown = page.getByRole('dialog', { name: 'API key “Zapier sync” created' });
    await expectVisible(shown.getByText(/it will not be shown again/));
    const key = await shown.getByRole('textbox', { name: 'API key' }).inputValue();
    expect(key).toMatch(/^crl_[0-9A-Za-z]{8}_[0-9A-Za-z_-]{43}$/);
    await shown.getByRole('button', { name: 'Copy' }).click();
    await expectVisible(shown.getByText('Copied to the clipboard.'));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await j.shot('key-shown-once');
    await shown.getByRole('button', { name: 'I have copied the key' }).click();

    const row = page.getByRole('row', { name: /Zapier sync/ });
    await expectVisible(row.getByText('contacts:write'));
    await expectVisible(row.getByText(`crl_${key.split('_')[1]}_…`));
    expect(await page.getByText(key).count()).toBe(0);
    await j.shot('key-listed');

    // The integration: a note and a status change through the key, then its timeline entries.
    const withKey = (method: 'post' | 'patch', path: string) => j.api.http()[method](path).set('Authorization', `Bearer ${key}`);
    await withKey('post', `/api/contacts/${contactId}/activities`).send({ type: 'note', title: 'Synced from Zapier' }).expect(201);
    await withKey('patch', `/api/contacts/${contactId}`).send({ status: 'customer' }).expect(200);
    await page.goto(j.url(`/contacts/${contactId}`));
    const timeline = page.getByRole('list', { name: 'Activity timeline' });
    await expectVisible(timeline.getByText('Synced from Zapier'));
    expect(await timeline.getByText(/via API key 'Zapier sync'/).count()).toBe(2);
    await j.shot('timeline-attribution');

    await page.goto(j.url('/settings/api-keys'));
    await expectVisible(page.getByRole('row', { name: /Zapier sync/ }).getByText(/\d{4}/).first());
    await page.getByRole('button', { name: 'Revoke Zapier sync' }).click();
    const confirm = page.getByRole('dialog', { name: 'Revoke “Zapier sync”?' });
    await expectVisible(confirm.getByText(/cannot be undone/));
    await j.shot('revoke-confirm');
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expectVisible(page.getByText('“Zapier sync” was revoked: requests with it now get 401.'));
    await expectVisible(page.getByText(/No API keys yet/));
    await j.shot('revoked');
    const refused = await withKey('post', `/api/contacts/${contactId}/activities`).send({ type: 'note', title: 'Too late' }).expect(401);
    expect(refused.body.detail).toBe("The API key 'Zapier sync' has been revoked");
    expect(j.browserErrors).toEqual([]);
  });
});
