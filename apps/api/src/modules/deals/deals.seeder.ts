import { DataSource } from 'typeorm';
import type { AuthUser } from '../../common/decorators/auth.decorators';
import { asAuthUser, Seeder, seededRandom } from '../../database/seed/seeder';
import { ContactsService } from '../contacts/contacts.service';
import { ListContactsQueryDto } from '../contacts/dto/contact.dto';
import { DealStageHistory } from './entities/deal-stage-history.entity';
import { Deal, DealStatus } from './entities/deal.entity';
import { Pipeline } from './entities/pipeline.entity';
import { Stage } from './entities/stage.entity';
import { PipelinesService } from './pipelines.service';

const DAY = 86_400_000;

const PRODUCTS = [
  'Annual licence',
  'Team plan upgrade',
  'Onboarding package',
  'Enterprise rollout',
  'Support renewal',
  'Pilot project',
  'Data migration',
  'Training workshop',
  'Multi-year agreement',
  'Add-on seats',
];

interface ContactRow {
  id: string;
  companyId: string | null;
  companyName: string | null;
  assignedToId: string | null;
  lastName: string;
}

/** The demo contacts, read through the contacts module (none is fine: deals then have no contact). */
async function loadContacts(contacts: ContactsService, admin: AuthUser): Promise<ContactRow[]> {
  const rows: ContactRow[] = [];
  for (let offset = 0; offset < 400; offset += 200) {
    const query = Object.assign(new ListContactsQueryDto(), { limit: 200, offset, sort: 'createdAt', status: ['lead', 'prospect', 'customer'] });
    const page = await contacts.list(admin, query);
    rows.push(...page.data);
    if (page.data.length < 200) break;
  }
  return rows;
}

/**
 * ~60 deals over the default pipeline and a partnerships pipeline, spread over stages and the
 * three demo users, each with a stage history whose dates make the time-in-stage report speak.
 * Runs after the contacts seeder and puts its contacts (and their companies) on the deals.
 */
export const dealsSeeder: Seeder = {
  name: 'deals',
  async run({ app, users, log }) {
    const dataSource = app.get(DataSource);
    const owners = [users.admin, users.manager, users.member];
    const admin = asAuthUser(users.admin);
    const contacts = await loadContacts(app.get(ContactsService), admin);
    const companies = new Map(contacts.filter((c) => c.companyId).map((c) => [c.companyId!, c.companyName!]));
    const partnerships = await app.get(PipelinesService).create(
      admin,
      {
        name: 'Partnerships',
        description: 'Resellers and integration partners',
        stages: [
          { name: 'Intro call', order: 0, probability: 15 },
          { name: 'Evaluation', order: 1, probability: 40 },
          { name: 'Contract', order: 2, probability: 70 },
          { name: 'Signed', order: 3, probability: 100, outcome: 'won' },
          { name: 'Declined', order: 4, probability: 0, outcome: 'lost' },
        ],
      },
    );
    await dataSource.transaction(async (manager) => {
      const rand = seededRandom(20_251_124);
      const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
      const sales = await manager.findOneByOrFail(Pipeline, { isDefault: true });
      const plans = [
        { pipeline: sales, stages: await manager.find(Stage, { where: { pipelineId: sales.id }, order: { order: 'ASC' } }), count: 46 },
        { pipeline: partnerships.pipeline, stages: partnerships.stages, count: 14 },
      ];
      const now = Date.now();
      const nextPosition = new Map<string, number>();
      let created = 0;

      for (const { pipeline, stages, count } of plans) {
        const working = stages.filter((s) => !s.outcome);
        const wonStage = stages.find((s) => s.outcome === 'won')!;
        const lostStage = stages.find((s) => s.outcome === 'lost')!;
        for (let i = 0; i < count; i++) {
          const owner = owners[i % owners.length];
          const roll = rand();
          // About a fifth won, a tenth lost, the rest open and spread over the working stages.
          const outcome: DealStatus = roll < 0.2 ? 'won' : roll < 0.3 ? 'lost' : 'open';
          const reached = outcome === 'won' ? working.length : 1 + Math.floor(rand() * working.length);
          const path = working.slice(0, reached);
          if (outcome === 'won') path.push(wonStage);
          if (outcome === 'lost') path.push(lostStage);

          const ownContacts = contacts.filter((c) => c.assignedToId === owner.id);
          const candidates = ownContacts.length ? ownContacts : contacts;
          const contact = candidates.length && rand() < 0.9 ? pick(candidates) : undefined;
          const companyId = contact?.companyId ?? (companies.size && rand() < 0.5 ? pick([...companies.keys()]) : null);
          const account = (companyId && companies.get(companyId)) || contact?.lastName || 'Direct';
          const value = Math.round((500 + rand() * rand() * 60_000) / 50) * 50;

          // Walk the path backwards from today so the last stage change is recent.
          const stays = path.map(() => (1 + Math.floor(rand() * 14)) * DAY + Math.floor(rand() * DAY));
          const lastEntered = now - Math.floor(rand() * 10 * DAY) - DAY;
          const entered: number[] = [];
          let at = lastEntered;
          for (let s = path.length - 1; s >= 0; s--) {
            entered[s] = at;
            if (s > 0) at -= stays[s - 1];
          }
          const stage = path[path.length - 1];
          const closeDate =
            outcome === 'open'
              ? new Date(now + (7 + Math.floor(rand() * 75)) * DAY).toISOString().slice(0, 10)
              : new Date(lastEntered).toISOString().slice(0, 10);
          const position = outcome === 'open' ? (nextPosition.get(stage.id) ?? 0) : 0;
          if (outcome === 'open') nextPosition.set(stage.id, position + 1);

          const deal = await manager.save(
            manager.create(Deal, {
              title: `${account} — ${pick(PRODUCTS)}`,
              description: null,
              value,
              currency: 'USD',
              contactId: contact?.id ?? null,
              companyId,
              pipelineId: pipeline.id,
              stageId: stage.id,
              status: outcome,
              assignedToId: owner.id,
              createdById: owner.id,
              closeDate,
              position,
              stageChangedAt: new Date(lastEntered),
              createdAt: new Date(entered[0]),
              updatedAt: new Date(lastEntered),
            }),
          );
          await manager.insert(
            DealStageHistory,
            path.map((to, s) => ({
              dealId: deal.id,
              pipelineId: pipeline.id,
              fromStageId: s === 0 ? null : path[s - 1].id,
              fromStageName: s === 0 ? null : path[s - 1].name,
              toStageId: to.id,
              toStageName: to.name,
              changedById: owner.id,
              changedAt: new Date(entered[s]),
            })),
          );
          created++;
        }
      }
      log(`${created} deals over ${plans.length} pipelines, ${contacts.length} contacts available`);
    });
  },
};
