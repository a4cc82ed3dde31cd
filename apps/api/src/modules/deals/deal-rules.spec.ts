import { dealEventTypes, placeDeal, placeInColumn, planStages, StageFacts, stageChangeEntry } from './deal-rules';

const stages: StageFacts[] = [
  { id: 'lead', name: 'Lead', order: 0, outcome: null },
  { id: 'proposal', name: 'Proposal', order: 1, outcome: null },
  { id: 'won', name: 'Won', order: 2, outcome: 'won' },
  { id: 'lost', name: 'Lost', order: 3, outcome: 'lost' },
];
const TODAY = '2025-06-01';
const openInProposal = { pipelineId: 'p', stageId: 'proposal', status: 'open' as const, closeDate: '2025-07-15' };

describe('placeDeal', () => {
  it('puts a new deal in the first working stage, open, without a close date', () => {
    const result = placeDeal(null, 'p', [...stages].reverse(), {}, TODAY);
    expect(result).toMatchObject({ ok: true, stage: { id: 'lead' }, status: 'open', closeDate: null, stageChanged: true });
  });

  it('wins a deal that enters the won stage and stamps today as close date', () => {
    expect(placeDeal(openInProposal, 'p', stages, { stageId: 'won' }, TODAY)).toMatchObject({
      ok: true,
      stage: { id: 'won' },
      status: 'won',
      closeDate: TODAY,
      stageChanged: true,
    });
  });

  it('moves a deal marked lost to the lost stage, keeping an explicit close date', () => {
    expect(placeDeal(openInProposal, 'p', stages, { status: 'lost', closeDate: '2025-05-30' }, TODAY)).toMatchObject({
      ok: true,
      stage: { id: 'lost' },
      status: 'lost',
      closeDate: '2025-05-30',
    });
  });

  it('reopens a won deal dragged back to a working stage', () => {
    const won = { pipelineId: 'p', stageId: 'won', status: 'won' as const, closeDate: TODAY };
    expect(placeDeal(won, 'p', stages, { stageId: 'proposal' }, TODAY)).toMatchObject({ ok: true, status: 'open', stageChanged: true });
  });

  it('refuses to reopen a closed deal without a stage to go to', () => {
    const won = { pipelineId: 'p', stageId: 'won', status: 'won' as const, closeDate: TODAY };
    expect(placeDeal(won, 'p', stages, { status: 'open' }, TODAY)).toEqual({
      ok: false,
      errors: [{ field: 'stageId', message: expect.stringContaining('reopen') }],
    });
  });

  it('refuses a stage from another pipeline and a status that contradicts the stage', () => {
    expect(placeDeal(openInProposal, 'p', stages, { stageId: 'elsewhere' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'stageId' }] });
    expect(placeDeal(openInProposal, 'p', stages, { stageId: 'won', status: 'open' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'status' }] });
    expect(placeDeal(openInProposal, 'p', stages, { stageId: 'lead', status: 'won' }, TODAY)).toMatchObject({ ok: false, errors: [{ field: 'stageId' }] });
  });

  it('closes a deal in place when the pipeline has no closing stage', () => {
    const working = stages.filter((s) => !s.outcome);
    expect(placeDeal(openInProposal, 'p', working, { status: 'won' }, TODAY)).toMatchObject({
      ok: true,
      stage: { id: 'proposal' },
      status: 'won',
      closeDate: TODAY,
      stageChanged: false,
    });
  });

  it('lands in the first working stage of another pipeline', () => {
    const other: StageFacts[] = [{ id: 'x1', name: 'Intro', order: 0, outcome: null }];
    expect(placeDeal(openInProposal, 'q', other, {}, TODAY)).toMatchObject({ ok: true, stage: { id: 'x1' }, stageChanged: true, status: 'open' });
  });

  it('is not a stage change when only other fields change', () => {
    expect(placeDeal(openInProposal, 'p', stages, {}, TODAY)).toMatchObject({ ok: true, stageChanged: false, closeDate: '2025-07-15' });
  });
});

