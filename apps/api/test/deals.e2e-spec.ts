import { Stage } from './support/deal-helpers';
import { factories } from './support/factories';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

describe('deals (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let member: Session;
  let pipelineId: string;
  let stages: Record<string, Stage>;
  let contactId: string;
  let companyId: string;

  const post = (session: Session, path: string, body: object) => api.http().post(path).set('Authorization', session.auth).send(body);
  const patch = (session: Session, path: string, body: object) => api.http().patch(path).set('Authorization', session.auth).send(body);
  const get = (session: Session, path: string) => api.http().get(path).set('Authorization', session.auth);
  const fields = (body: { errors?: { field: string }[] }) => (body.errors ?? []).map((e) => e.field).sort();

  const historyRows = async (dealId: string) =>
    (await env.db.query('SELECT from_stage_id, to_stage_id FROM deal_stage_history WHERE deal_id = $1 ORDER BY changed_at', [dealId])).rows;
  const systemActivities = async (contact: string) =>
    (await env.db.query(`SELECT title, description FROM activity WHERE contact_id = $1 AND type = 'system' ORDER BY created_at`, [contact])).rows;

  beforeAll(async () => {
    api = await env.startApi();
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member');
    const pipelines = await get(admin, '/api/pipelines').expect(200);
    const sales = pipelines.body.data.find((p: { isDefault: boolean }) => p.isDefault);
    pipelineId = sales.id;
    stages = Object.fromEntries(sales.stages.map((s: Stage) => [s.name, s]));
    // Contacts come from the contacts module; these fixtures only need rows to point at.
    ({ id: companyId } = await factories.company(env.db, { name: 'Acme Corp' }));
    ({ id: contactId } = await factories.contact(env.db, { firstName: 'Jane', lastName: 'Doe', email: 'jane@acme.test', companyId, assignedToId: member.user.id }));
  });
  afterAll(() => env.destroy());

  it('ships a default pipeline Lead → Qualified → Proposal → Negotiation → Won / Lost', () => {
    expect(Object.values(stages).sort((a, b) => a.order - b.order).map((s) => [s.name, s.probability, s.outcome])).toEqual([
      ['Lead', 10, null],
      ['Qualified', 25, null],
      ['Proposal', 50, null],
      ['Negotiation', 75, null],
      ['Won', 100, 'won'],
      ['Lost', 0, 'lost'],
    ]);
  });

  describe('CRUD', () => {
    it('creates a deal in the default pipeline’s first stage, with money as a two-decimal number', async () => {
      const res = await post(admin, '/api/deals', { title: '  Acme renewal ', value: 12500.5, currency: 'eur', contactId }).expect(201);
      expect(res.body).toMatchObject({
        title: 'Acme renewal',
        value: 12500.5,
        currency: 'EUR',
        pipelineId,
        stageId: stages.Lead.id,
        status: 'open',
        contactId,
        // The contact's company is taken over when none is given.
        companyId,
        assignedToId: admin.user.id,
        closeDate: null,
        contact: { id: contactId, name: 'Jane Doe', email: 'jane@acme.test' },
        company: { id: companyId, name: 'Acme Corp' },
        stage: { id: stages.Lead.id, name: 'Lead' },
        pipeline: { id: pipelineId, name: 'Sales pipeline' },
      });
      const stored = await env.db.query('SELECT value::text FROM deal WHERE id = $1', [res.body.id]);
      expect(stored.rows[0].value).toBe('12500.50');

      const fetched = await get(admin, `/api/deals/${res.body.id}`).expect(200);
      expect(fetched.body.value).toBe(12500.5);
    });

    it('updates fields partially, clears nullable ones and deletes', async () => {
      const created = await post(admin, '/api/deals', { title: 'Temp', value: 10 }).expect(201);
      const updated = await patch(admin, `/api/deals/${created.body.id}`, {
        title: 'Renamed',
        value: 99.99,
        closeDate: '2031-02-28',
        description: 'Notes',
      }).expect(200);
      expect(updated.body).toMatchObject({ title: 'Renamed', value: 99.99, closeDate: '2031-02-28', description: 'Notes', stageId: stages.Lead.id });
      const cleared = await patch(admin, `/api/deals/${created.body.id}`, { closeDate: null, description: null }).expect(200);
      expect(cleared.body).toMatchObject({ closeDate: null, description: null, title: 'Renamed' });

      await api.http().delete(`/api/deals/${created.body.id}`).set('Authorization', admin.auth).expect(204);
      await get(admin, `/api/deals/${created.body.id}`).expect(404);
      expect(await historyRows(created.body.id)).toHaveLength(0);
    });

    it('lists with filters, search and sorting', async () => {
      const big = await post(admin, '/api/deals', { title: 'Zeta expansion', value: 90000, stageId: stages.Proposal.id }).expect(201);
      await post(admin, '/api/deals', { title: 'Small add-on', value: 5, stageId: stages.Proposal.id }).expect(201);

      const inProposal = await get(admin, `/api/deals?stageId=${stages.Proposal.id}&sort=-value`).expect(200);
      expect(inProposal.body.total).toBe(2);
      expect(inProposal.body.data.map((d: { title: string }) => d.title)).toEqual(['Zeta expansion', 'Small add-on']);

      const search = await get(admin, '/api/deals?search=zeta').expect(200);
      expect(search.body.data.map((d: { id: string }) => d.id)).toEqual([big.body.id]);

      const byContact = await get(admin, `/api/deals?contactId=${contactId}`).expect(200);
      expect(byContact.body.data.every((d: { contactId: string }) => d.contactId === contactId)).toBe(true);
      expect(byContact.body.total).toBeGreaterThan(0);

      const paged = await get(admin, '/api/deals?limit=1&offset=1&sort=title').expect(200);
      expect(paged.body).toMatchObject({ limit: 1, offset: 1 });
      expect(paged.body.data).toHaveLength(1);
    });

    it('answers bad input with problem+json 400 naming each field, never a 500', async () => {
      const res = await post(admin, '/api/deals', {
        title: '',
        value: -1,
        currency: 'EURO',
        contactId: 'nope',
        closeDate: '2025-02-30',
        status: 'pending',
        colour: 'red',
      });
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(fields(res.body)).toEqual(['closeDate', 'colour', 'contactId', 'currency', 'status', 'title', 'value']);

      const cents = await post(admin, '/api/deals', { title: 'x', value: 10.005 });
      expect(cents.status).toBe(400);
      expect(fields(cents.body)).toEqual(['value']);
      const huge = await post(admin, '/api/deals', { title: 'x', value: 1e15 });
      expect(fields(huge.body)).toEqual(['value']);
      const asString = await post(admin, '/api/deals', { title: 'x', value: '100' });
      expect(fields(asString.body)).toEqual(['value']);
      const nullTitle = await patch(admin, `/api/deals/${(await post(admin, '/api/deals', { title: 'y' })).body.id}`, { title: null, value: null });
      expect(fields(nullTitle.body)).toEqual(['title', 'value']);

      const missing = await post(admin, '/api/deals', {
        title: 'x',
        contactId: '00000000-0000-4000-8000-000000000000',
        companyId: '00000000-0000-4000-8000-000000000000',
        assignedToId: '00000000-0000-4000-8000-000000000000',
      });
      expect(missing.status).toBe(400);
      expect(fields(missing.body)).toEqual(['assignedToId', 'companyId', 'contactId']);

      await get(admin, '/api/deals/not-a-uuid').expect(400);
      await get(admin, '/api/deals?sort=password').expect(400);
      await get(admin, '/api/deals/00000000-0000-4000-8000-000000000000').expect(404);
    });
  });

  describe('stage belongs to pipeline', () => {
    let otherPipeline: { id: string; stages: Stage[] };

    beforeAll(async () => {
      const res = await post(admin, '/api/pipelines', {
        name: 'Partnerships',
        stages: [
          { name: 'Intro', order: 0, probability: 20 },
          { name: 'Signed', order: 1, probability: 100, outcome: 'won' },
        ],
      }).expect(201);
      otherPipeline = res.body;
    });

    it('refuses a stage of another pipeline with 400 on stageId, and writes nothing', async () => {
      const before = (await env.db.query('SELECT count(*)::int AS n FROM deal')).rows[0].n;
      const res = await post(admin, '/api/deals', { title: 'Mismatch', pipelineId, stageId: otherPipeline.stages[0].id });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['stageId']);
      expect((await env.db.query('SELECT count(*)::int AS n FROM deal')).rows[0].n).toBe(before);

      const deal = await post(admin, '/api/deals', { title: 'Stays put' }).expect(201);
      const patched = await patch(admin, `/api/deals/${deal.body.id}`, { stageId: otherPipeline.stages[0].id });
      expect(patched.status).toBe(400);
      expect(fields(patched.body)).toEqual(['stageId']);
      const moved = await post(admin, `/api/deals/${deal.body.id}/move`, { stageId: otherPipeline.stages[0].id });
      expect(moved.status).toBe(400);
      expect((await get(admin, `/api/deals/${deal.body.id}`)).body.stageId).toBe(stages.Lead.id);
    });

    it('moves a deal to another pipeline’s first working stage when only pipelineId changes', async () => {
      const deal = await post(admin, '/api/deals', { title: 'Crossing over' }).expect(201);
      const res = await patch(admin, `/api/deals/${deal.body.id}`, { pipelineId: otherPipeline.id }).expect(200);
      expect(res.body).toMatchObject({ pipelineId: otherPipeline.id, stageId: otherPipeline.stages[0].id });
      expect((await historyRows(deal.body.id)).map((h) => h.to_stage_id)).toEqual([stages.Lead.id, otherPipeline.stages[0].id]);
    });
  });

  describe('moves', () => {
    it('writes one history row and one system activity per move, none for a reorder within the column', async () => {
      const deal = await post(admin, '/api/deals', { title: 'Globex pilot', value: 4000, contactId }).expect(201);
      const id = deal.body.id;
      expect(await historyRows(id)).toEqual([{ from_stage_id: null, to_stage_id: stages.Lead.id }]);
      const activitiesAfterCreate = (await systemActivities(contactId)).length;

      await post(admin, `/api/deals/${id}/move`, { stageId: stages.Qualified.id, index: 0 }).expect(200);
      const viaPatch = await patch(admin, `/api/deals/${id}`, { stageId: stages.Proposal.id }).expect(200);
      expect(viaPatch.body.stageId).toBe(stages.Proposal.id);
      // Same stage again: a reorder, not a stage change.
      await post(admin, `/api/deals/${id}/move`, { stageId: stages.Proposal.id, index: 0 }).expect(200);
      await patch(admin, `/api/deals/${id}`, { stageId: stages.Proposal.id, title: 'Globex pilot (EU)' }).expect(200);

      expect(await historyRows(id)).toEqual([
        { from_stage_id: null, to_stage_id: stages.Lead.id },
        { from_stage_id: stages.Lead.id, to_stage_id: stages.Qualified.id },
        { from_stage_id: stages.Qualified.id, to_stage_id: stages.Proposal.id },
      ]);
      const activities = await systemActivities(contactId);
      expect(activities.slice(activitiesAfterCreate).map((a) => a.title)).toEqual([
        'Deal "Globex pilot" moved to Qualified',
        'Deal "Globex pilot" moved to Proposal',
      ]);
      expect(activities[activitiesAfterCreate].description).toContain('Lead → Qualified');

      const history = await get(admin, `/api/deals/${id}/history`).expect(200);
      expect(history.body.map((h: { toStage: { name: string } }) => h.toStage.name)).toEqual(['Lead', 'Qualified', 'Proposal']);
      expect(history.body[0].fromStage).toBeNull();
      expect(history.body[1]).toMatchObject({ fromStage: { name: 'Lead' }, changedBy: { id: admin.user.id } });
      expect(history.body[2].leftAt).toBeNull();
      expect(history.body[0].leftAt).toBe(history.body[1].changedAt);
    });

    it('orders a column by the index given, within and across columns', async () => {
      const stageId = stages.Negotiation.id;
      const a = (await post(admin, '/api/deals', { title: 'A', stageId }).expect(201)).body.id;
      const b = (await post(admin, '/api/deals', { title: 'B', stageId }).expect(201)).body.id;
      const c = (await post(admin, '/api/deals', { title: 'C' }).expect(201)).body.id;
      const column = async () => {
        const board = await get(admin, `/api/pipelines/${pipelineId}/board`).expect(200);
        return board.body.stages.find((s: { id: string }) => s.id === stageId).deals.map((d: { title: string }) => d.title);
      };
      expect(await column()).toEqual(['A', 'B']);
      await post(admin, `/api/deals/${c}/move`, { stageId, index: 1 }).expect(200);
      expect(await column()).toEqual(['A', 'C', 'B']);
      await post(admin, `/api/deals/${b}/move`, { stageId, index: 0 }).expect(200);
      expect(await column()).toEqual(['B', 'A', 'C']);
      await post(admin, `/api/deals/${b}/move`, { stageId }).expect(200);
      expect(await column()).toEqual(['A', 'C', 'B']);
      // Reordering within a column is not a stage change: only C, which came from another column, has a second entry.
      const entries = async (id: string) => (await get(admin, `/api/deals/${id}/history`).expect(200)).body.length;
      expect([await entries(a), await entries(b), await entries(c)]).toEqual([1, 1, 2]);
    });

    it('marks a deal won or lost: status, closing stage and close date; reopening needs a stage', async () => {
      const today = new Date().toISOString().slice(0, 10);
      const deal = await post(admin, '/api/deals', { title: 'Closing soon', value: 700, contactId, closeDate: '2030-01-01' }).expect(201);
      const won = await patch(admin, `/api/deals/${deal.body.id}`, { status: 'won' }).expect(200);
      expect(won.body).toMatchObject({ status: 'won', stageId: stages.Won.id, closeDate: today });

      const reopenWithoutStage = await patch(admin, `/api/deals/${deal.body.id}`, { status: 'open' });
      expect(reopenWithoutStage.status).toBe(400);
      expect(fields(reopenWithoutStage.body)).toEqual(['stageId']);

      const dragged = await post(admin, `/api/deals/${deal.body.id}/move`, { stageId: stages.Lost.id }).expect(200);
      expect(dragged.body).toMatchObject({ status: 'lost', stageId: stages.Lost.id });
      const reopened = await post(admin, `/api/deals/${deal.body.id}/move`, { stageId: stages.Negotiation.id }).expect(200);
      expect(reopened.body).toMatchObject({ status: 'open', stageId: stages.Negotiation.id });

      const contradictory = await patch(admin, `/api/deals/${deal.body.id}`, { stageId: stages.Won.id, status: 'lost' });
      expect(contradictory.status).toBe(400);
      expect(fields(contradictory.body)).toEqual(['status']);

      const titles = (await systemActivities(contactId)).map((a) => a.title);
      expect(titles.filter((t) => t.startsWith('Deal "Closing soon"'))).toEqual([
        'Deal "Closing soon" created in Lead',
        'Deal "Closing soon" won',
        'Deal "Closing soon" lost',
        'Deal "Closing soon" moved to Negotiation',
      ]);
    });
  });

  describe('board', () => {
    it('returns every stage in order with its open deals, count, total and weighted value', async () => {
      const res = await post(admin, '/api/pipelines', {
        name: 'Board check',
        stages: [
          { name: 'One', order: 0, probability: 10 },
          { name: 'Two', order: 1, probability: 35 },
          { name: 'Done', order: 2, probability: 100, outcome: 'won' },
        ],
      }).expect(201);
      const [one, two, done] = res.body.stages as Stage[];
      const id = res.body.id;
      await post(admin, '/api/deals', { title: 'b1', pipelineId: id, stageId: one.id, value: 100.1 }).expect(201);
      await post(admin, '/api/deals', { title: 'b2', pipelineId: id, stageId: one.id, value: 0.2 }).expect(201);
      await post(admin, '/api/deals', { title: 'b3', pipelineId: id, stageId: two.id, value: 1000.33 }).expect(201);
      await post(admin, '/api/deals', { title: 'b4', pipelineId: id, stageId: two.id, value: 5, assignedToId: member.user.id }).expect(201);
      await post(admin, '/api/deals', { title: 'closed', pipelineId: id, stageId: done.id, value: 777 }).expect(201);
      // Lost in a working stage (this pipeline has no Lost stage): closed deals leave the board too.
      await post(admin, '/api/deals', { title: 'lost-in-place', pipelineId: id, stageId: two.id, value: 1, status: 'lost' }).expect(201);

      const board = await get(admin, `/api/pipelines/${id}/board`).expect(200);
      expect(board.body.pipeline).toMatchObject({ id, name: 'Board check' });
      expect(
        board.body.stages.map((s: { name: string; count: number; totalValue: number; weightedValue: number; deals: { title: string }[] }) => [
          s.name,
          s.count,
          s.totalValue,
          s.weightedValue,
          s.deals.map((d) => d.title),
        ]),
      ).toEqual([
        ['One', 2, 100.3, 10.03, ['b1', 'b2']],
        ['Two', 2, 1005.33, 351.87, ['b3', 'b4']],
        ['Done', 0, 0, 0, []],
      ]);
      expect(board.body.stages[1].deals[1]).toMatchObject({ assignedTo: { id: member.user.id }, stage: { name: 'Two' } });

      const filtered = await get(admin, `/api/pipelines/${id}/board?assignedToId=${member.user.id}`).expect(200);
      expect(filtered.body.stages.map((s: { count: number; totalValue: number }) => [s.count, s.totalValue])).toEqual([
        [0, 0],
        [1, 5],
        [0, 0],
      ]);
      const searched = await get(admin, `/api/pipelines/${id}/board?search=B3`).expect(200);
      expect(searched.body.stages[1]).toMatchObject({ count: 1, totalValue: 1000.33 });

      await get(admin, '/api/pipelines/00000000-0000-4000-8000-000000000000/board').expect(404);
    });
  });

  describe('member visibility', () => {
    it('a member sees, moves and edits only their own deals; others are 404', async () => {
      const mine = await post(member, '/api/deals', { title: 'Member deal', value: 50, contactId }).expect(201);
      expect(mine.body.assignedToId).toBe(member.user.id);
      const theirs = await post(admin, '/api/deals', { title: 'Admin secret deal', value: 1_000_000 }).expect(201);

      const list = await get(member, '/api/deals?limit=200').expect(200);
      expect(list.body.data.every((d: { assignedToId: string }) => d.assignedToId === member.user.id)).toBe(true);
      expect(list.body.data.map((d: { id: string }) => d.id)).toContain(mine.body.id);

      await get(member, `/api/deals/${theirs.body.id}`).expect(404);
      await patch(member, `/api/deals/${theirs.body.id}`, { title: 'hijack' }).expect(404);
      await post(member, `/api/deals/${theirs.body.id}/move`, { stageId: stages.Qualified.id }).expect(404);
      await api.http().delete(`/api/deals/${theirs.body.id}`).set('Authorization', member.auth).expect(404);
      await get(member, `/api/deals/${theirs.body.id}/history`).expect(404);
      expect((await get(admin, `/api/deals/${theirs.body.id}`)).body).toMatchObject({ title: 'Admin secret deal', stageId: stages.Lead.id });

      await post(member, `/api/deals/${mine.body.id}/move`, { stageId: stages.Qualified.id }).expect(200);

      const board = await get(member, `/api/pipelines/${pipelineId}/board`).expect(200);
      const dealIds = board.body.stages.flatMap((s: { deals: { id: string }[] }) => s.deals.map((d) => d.id));
      expect(dealIds).toContain(mine.body.id);
      expect(dealIds).not.toContain(theirs.body.id);
      const lead = board.body.stages.find((s: { id: string }) => s.id === stages.Lead.id);
      expect(lead.totalValue).toBeLessThan(1_000_000);

      const handOver = await patch(member, `/api/deals/${mine.body.id}`, { assignedToId: admin.user.id });
      expect(handOver.status).toBe(403);
      const stats = await get(member, '/api/deals/stats').expect(200);
      expect(stats.body.pipelineValue).toBeLessThan(1_000_000);
    });

    it('a member cannot link a deal to a contact that is not theirs', async () => {
      const other = await factories.contact(env.db, { firstName: 'Other', email: 'other@acme.test' });
      const res = await post(member, '/api/deals', { title: 'x', contactId: other.id });
      expect(res.status).toBe(400);
      expect(fields(res.body)).toEqual(['contactId']);
    });

    it('a member index counts only the deals they see', async () => {
      const stageId = stages.Proposal.id;
      const hidden = (await post(admin, '/api/deals', { title: 'hidden', stageId }).expect(201)).body.id;
      const m1 = (await post(member, '/api/deals', { title: 'm1', stageId }).expect(201)).body.id;
      const m2 = (await post(member, '/api/deals', { title: 'm2', stageId }).expect(201)).body.id;
      await post(member, `/api/deals/${m2}/move`, { stageId, index: 0 }).expect(200);
      const column = (await get(admin, `/api/deals?stageId=${stageId}&status=open&limit=200`)).body.data
        .sort((x: { position: number }, y: { position: number }) => x.position - y.position)
        .map((d: { id: string }) => d.id);
      expect(column.indexOf(m2)).toBeLessThan(column.indexOf(m1));
      expect(column).toContain(hidden);
    });
  });
});
