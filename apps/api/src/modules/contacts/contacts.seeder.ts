import { DataSource } from 'typeorm';
import { asAuthUser, SeedContext, Seeder, seededRandom } from '../../database/seed/seeder';
import type { User } from '../users/entities/user.entity';
import { ActivitiesService } from './activities.service';
import { CompaniesService } from './companies.service';
import { ContactsService } from './contacts.service';
import type { ManualActivityType } from './dto/activity.dto';
import type { ContactStatus } from './entities/contact.entity';

const COMPANIES = [
  { name: 'Northwind Traders', domain: 'northwind.example', industry: 'Wholesale', size: '51-200' },
  { name: 'Contoso Pharmaceuticals', domain: 'contoso-pharma.example', industry: 'Healthcare', size: '1001-5000' },
  { name: 'Fabrikam Robotics', domain: 'fabrikam.example', industry: 'Manufacturing', size: '201-500' },
  { name: 'Tailspin Outdoor', domain: 'tailspin.example', industry: 'Retail', size: '11-50' },
  { name: 'Blue Yonder Airlines', domain: 'blueyonder.example', industry: 'Travel', size: '1001-5000' },
  { name: 'Wide World Importers', domain: 'wideworld.example', industry: 'Logistics', size: '201-500' },
  { name: 'Adventure Works Cycles', domain: 'adventure-works.example', industry: 'Manufacturing', size: '51-200' },
  { name: 'Litware Analytics', domain: 'litware.example', industry: 'Software', size: '11-50' },
  { name: 'Proseware Learning', domain: 'proseware.example', industry: 'Education', size: '51-200' },
  { name: 'Woodgrove Bank', domain: 'woodgrove.example', industry: 'Financial services', size: '5000+' },
  { name: 'Alpine Ski House', domain: 'alpineskihouse.example', industry: 'Hospitality', size: '11-50' },
  { name: 'Coho Winery', domain: 'cohowinery.example', industry: 'Food & beverage', size: '1-10' },
  { name: 'Lucerne Publishing', domain: 'lucernepublishing.example', industry: 'Media', size: '51-200' },
  { name: 'Margie’s Travel', domain: 'margiestravel.example', industry: 'Travel', size: '1-10' },
  { name: 'Trey Research', domain: 'treyresearch.example', industry: 'Biotech', size: '51-200' },
  { name: 'VanArsdel Foods', domain: 'vanarsdel.example', industry: 'Food & beverage', size: '501-1000' },
  { name: 'Relecloud Hosting', domain: 'relecloud.example', industry: 'Software', size: '201-500' },
  { name: 'Humongous Insurance', domain: 'humongousinsurance.example', industry: 'Financial services', size: '1001-5000' },
  { name: 'Graphic Design Institute', domain: 'graphicdesign.example', industry: 'Education', size: '11-50' },
  { name: 'School of Fine Art', domain: 'fineart.example', industry: 'Education', size: '51-200' },
  { name: 'Nod Publishers', domain: 'nodpublishers.example', industry: 'Media', size: '11-50' },
  { name: 'Southridge Video', domain: 'southridgevideo.example', industry: 'Media', size: '51-200' },
  { name: 'Datum Corporation', domain: 'adatum.example', industry: 'Software', size: '501-1000' },
  { name: 'Consolidated Messenger', domain: 'consolidatedmessenger.example', industry: 'Logistics', size: '201-500' },
];