describe('placeInColumn', () => {
  const all = () => true;
  it('inserts at an index and moves within the same column', () => {
    expect(placeInColumn(['a', 'b', 'c'], all, 'x', 1)).toEqual(['a', 'x', 'b', 'c']);
    expect(placeInColumn(['a', 'b', 'c'], all, 'a', 2)).toEqual(['b', 'c', 'a']);
    expect(placeInColumn(['a', 'b', 'c'], all, 'c', 0)).toEqual(['c', 'a', 'b']);
  });

  it('appends without an index or past the end', () => {
    expect(placeInColumn(['a', 'b'], all, 'x')).toEqual(['a', 'b', 'x']);
    expect(placeInColumn(['a', 'b'], all, 'x', 99)).toEqual(['a', 'b', 'x']);
    expect(placeInColumn([], all, 'x', 0)).toEqual(['x']);
  });

  it('counts the index among the deals the caller sees', () => {
    const mine = (id: string) => id.startsWith('m');
    // The member sees [m1, m2]; index 1 means "before m2", past the hidden deal o1.
    expect(placeInColumn(['m1', 'o1', 'm2', 'o2'], mine, 'mx', 1)).toEqual(['m1', 'o1', 'mx', 'm2', 'o2']);
  });
});

describe('planStages', () => {
  it('orders by the given order, renumbers from 0 and lists removed stages', () => {
    const plan = planStages(
      [
        { id: 's2', name: 'Second', order: 20, probability: 50 },
        { name: 'First', order: 5, probability: 10 },
      ],
      ['s1', 's2'],
    );
    expect(plan).toEqual({
      ok: true,
      stages: [
        { name: 'First', order: 0, probability: 10, outcome: null },
        { id: 's2', name: 'Second', order: 1, probability: 50, outcome: null },
      ],
      removedIds: ['s1'],
    });
  });

  it('names each offending field', () => {
    const plan = planStages(
      [
        { id: 'nope', name: 'A', order: 0, probability: 0 },
        { name: 'a', order: 0, probability: 0, outcome: 'won' },
        { name: 'B', order: 1, probability: 100, outcome: 'won' },
      ],
      ['s1'],
    );
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors.map((e) => e.field)).toEqual(['stages.0.id', 'stages.1.name', 'stages.1.order', 'stages.2.outcome']);
  });

  it('needs a working stage', () => {
    const plan = planStages([{ name: 'Won', order: 0, probability: 100, outcome: 'won' }], []);
    expect(!plan.ok && plan.errors).toEqual([{ field: 'stages', message: expect.any(String) }]);
  });
});

describe('stageChangeEntry', () => {
  const deal = { title: 'Acme renewal', value: 8500.5, currency: 'USD' };
  const working = { name: 'Proposal', outcome: null };

  it('names the stage a deal is created in, with its value', () => {
    expect(stageChangeEntry(deal, null, working)).toEqual({ title: 'Deal "Acme renewal" created in Proposal', description: '$8,500.50' });
  });

  it('says moved, won or lost from the stage the deal entered', () => {
    const from = { name: 'Lead' };
    expect(stageChangeEntry(deal, from, working)).toEqual({ title: 'Deal "Acme renewal" moved to Proposal', description: 'Lead → Proposal · $8,500.50' });
    expect(stageChangeEntry(deal, from, { name: 'Won', outcome: 'won' }).title).toBe('Deal "Acme renewal" won');
    expect(stageChangeEntry(deal, from, { name: 'Lost', outcome: 'lost' }).title).toBe('Deal "Acme renewal" lost');
  });

  it('still writes an amount for a currency Intl does not know', () => {
    expect(stageChangeEntry({ ...deal, currency: 'XYZ1' }, null, working).description).toBe('8500.50 XYZ1');
  });
});

describe('dealEventTypes', () => {
  it('announces a new deal, and a deal created won as won too', () => {
    expect(dealEventTypes(null, 'open', true)).toEqual(['deal.created']);
    expect(dealEventTypes(null, 'won', true)).toEqual(['deal.created', 'deal.won']);
  });

  it('adds the stage change and the outcome to an update that brings them', () => {
    expect(dealEventTypes('open', 'open', false)).toEqual(['deal.updated']);
    expect(dealEventTypes('open', 'open', true)).toEqual(['deal.updated', 'deal.stage_changed']);
    expect(dealEventTypes('open', 'lost', true)).toEqual(['deal.updated', 'deal.stage_changed', 'deal.lost']);
    expect(dealEventTypes('won', 'won', false)).toEqual(['deal.updated']);
  });
});
