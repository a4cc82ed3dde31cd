import { DataSource, EntityManager } from 'typeorm';
import type { Seeder } from '../../database/seed/seeder';
import type { User } from '../users/entities/user.entity';
import { DealStageHistory } from './entities/deal-stage-history.entity';
import { Deal, DealStatus } from './entities/deal.entity';
import { Pipeline } from './entities/pipeline.entity';
import { Stage } from './entities/stage.entity';
import { PipelinesService } from './pipelines.service';

const DAY = 86_400_000;

/** Deterministic pseudo-random numbers (mulberry32), so every seeded database looks the same. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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

/** Used only when the contacts seeder has not run: a handful of accounts to hang deals on. */
const FALLBACK_COMPANIES = ['Northwind Traders', 'Globex', 'Initech', 'Umbrella Health', 'Stark Logistics', 'Wayne Foods'];
const FALLBACK_PEOPLE = [
  ['Olivia', 'Martin'],
  ['Liam', 'Nguyen'],
  ['Emma', 'Schmidt'],
  ['Noah', 'Rossi'],
  ['Ava', 'Kowalski'],
  ['Lucas', 'Dubois'],
  ['Mia', 'Jensen'],
  ['Ethan', 'Silva'],
  ['Sofia', 'Tanaka'],
  ['Leo', 'Okafor'],
  ['Chloe', 'Berg'],
  ['Mateo', 'García'],
];

interface ContactRow {
  id: string;
  company_id: string | null;
  assigned_to_id: string | null;
  last_name: string;
}

async function loadOrCreateContacts(manager: EntityManager, users: User[]): Promise<{ contacts: ContactRow[]; companies: Map<string, string> }> {
  let contacts: ContactRow[] = await manager.query(
    `SELECT id, company_id, assigned_to_id, last_name FROM contact WHERE status <> 'archived' ORDER BY created_at, id LIMIT 400`,
  );
  if (contacts.length === 0) {
    const companyIds: string[] = [];
    for (const name of FALLBACK_COMPANIES) {
      const domain = `${name.toLowerCase().replace(/[^a-z]+/g, '')}.example`;
      const [row] = await manager.query(`INSERT INTO company (name, domain, industry) VALUES ($1, $2, 'Software') RETURNING id`, [name, domain]);
      companyIds.push(row.id);
    }
    for (const [i, [first, last]] of FALLBACK_PEOPLE.entries()) {
      await manager.query(
        `INSERT INTO contact (first_name, last_name, email, company_id, status, assigned_to_id) VALUES ($1, $2, $3, $4, 'prospect', $5)`,
        [first, last, `${first}.${last}@${FALLBACK_COMPANIES[i % FALLBACK_COMPANIES.length].toLowerCase().replace(/[^a-z]+/g, '')}.example`.toLowerCase(), companyIds[i % companyIds.length], users[i % users.length].id],
      );
    }
    contacts = await manager.query(`SELECT id, company_id, assigned_to_id, last_name FROM contact ORDER BY created_at, id`);
  }
  const rows: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM company`);
  return { contacts, companies: new Map(rows.map((c) => [c.id, c.name])) };
}

/**
 * ~60 deals over the default pipeline and a partnerships pipeline, spread over stages and the
 * three demo users, each with a stage history whose dates make the time-in-stage report speak.
 * Runs after the contacts seeder and reuses its contacts; creates a few of its own otherwise.
 */
export const dealsSeeder: Seeder = {
  name: 'deals',
  async run({ app, users, log }) {
    const dataSource = app.get(DataSource);
    const owners = [users.admin, users.manager, users.member];
    const partnerships = await app.get(PipelinesService).create(
      { id: users.admin.id, email: users.admin.email, name: users.admin.name, role: 'admin' },
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
      const rand = random(20_251_124);
      const pick = <T>(items: T[]) => items[Math.floor(rand() * items.length)];
      const { contacts, companies } = await loadOrCreateContacts(manager, owners);
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

          const ownContacts = contacts.filter((c) => c.assigned_to_id === owner.id);
          const contact = rand() < 0.9 ? pick(ownContacts.length ? ownContacts : contacts) : undefined;
          const companyId = contact?.company_id ?? (companies.size && rand() < 0.5 ? pick([...companies.keys()]) : null);
          const account = (companyId && companies.get(companyId)) || contact?.last_name || 'Direct';
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