const FIRST_NAMES = [
  'Olivia', 'Liam', 'Emma', 'Noah', 'Amelia', 'Oliver', 'Sophia', 'Elijah', 'Charlotte', 'James', 'Mia', 'Lucas',
  'Harper', 'Mateo', 'Evelyn', 'Benjamin', 'Aisha', 'Hiroshi', 'Priya', 'Carlos', 'Fatima', 'Mohammed', 'Ingrid',
  'Sven', 'Chloé', 'Lukas', 'Zoe', 'Rahul', 'Mei', 'Diego', 'Grace', 'Tomás', 'Nadia', 'Kwame', 'Yuki', 'Elena',
  'Omar', 'Hannah', 'Jonas', 'Leila', 'Marco', 'Anika', 'Samuel', 'Isabel', 'Daniel', 'Ruth', 'Felix', 'Amara',
];
const LAST_NAMES = [
  'Smith', 'Johnson', 'Garcia', 'Müller', 'Rossi', 'Nguyen', 'Kowalski', 'Tanaka', 'Okafor', 'Patel', 'Silva',
  'Andersson', 'Dubois', 'Kim', 'Hernández', 'O’Brien', 'Schmidt', 'Novak', 'Haddad', 'Jensen', 'Costa', 'Ivanova',
  'Moreau', 'Fischer', 'Yilmaz', 'Cohen', 'Mensah', 'Lindqvist', 'Sato', 'Bianchi', 'Walker', 'Chen', 'Singh',
  'Eriksen', 'Fernández', 'Murphy', 'Weber', 'Adeyemi', 'Larsen', 'Dimitrov',
];
const PERSONAL_DOMAINS = ['gmail.example', 'outlook.example', 'proton.example', 'fastmail.example'];
const TAGS = ['newsletter', 'vip', 'webinar-2026', 'trade-show', 'partner', 'churn-risk', 'decision-maker', 'trial', 'referral', 'enterprise'];
const STATUS_WEIGHTS: [ContactStatus, number][] = [
  ['lead', 0.4],
  ['prospect', 0.25],
  ['customer', 0.25],
  ['archived', 0.1],
];
const ACTIVITIES: { type: ManualActivityType; title: string; description?: string }[] = [
  { type: 'call', title: 'Discovery call', description: 'Walked through their current process; main pain is manual follow-ups.' },
  { type: 'call', title: 'Left a voicemail', description: 'Asked for a call back about the renewal.' },
  { type: 'meeting', title: 'Product demo', description: 'Demoed pipelines and automations to the team; they want a trial.' },
  { type: 'meeting', title: 'Quarterly business review' },
  { type: 'email', title: 'Sent pricing overview', description: 'Attached the Starter and Growth plans.' },
  { type: 'email', title: 'Replied about onboarding', description: 'Shared the CSV import guide.' },
  { type: 'note', title: 'Budget approved for Q3', description: 'Decision expected after their board meeting.' },
  { type: 'note', title: 'Prefers email over calls' },
  { type: 'task', title: 'Send contract draft', description: 'Legal asked for the DPA as well.' },
  { type: 'task', title: 'Follow up after the trade show' },
];

const DAY = 24 * 60 * 60 * 1000;

/** ~200 contacts over 24 companies, owned by every demo user (a third by the member), with timelines. */
export const contactsSeeder: Seeder = {
  name: 'contacts',
  async run({ app, users, log }: SeedContext): Promise<void> {
    const next = seededRandom(20_260_425);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
    const companies = app.get(CompaniesService);
    const contacts = app.get(ContactsService);
    const activities = app.get(ActivitiesService);
    const dataSource = app.get(DataSource);
    const admin = asAuthUser(users.admin);

    const companyIds: { id: string; domain: string }[] = [];
    for (const company of COMPANIES) {
      const created = await companies.create(admin, company);
      companyIds.push({ id: created.id, domain: company.domain });
    }

    const owners: (User | null)[] = [users.admin, users.manager, users.manager, users.member, users.member, users.member, null];
    const used = new Set<string>();
    let created = 0;
    let timeline = 0;
    while (created < 200) {
      const firstName = pick(FIRST_NAMES);
      const lastName = pick(LAST_NAMES);
      const company = next() < 0.85 ? pick(companyIds) : null;
      const local = `${firstName}.${lastName}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '');
      const email = `${local}@${company?.domain ?? pick(PERSONAL_DOMAINS)}`;
      if (used.has(email)) continue;
      used.add(email);
      let roll = next();
      const status = STATUS_WEIGHTS.find(([, weight]) => (roll -= weight) < 0)?.[0] ?? 'lead';
      const tags = TAGS.filter(() => next() < 0.15);
      const owner = pick(owners);
      const contact = await contacts.create(admin, {
        firstName,
        lastName,
        email,
        phone: next() < 0.7 ? `+1 555 01${String(Math.floor(next() * 100)).padStart(2, '0')}` : null,
        companyId: company?.id ?? null,
        status,
        tags,
        notes: next() < 0.2 ? 'Met at the spring trade show.' : null,
        assignedToId: owner?.id ?? null,
      });
      created++;
      // Spread sign-ups over the last six months so lists, sorting and "new this month" look lived-in.
      const createdAt = new Date(Date.now() - Math.floor(next() * 180) * DAY - Math.floor(next() * DAY));
      await dataSource.query(`UPDATE contact SET created_at = $2, updated_at = $2 WHERE id = $1`, [contact.id, createdAt]);

      const entries = next() < 0.6 ? 1 + Math.floor(next() * 4) : 0;
      for (let i = 0; i < entries; i++) {
        const entry = pick(ACTIVITIES);
        const author = owner ?? users.manager;
        const activity = await activities.record({ contactId: contact.id, type: entry.type, title: entry.title, description: entry.description, actorId: author.id });
        const at = new Date(createdAt.getTime() + Math.floor(next() * (Date.now() - createdAt.getTime())));
        await dataSource.query(`UPDATE activity SET created_at = $2 WHERE id = $1`, [activity.id, at]);
        timeline++;
      }
      if (status === 'lead' && next() < 0.2) {
        await contacts.updateFields(contact.id, { status: 'prospect' }, { actorId: (owner ?? users.manager).id });
        timeline++;
      }
    }
    log(`${COMPANIES.length} companies, ${created} contacts, ${timeline} activities`);
  },
};
