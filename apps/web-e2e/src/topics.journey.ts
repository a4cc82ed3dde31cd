import { expectVisible } from './support/expect';
import { Journey, startJourney } from './support/journey';

describe('topics journey: Settings → Topics, a topic in use, a contact’s subscriptions and consent history', () => {
  let j: Journey;
  let contactId: string;

  beforeAll(async () => {
    j = await startJourney('topics');
    const contact = await j.env.db.query(`INSERT INTO contact (first_name, last_name, email, status) VALUES ('Grace', 'Hopper', 'grace@example.com', 'customer') RETURNING id`);
    contactId = contact.rows[0].id;
    await j.login();
  });

  afterAll(async () => {
    await j?.close();
  });

  it('creates topics in the settings, and a topic a campaign uses is refused deletion with the campaign named', async () => {
    const { page } = j;
    await page.goto(j.url('/settings/users'));
    await page.getByRole('tab', { name: 'Topics' }).click();
    await expectVisible(page.getByText('No topics yet'));

    await page.getByRole('button', { name: 'New topic' }).click();
    let dialog = page.getByRole('dialog', { name: 'New topic' });
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    await expectVisible(dialog.getByText('Enter a name'));
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Product news');
    await dialog.getByRole('textbox', { name: 'Description' }).fill('What we ship, once a month');
    await j.shot('topics-new-dialog');
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    const table = page.getByRole('table', { name: 'Topics' });
    await expectVisible(table.getByText('Product news'));

    await page.getByRole('button', { name: 'New topic' }).click();
    dialog = page.getByRole('dialog', { name: 'New topic' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('PRODUCT NEWS');
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    await expectVisible(dialog.getByText(/already the name of another topic/));
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Events');
    await dialog.getByRole('checkbox', { name: 'Requires opt-in' }).check();
    await dialog.getByRole('button', { name: 'Create topic' }).click();
    await expectVisible(table.getByText('Subscribers only (opt-in)'));

    const topics = (await j.api.http().get('/api/topics').set('Authorization', j.admin.auth).expect(200)).body as { id: string; name: string }[];
    const news = topics.find((t) => t.name === 'Product news')!;
    await j.api.http().post('/api/campaigns').set('Authorization', j.admin.auth).send({ name: 'March news', topicId: news.id }).expect(201);
    await page.getByRole('button', { name: 'Delete Product news' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete “Product news”?' });
    await confirm.getByRole('button', { name: 'Delete topic' }).click();
    await expectVisible(confirm.getByText(/in use by campaign 'March news'/));
    await j.shot('topics-delete-in-use');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await j.shot('topics-list');
    expect(j.browserErrors).toEqual([]);
  });

  it('shows a contact’s status per topic; a switch changes it and the consent history records it', async () => {
    const { page } = j;
    await page.goto(j.url(`/contacts/${contactId}`));
    const card = page.getByRole('region', { name: 'Subscriptions' });
    await expectVisible(card.getByText('Gets it by default (never unsubscribed)'));
    await expectVisible(card.getByText('Not subscribed (this topic requires opt-in)'));
    const history = page.getByRole('region', { name: 'Consent history' });
    await expectVisible(history.getByText(/Nothing recorded yet/));

    // The switch shows the status the API answered, so it flips once the change is saved.
    await card.getByRole('switch', { name: 'Events' }).click();
    await expectVisible(history.getByText('Subscribed to “Events”'));
    expect(await card.getByRole('switch', { name: 'Events' }).isChecked()).toBe(true);
    await card.getByRole('switch', { name: 'Product news' }).click();
    await expectVisible(history.getByText('Unsubscribed from “Product news”'));
    expect(await card.getByRole('switch', { name: 'Product news' }).isChecked()).toBe(false);
    await expectVisible(card.getByText('Unsubscribed'));
    await expectVisible(history.getByText(/through a user/).first());
    // The cards sit low in the left column: pictured in the viewport, scrolled to them (a full-page
    // capture of a scrolled page draws the fixed shell across it).
    await history.scrollIntoViewIfNeeded();
    await j.shot('contact-subscriptions', { fullPage: false });
    expect(j.browserErrors).toEqual([]);
  });
});
