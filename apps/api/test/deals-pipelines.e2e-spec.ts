import { Stage } from './support/deal-helpers';
import { factories } from './support/factories';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

describe('pipelines, stages and deal stats (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let manager: Session;
  let member: Session;

  const send = (method: 'post' | 'patch', session: Session, path: string, body: object) =>
    api.http()[method](path).set('Authorization', session.auth).send(body);
  const get = (session: Session, path: string) => api.http().get(path).set('Authorization', session.auth);
  const del = (session: Session, path: string) => api.http().delete(path).set('Authorization', session.auth);
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();
  const summary = (stages: Stage[]) => stages.map((s) => `${s.order}:${s.name}:${s.probability}${s.outcome ? `:${s.outcome}` : ''}`);

  beforeAll(async () => {
    api = await env.startApi();
    admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager');
    member = await createUserSession(api, admin, 'member');
  });
  afterAll(() => env.destroy());

  it('creates a pipeline with ordered stages in one request and reads it back', async () => {
    const res = await send('post', manager, '/api/pipelines', {
      name: 'Enterprise',
      description: 'Large accounts',
      stages: [
        { name: 'Discovery', order: 10, probability: 10 },
        { name: 'Closed won', order: 90, probability: 100, outcome: 'won' },
        { name: 'Demo', order: 20, probability: 40 },
      ],
    }).expect(201);
    expect(res.body).toMatchObject({ name: 'Enterprise', description: 'Large accounts', isDefault: false });
    expect(summary(res.body.stages)).toEqual(['0:Discovery:10', '1:Demo:40', '2:Closed won:100:won']);
    const fetched = await get(member, `/api/pipelines/${res.body.id}`).expect(200);
    expect(fetched.body).toEqual(res.body);

    const list = await get(member, '/api/pipelines').expect(200);
    expect(list.body.data[0].isDefault).toBe(true);
    expect(list.body.total).toBe(2);
  });

  it('refuses bad pipelines: duplicate names (409), bad stage lists (400 naming the field), members (403)', async () => {
    const duplicate = await send('post', admin, '/api/pipelines', { name: 'enterprise', stages: [{ name: 'A', order: 0, probability: 0 }] });
    expect(duplicate.status).toBe(409);

    const bad = await send('post', admin, '/api/pipelines', {
      name: 'Bad',
      stages: [
        { name: 'A', order: 0, probability: 101 },
        { name: 'a', order: 1, probability: 10 },
        { name: 'B', order: 1, probability: 10, outcome: 'maybe' },
      ],
    });
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['stages.0.probability', 'stages.2.outcome']);

    const semantic = await send('post', admin, '/api/pipelines', {
      name: 'Bad',
      stages: [
        { name: 'A', order: 0, probability: 10 },
        { name: 'a', order: 0, probability: 10 },
      ],
    });
    expect(fields(semantic.body)).toEqual(['stages.1.name', 'stages.1.order']);

    const onlyClosing = await send('post', admin, '/api/pipelines', { name: 'Bad', stages: [{ name: 'Won', order: 0, probability: 100, outcome: 'won' }] });
    expect(fields(onlyClosing.body)).toEqual(['stages']);
    const empty = await send('post', admin, '/api/pipelines', { name: 'Bad', stages: [] });
    expect(fields(empty.body)).toEqual(['stages']);
    expect((await get(admin, '/api/pipelines?search=bad')).body.total).toBe(0);

    await send('post', member, '/api/pipelines', { name: 'Mine', stages: [{ name: 'A', order: 0, probability: 0 }] }).expect(403);
  });

  it('renames, reorders, adds and drops empty stages in one PATCH, keeping stage ids', async () => {
    const created = await send('post', admin, '/api/pipelines', {
      name: 'Reorder me',
      stages: [
        { name: 'First', order: 0, probability: 10 },
        { name: 'Second', order: 1, probability: 20 },
        { name: 'Third', order: 2, probability: 30 },
      ],
    }).expect(201);
    const [first, second, third] = created.body.stages as Stage[];
    // Swapping two names in one request must not trip the per-pipeline uniqueness midway.
    const res = await send('patch', admin, `/api/pipelines/${created.body.id}`, {
      name: 'Reordered',
      stages: [
        { id: third.id, name: 'Second', order: 0, probability: 35 },
        { id: second.id, name: 'Third', order: 1, probability: 20 },
        { name: 'Fourth', order: 2, probability: 60 },
        { name: 'Won', order: 3, probability: 100, outcome: 'won' },
      ],
    }).expect(200);
    expect(res.body.name).toBe('Reordered');
    expect(summary(res.body.stages)).toEqual(['0:Second:35', '1:Third:20', '2:Fourth:60', '3:Won:100:won']);
    expect(res.body.stages[0].id).toBe(third.id);
    expect(res.body.stages.map((s: Stage) => s.id)).not.toContain(first.id);

    const foreign = await send('patch', admin, `/api/pipelines/${created.body.id}`, {
      stages: [{ id: '00000000-0000-4000-8000-000000000000', name: 'X', order: 0, probability: 0 }],
    });
    expect(foreign.status).toBe(400);
    expect(fields(foreign.body)).toEqual(['stages.0.id']);
  });

  it('deleting a stage that holds deals is a 409 naming how many, unless moveDealsTo is given', async () => {
    const created = await send('post', admin, '/api/pipelines', {
      name: 'Cleanup',
      stages: [
        { name: 'Keep', order: 0, probability: 10 },
        { name: 'Drop', order: 1, probability: 50 },
        { name: 'Won', order: 2, probability: 100, outcome: 'won' },
      ],
    }).expect(201);
    const [keep, drop, won] = created.body.stages as Stage[];
    const contact = await factories.contact(env.db, { firstName: 'Kim', email: 'kim@example.test' });
    const existing = await send('post', admin, '/api/deals', { title: 'Already here', pipelineId: created.body.id, stageId: keep.id }).expect(201);
    const moving = [];
    for (const title of ['d1', 'd2', 'd3']) {
      const body = { title, pipelineId: created.body.id, stageId: drop.id, contactId: contact.id, value: 10 };
      moving.push((await send('post', admin, '/api/deals', body).expect(201)).body.id);
    }

    const refused = await del(admin, `/api/pipelines/${created.body.id}/stages/${drop.id}`);
    expect(refused.status).toBe(409);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ status: 409, dealCount: 3, stageId: drop.id });
    expect(refused.body.detail).toContain('3 deals');

    const viaPatch = await send('patch', admin, `/api/pipelines/${created.body.id}`, {
      stages: [
        { id: keep.id, name: 'Keep', order: 0, probability: 10 },
        { id: won.id, name: 'Won', order: 1, probability: 100, outcome: 'won' },
      ],
    });
    expect(viaPatch.status).toBe(409);
    expect(viaPatch.body.dealCount).toBe(3);

    const outcomeFlip = await send('patch', admin, `/api/pipelines/${created.body.id}`, {
      stages: [
        { id: keep.id, name: 'Keep', order: 0, probability: 10 },
        { id: drop.id, name: 'Drop', order: 1, probability: 0, outcome: 'lost' },
        { id: won.id, name: 'Won', order: 2, probability: 100, outcome: 'won' },
      ],
    });
    expect(outcomeFlip.status).toBe(409);

    const wrongTarget = await del(admin, `/api/pipelines/${created.body.id}/stages/${drop.id}?moveDealsTo=${drop.id}`);
    expect(wrongTarget.status).toBe(400);
    expect(fields(wrongTarget.body)).toEqual(['moveDealsTo']);
    await del(member, `/api/pipelines/${created.body.id}/stages/${drop.id}?moveDealsTo=${keep.id}`).expect(403);

    await del(admin, `/api/pipelines/${created.body.id}/stages/${drop.id}?moveDealsTo=${keep.id}`).expect(204);

    const pipeline = await get(admin, `/api/pipelines/${created.body.id}`).expect(200);
    expect(summary(pipeline.body.stages)).toEqual(['0:Keep:10', '1:Won:100:won']);
    const board = await get(admin, `/api/pipelines/${created.body.id}/board`).expect(200);
    expect(board.body.stages[0].deals.map((d: { title: string }) => d.title)).toEqual(['Already here', 'd1', 'd2', 'd3']);
    expect(board.body.stages[0]).toMatchObject({ count: 4, totalValue: 30 });

    // Each moved deal got exactly one history row and one timeline entry for the move.
    const history = await env.db.query(
      `SELECT deal_id, from_stage_name, to_stage_id FROM deal_stage_history WHERE deal_id = ANY($1) AND from_stage_name IS NOT NULL`,
      [moving],
    );
    expect(history.rows).toHaveLength(3);
    expect(history.rows.every((r) => r.from_stage_name === 'Drop' && r.to_stage_id === keep.id)).toBe(true);
    const activities = await env.db.query(`SELECT title FROM activity WHERE contact_id = $1 AND title LIKE '%moved to Keep'`, [contact.id]);
    expect(activities.rows).toHaveLength(3);
    const timeline = await get(admin, `/api/deals/${moving[0]}/history`).expect(200);
    expect(timeline.body.map((h: { fromStage: { id: string | null; name: string } | null }) => h.fromStage)).toEqual([null, { id: null, name: 'Drop' }]);
    // The deal that was already in Keep did not move: its history is still its creation alone.
    const untouched = await get(admin, `/api/deals/${existing.body.id}/history`).expect(200);
    expect(untouched.body.map((h: { fromStage: unknown; toStage: { id: string } }) => [h.fromStage, h.toStage.id])).toEqual([[null, keep.id]]);

    const lastWorking = await del(admin, `/api/pipelines/${created.body.id}/stages/${keep.id}?moveDealsTo=${won.id}`);
    expect(lastWorking.status).toBe(409);
  });

  it('keeps exactly one default pipeline and refuses to delete it or a pipeline with deals', async () => {
    const list = await get(admin, '/api/pipelines?limit=200').expect(200);
    const sales = list.body.data.find((p: { isDefault: boolean }) => p.isDefault);
    await del(admin, `/api/pipelines/${sales.id}`).expect(409);
    await send('patch', admin, `/api/pipelines/${sales.id}`, { isDefault: false }).expect(409);

    const fresh = await send('post', admin, '/api/pipelines', { name: 'New default', isDefault: true, stages: [{ name: 'Only', order: 0, probability: 5 }] }).expect(201);
    const after = await get(admin, '/api/pipelines?limit=200').expect(200);
    expect(after.body.data.filter((p: { isDefault: boolean }) => p.isDefault).map((p: { id: string }) => p.id)).toEqual([fresh.body.id]);
    const deal = await send('post', admin, '/api/deals', { title: 'Lands in the new default' }).expect(201);
    expect(deal.body.pipelineId).toBe(fresh.body.id);

    await send('patch', admin, `/api/pipelines/${sales.id}`, { isDefault: true }).expect(200);
    const holding = await del(admin, `/api/pipelines/${fresh.body.id}`);
    expect(holding.status).toBe(409);
    expect(holding.body.dealCount).toBe(1);
    await del(admin, `/api/deals/${deal.body.id}`).expect(204);
    await del(admin, `/api/pipelines/${fresh.body.id}`).expect(204);
    await get(admin, `/api/pipelines/${fresh.body.id}`).expect(404);
  });

  it('computes pipeline value, average deal size, win rate and time in stage, honouring visibility and dates', async () => {
    const created = await send('post', admin, '/api/pipelines', {
      name: 'Stats',
      stages: [
        { name: 'Open A', order: 0, probability: 20 },
        { name: 'Open B', order: 1, probability: 50 },
        { name: 'Won', order: 2, probability: 100, outcome: 'won' },
        { name: 'Lost', order: 3, probability: 0, outcome: 'lost' },
      ],
    }).expect(201);
    const [a, b, won, lost] = created.body.stages as Stage[];
    const pipelineId = created.body.id;
    const deal = async (session: Session, title: string, value: number, stageId: string, closeDate?: string) =>
      (await send('post', session, '/api/deals', { title, value, pipelineId, stageId, ...(closeDate && { closeDate }) }).expect(201)).body.id;

    await deal(admin, 'open-a', 100, a.id);
    await deal(member, 'open-b', 300, b.id);
    await deal(admin, 'won-1', 1000, won.id, '2025-03-10');
    await deal(member, 'won-2', 2000.5, won.id, '2025-04-10');
    await deal(admin, 'lost-1', 50, lost.id, '2025-03-15');
    const moved = await deal(admin, 'velocity', 10, a.id);
    await send('post', admin, `/api/deals/${moved}/move`, { stageId: b.id }).expect(200);
    // Make the stay in "Open A" exactly two days long.
    await env.db.query(
      `UPDATE deal_stage_history SET changed_at = CASE WHEN from_stage_id IS NULL THEN '2025-03-01T00:00:00Z'::timestamptz ELSE '2025-03-03T00:00:00Z'::timestamptz END WHERE deal_id = $1`,
      [moved],
    );

    const all = await get(admin, `/api/deals/stats?pipelineId=${pipelineId}`).expect(200);
    expect(all.body).toMatchObject({
      open: 3,
      pipelineValue: 410,
      weightedPipelineValue: 175,
      won: 2,
      lost: 1,
      wonValue: 3000.5,
      averageDealSize: 1500.25,
      winRate: 0.6667,
    });
    expect(all.body.timeInStages.map((s: { stageName: string; stays: number; averageSeconds: number | null }) => [s.stageName, s.stays, s.averageSeconds])).toEqual([
      ['Open A', 1, 2 * 86400],
      ['Open B', 0, null],
    ]);

    const march = await get(admin, `/api/deals/stats?pipelineId=${pipelineId}&from=2025-03-01&to=2025-03-31`).expect(200);
    expect(march.body).toMatchObject({ won: 1, lost: 1, winRate: 0.5, averageDealSize: 1000, open: 3 });

    const mine = await get(member, `/api/deals/stats?pipelineId=${pipelineId}`).expect(200);
    expect(mine.body).toMatchObject({ open: 1, pipelineValue: 300, won: 1, lost: 0, winRate: 1, averageDealSize: 2000.5 });

    const bad = await get(admin, '/api/deals/stats?from=2025-13-01&pipelineId=x');
    expect(bad.status).toBe(400);
    expect(fields(bad.body)).toEqual(['from', 'pipelineId']);
  });
});
