import type { Board, Deal, Pipeline } from '../api/keys';

let dealCount = 0;

export const salesPipeline: Pipeline = {
  id: '10000000-0000-4000-8000-000000000001',
  name: 'Sales pipeline',
  description: null,
  isDefault: true,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  stages: [
    { id: '20000000-0000-4000-8000-000000000001', name: 'Lead', order: 0, probability: 10, outcome: null },
    { id: '20000000-0000-4000-8000-000000000002', name: 'Proposal', order: 1, probability: 50, outcome: null },
    { id: '20000000-0000-4000-8000-000000000003', name: 'Won', order: 2, probability: 100, outcome: 'won' },
    { id: '20000000-0000-4000-8000-000000000004', name: 'Lost', order: 3, probability: 0, outcome: 'lost' },
  ],
};

export const [lead, proposal, won, lost] = salesPipeline.stages;

export function makeDeal(overrides: Partial<Deal> = {}): Deal {
  dealCount += 1;
  const stage = salesPipeline.stages.find((s) => s.id === (overrides.stageId ?? lead.id))!;
  return {
    id: `30000000-0000-4000-8000-${String(dealCount).padStart(12, '0')}`,
    title: `Deal ${dealCount}`,
    description: null,
    value: 1000,
    currency: 'USD',
    contactId: null,
    companyId: null,
    pipelineId: salesPipeline.id,
    stageId: stage.id,
    status: 'open',
    assignedToId: null,
    closeDate: null,
    position: dealCount,
    stageChangedAt: '2025-02-01T00:00:00.000Z',
    createdAt: '2025-02-01T00:00:00.000Z',
    updatedAt: '2025-02-01T00:00:00.000Z',
    contact: null,
    company: null,
    assignedTo: null,
    stage: { id: stage.id, name: stage.name, probability: stage.probability, outcome: stage.outcome },
    pipeline: { id: salesPipeline.id, name: salesPipeline.name },
    customFields: {},
    ...overrides,
  };
}

/** The board the API would answer for these deals (open ones only, totals per column). */
export function boardOf(deals: Deal[]): Board {
  return {
    pipeline: salesPipeline,
    stages: salesPipeline.stages.map((stage) => {
      const inStage = deals.filter((d) => d.stageId === stage.id && d.status === 'open');
      const total = inStage.reduce((sum, d) => sum + d.value, 0);
      return {
        ...stage,
        deals: inStage,
        count: inStage.length,
        totalValue: Math.round(total * 100) / 100,
        weightedValue: Math.round(total * stage.probability) / 100,
      };
    }),
  };
}

export const emptyStats = {
  open: 0,
  pipelineValue: 0,
  weightedPipelineValue: 0,
  won: 0,
  lost: 0,
  wonValue: 0,
  averageDealSize: 0,
  winRate: 0,
  timeInStages: [],
};
