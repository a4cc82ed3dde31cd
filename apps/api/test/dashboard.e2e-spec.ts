import { EmailLogRow, factories, WorkflowExecutionRow, WorkflowStepExecutionRow } from './support/factories';
import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

/**
 * A small known data set in March 2026 (the range every figure is asked for), with records just
 * outside it on both sides; every expected number below is counted by hand from these rows.
 */
const MARCH = { from: '2026-03-01', to: '2026-03-31' };

describe('dashboard (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;
  let member: Session;
  /** A member who owns nothing: every figure and rate must be 0, never NaN or an error. */
  let newcomer: Session;
  const ids: Record<string, string> = {};
  const stages: Record<string, string> = {};

  function get(session: Session, path: string, query: Record<string, string> = {}) {
    return api.http().get(path).query(query).set('Authorization', session.auth);
  }

  beforeAll(async () => {
    api = await env.startApi();
    admin = await registerAdmin(api);
    member = await createUserSession(api, admin, 'member', 'mia@example.com');
    newcomer = await createUserSession(api, admin, 'member', 'nick@example.com');

    const post = async (path: string, body: Record<string, unknown>) => {
      const res = await api.http().post(path).set('Authorization', admin.auth).send(body);
      expect({ path, status: res.status, body: res.body }).toMatchObject({ status: 201 });
      return res.body.id as string;
    };
    ids.acme = await post('/api/companies', { name: 'Acme' });
    ids.globex = await post('/api/companies', { name: 'Globex' });
    ids.initech = await post('/api/companies', { name: 'Initech' });
    // Contacts through the API, then dated: the API stamps created_at with now.
    const contact = async (key: string, first: string, status: string, companyId: string | null, assignedToId: string | null, createdAt: string) => {
      ids[key] = await post('/api/contacts', { firstName: first, lastName: 'Test', email: `${key}@example.com`, status, companyId, assignedToId });
      await env.db.query('UPDATE contact SET created_at = $2 WHERE id = $1', [ids[key], createdAt]);
    };
    await contact('ann', 'Ann', 'lead', ids.acme, member.user.id, '2026-03-02T10:00:00Z');
    await contact('bob', 'Bob', 'prospect', ids.acme, member.user.id, '2026-03-02T23:30:00Z');
    await contact('cat', 'Cat', 'customer', ids.globex, admin.user.id, '2026-03-09T08:00:00Z');
    await contact('dan', 'Dan', 'customer', null, null, '2026-02-27T12:00:00Z');
    await contact('eve', 'Eve', 'archived', ids.initech, admin.user.id, '2026-04-01T00:00:00Z');
    await contact('fay', 'Fay', 'lead', null, member.user.id, '2026-03-31T23:59:59Z');

    // Deals through the API, in the default pipeline (Lead 10%, Qualified 25%, Proposal 50%,
    // Negotiation 75%, Won, Lost).
    const pipelines = await api.http().get('/api/pipelines').set('Authorization', admin.auth).expect(200);
    ids.pipeline = pipelines.body.data[0].id;
    for (const stage of pipelines.body.data[0].stages) stages[stage.name] = stage.id;
    const deal = async (key: string, body: Record<string, unknown>) => {
      ids[key] = await post('/api/deals', { title: key, ...body });
    };
    const move = (key: string, stage: string) =>
      api.http().patch(`/api/deals/${ids[key]}`).set('Authorization', admin.auth).send({ stageId: stages[stage] }).expect(200);
    await deal('annDeal', { value: 1000, assignedToId: member.user.id, stageId: stages.Lead });
    await deal('bobDeal', { value: 2500.5, assignedToId: member.user.id, stageId: stages.Lead });
    await move('bobDeal', 'Proposal');
    await deal('catDeal', { value: 4000, assignedToId: admin.user.id, stageId: stages.Lead });
    await move('catDeal', 'Qualified');
    await move('catDeal', 'Negotiation');
    await deal('wonMember', { value: 3000, assignedToId: member.user.id, status: 'won', closeDate: '2026-03-10' });
    await deal('wonAdmin', { value: 5000, assignedToId: admin.user.id, status: 'won', closeDate: '2026-03-20' });
    await deal('lostAdmin', { value: 700, assignedToId: admin.user.id, status: 'lost', closeDate: '2026-03-15' });
    await deal('wonFebruary', { value: 9999, assignedToId: admin.user.id, status: 'won', closeDate: '2026-02-28' });
    await deal('lostApril', { value: 50, assignedToId: admin.user.id, status: 'lost', closeDate: '2026-04-01' });
    // Stage moves happened just now; put them in March at known times to know the stays.
    const entered = (key: string, stage: string, at: string) =>
      env.db.query(`UPDATE deal_stage_history SET changed_at = $3 WHERE deal_id = $1 AND to_stage_name = $2`, [ids[key], stage, at]);
    await entered('catDeal', 'Lead', '2026-03-01T00:00:00Z');
    await entered('catDeal', 'Qualified', '2026-03-03T00:00:00Z'); // 2 days in Lead
    await entered('catDeal', 'Negotiation', '2026-03-04T12:00:00Z'); // 1.5 days in Qualified
    await entered('bobDeal', 'Lead', '2026-03-05T00:00:00Z');
    await entered('bobDeal', 'Proposal', '2026-03-09T00:00:00Z'); // 4 days in Lead

    // Templates and campaigns through the API; the email logs sending and tracking leave behind
    // straight into their table (sending is the emails suites' business). Failed sends have no
    // sent_at and never count.
    const templateId = await post('/api/templates', { name: 'Plain', subject: 'Hi {{first_name}}', htmlBody: '<p>Hi</p>' });
    const campaign = async (key: string, name: string, status = 'sent') => {
      ids[key] = await post('/api/campaigns', { name, templateId });
      await env.db.query('UPDATE campaign SET status = $2 WHERE id = $1', [ids[key], status]);
    };
    await campaign('spring', 'Spring launch');
    await campaign('newsletter', 'March newsletter');
    await campaign('february', 'February promo');
    await campaign('quiet', 'Quiet one');
    await campaign('draft', 'Unsent draft', 'draft');
    const log = (campaignKey: string | null, contactKey: string, status: EmailLogRow['status'], sentAt: string | null, opened = false, clicked = false) =>
      factories.emailLog(env.db, {
        campaignId: campaignKey ? ids[campaignKey] : null,
        contactId: ids[contactKey],
        templateId,
        toEmail: `${contactKey}@example.com`,
        status,
        sentAt,
        openedAt: opened ? sentAt : null,
        openCount: opened ? 1 : 0,
        clickedAt: clicked ? sentAt : null,
        clickCount: clicked ? 1 : 0,
      });
    await log('spring', 'ann', 'delivered', '2026-03-02T10:00:00Z', true, true);
    await log('spring', 'bob', 'sent', '2026-03-02T10:00:00Z', true);
    await log('spring', 'cat', 'sent', '2026-03-02T10:00:00Z');
    await log('spring', 'dan', 'failed', null);
    await log('newsletter', 'cat', 'sent', '2026-03-16T10:00:00Z', true, true);
    await log('newsletter', 'eve', 'bounced', '2026-03-16T10:00:00Z');
    await log('february', 'ann', 'sent', '2026-02-25T10:00:00Z', true);
    await log('quiet', 'dan', 'sent', '2026-03-25T10:00:00Z');
    await log(null, 'fay', 'sent', '2026-03-20T10:00:00Z', true); // a workflow's single send

    // Workflows through the API; their runs straight into the execution tables.
    const workflow = async (key: string, name: string, isActive: boolean) => {
      ids[key] = await post('/api/workflows', { name, triggerEvent: 'manual', isActive, steps: [{ order: 1, action: 'add_tag', actionData: { tag: 'vip' } }] });
      const steps = await env.db.query('SELECT id FROM workflow_step WHERE workflow_id = $1', [ids[key]]);
      ids[`${key}Step`] = steps.rows[0].id;
    };
    await workflow('welcome', 'Welcome', true);
    await workflow('nurture', 'Old nurture', false);
    await workflow('reactivate', 'Reactivation', true);
    const run = async (
      key: string,
      workflowKey: string,
      contactKey: string,
      status: WorkflowExecutionRow['status'],
      step: { status: WorkflowStepExecutionRow['status']; executedAt: string | null; error?: string },
    ) => {
      ids[key] = (
        await factories.workflowExecution(env.db, { workflowId: ids[workflowKey], contactId: ids[contactKey], status, triggerEvent: 'manual', startedAt: '2026-03-03T09:00:00Z' })
      ).id;
      ids[`${key}Step`] = (
        await factories.workflowStepExecution(env.db, {
          executionId: ids[key],
          stepId: ids[`${workflowKey}Step`],
          order: 1,
          action: 'add_tag',
          status: step.status,
          scheduledFor: '2026-03-03T09:00:00Z',
          executedAt: step.executedAt,
          errorMessage: step.error ?? null,
        })
      ).id;
    };
    await run('runAnn', 'welcome', 'ann', 'completed', { status: 'completed', executedAt: '2026-03-03T10:00:00Z' });
    await run('runCat', 'welcome', 'cat', 'completed', { status: 'completed', executedAt: '2026-03-04T10:00:00Z' });
    await run('runBob', 'reactivate', 'bob', 'failed', { status: 'failed', executedAt: '2026-03-05T10:00:00Z', error: 'Contact has no email' });
    await run('runFay', 'reactivate', 'fay', 'in_progress', { status: 'pending', executedAt: null });
  });
  afterAll(() => env.destroy());

  describe('GET /api/dashboard', () => {
    it('counts contacts, statuses, companies and the range’s new contacts for an admin', async () => {
      const res = await get(admin, '/api/dashboard', MARCH).expect(200);
      expect(res.body.contacts).toEqual({
        total: 6,
        byStatus: { lead: 2, prospect: 1, customer: 2, archived: 1 },
        companies: 3,
        // ann, bob, cat, fay (23:59:59 on the 31st); not dan (February) nor eve (April 1st 00:00).
        newThisMonth: 4,
      });
    });

    it('takes deal figures from open deals now and deals closed in the range', async () => {
      const res = await get(admin, '/api/dashboard', MARCH).expect(200);
      expect(res.body.deals).toEqual({
        open: 3,
        pipelineValue: 7500.5, // 1000 + 2500.50 + 4000
        averageDealSize: 4000, // (3000 + 5000) / 2: February's and April's closings are outside
        winRate: 0.6667, // 2 won of 3 closed
      });
    });

    it('gives a member the figures of their own deals, and zeros to a member with none', async () => {
      const mine = await get(member, '/api/dashboard', MARCH).expect(200);
      expect(mine.body.deals).toEqual({ open: 2, pipelineValue: 3500.5, averageDealSize: 3000, winRate: 1 });
      const none = await get(newcomer, '/api/dashboard', MARCH).expect(200);
      expect(none.body.deals).toEqual({ open: 0, pipelineValue: 0, averageDealSize: 0, winRate: 0 });
      expect(none.body.contacts).toEqual({ total: 0, byStatus: { lead: 0, prospect: 0, customer: 0, archived: 0 }, companies: 0, newThisMonth: 0 });
    });

    it('shows a member only their own contacts and the companies those work for', async () => {
      const res = await get(member, '/api/dashboard', MARCH).expect(200);
      expect(res.body.contacts).toEqual({
        total: 3,
        byStatus: { lead: 2, prospect: 1, customer: 0, archived: 0 },
        companies: 1,
        newThisMonth: 3,
      });
    });

    it('computes email figures over the range’s sent logs, with rates as fractions of sent', async () => {
      const res = await get(admin, '/api/dashboard', MARCH).expect(200);
      expect(res.body.emails).toEqual({
        // spring 3 (the failed one never went out), newsletter 2 (a bounce was sent), quiet 1, fay's single send 1
        sentThisMonth: 7,
        campaigns: 3, // February's campaign sent outside the range; the draft sent nothing
        averageOpenRate: 0.3889, // (2/3 + 1/2 + 0) / 3
        averageClickRate: 0.2778, // (1/3 + 1/2 + 0) / 3
        topCampaigns: [
          { id: ids.spring, name: 'Spring launch', status: 'sent', sent: 3, opened: 2, clicked: 1, openRate: 0.6667, clickRate: 0.3333 },
          { id: ids.newsletter, name: 'March newsletter', status: 'sent', sent: 2, opened: 1, clicked: 1, openRate: 0.5, clickRate: 0.5 },
          { id: ids.quiet, name: 'Quiet one', status: 'sent', sent: 1, opened: 0, clicked: 0, openRate: 0, clickRate: 0 },
        ],
      });
    });

    it('counts a member’s emails through their contacts, and answers zero rates when nothing was sent', async () => {
      const mine = await get(member, '/api/dashboard', MARCH).expect(200);
      expect(mine.body.emails).toEqual({
        sentThisMonth: 3, // ann and bob from spring, fay's single send
        campaigns: 1,
        averageOpenRate: 1,
        averageClickRate: 0.5,
        topCampaigns: [{ id: ids.spring, name: 'Spring launch', status: 'sent', sent: 2, opened: 2, clicked: 1, openRate: 1, clickRate: 0.5 }],
      });
      const quietMonth = { sentThisMonth: 0, campaigns: 0, averageOpenRate: 0, averageClickRate: 0, topCampaigns: [] };
      expect((await get(admin, '/api/dashboard', { from: '2026-04-01', to: '2026-04-30' }).expect(200)).body.emails).toEqual(quietMonth);
      expect((await get(newcomer, '/api/dashboard', MARCH).expect(200)).body.emails).toEqual(quietMonth);
    });

    it('reports workflows: active ones, completed runs, failed steps and the latest steps run', async () => {
      const res = await get(admin, '/api/dashboard', MARCH).expect(200);
      expect(res.body.workflows).toMatchObject({ active: 2, completedExecutions: 2, failedSteps: 1 });
      expect(res.body.workflows.recentActivity.map((a: { stepExecutionId: string }) => a.stepExecutionId)).toEqual([ids.runBobStep, ids.runCatStep, ids.runAnnStep]);
      expect(res.body.workflows.recentActivity[0]).toMatchObject({
        workflowName: 'Reactivation',
        contactName: 'Bob Test',
        status: 'failed',
        errorMessage: 'Contact has no email',
        executedAt: '2026-03-05T10:00:00.000Z',
      });

      const mine = await get(member, '/api/dashboard', MARCH).expect(200);
      expect(mine.body.workflows).toMatchObject({ active: 2, completedExecutions: 1, failedSteps: 1 });
      expect(mine.body.workflows.recentActivity.map((a: { stepExecutionId: string }) => a.stepExecutionId)).toEqual([ids.runBobStep, ids.runAnnStep]);
      const none = await get(newcomer, '/api/dashboard', MARCH).expect(200);
      expect(none.body.workflows).toEqual({ active: 2, completedExecutions: 0, failedSteps: 0, recentActivity: [] });
    });

    it('defaults the range to this month', async () => {
      const before = await get(admin, '/api/dashboard').expect(200);
      const now = await api.http().post('/api/contacts').set('Authorization', admin.auth).send({ firstName: 'Now', email: 'now@example.com' }).expect(201);
      const after = await get(admin, '/api/dashboard').expect(200);
      expect(after.body.contacts.newThisMonth).toBe(before.body.contacts.newThisMonth + 1);
      expect(after.body.contacts.total).toBe(7);
      await api.http().delete(`/api/contacts/${now.body.id}`).set('Authorization', admin.auth).expect(204);
    });

    it('answers bad ranges with a problem naming the field', async () => {
      const cases: [Record<string, string>, string][] = [
        [{ from: '2026-04-01', to: '2026-03-01' }, 'from'],
        [{ from: '2026-13-01' }, 'from'],
        [{ to: '2026-02-30' }, 'to'],
        [{ from: '01/03/2026' }, 'from'],
        [{ from: '2026-03-01T00:00:00Z' }, 'from'],
        [{ from: '2010-01-01', to: '2026-03-01' }, 'to'],
        [{ window: 'month' }, 'window'],
      ];
      for (const [query, field] of cases) {
        const res = await get(admin, '/api/dashboard', query);
        expect({ query, status: res.status, type: res.headers['content-type'] }).toEqual({ query, status: 400, type: expect.stringContaining('application/problem+json') });
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
      }
    });

    it('needs a token', async () => {
      await api.http().get('/api/dashboard').expect(401);
    });
  });

  describe('GET /api/dashboard/timeseries', () => {
    it('gives one zero-filled point per day of the range', async () => {
      const res = await get(admin, '/api/dashboard/timeseries', MARCH).expect(200);
      expect(res.body).toMatchObject({ interval: 'day', from: '2026-03-01', to: '2026-03-31' });
      expect(res.body.points).toHaveLength(31);
      const nonZero = res.body.points.filter((p: { contactsCreated: number }) => p.contactsCreated > 0);
      expect(nonZero).toEqual([
        expect.objectContaining({ date: '2026-03-02', contactsCreated: 2 }),
        expect.objectContaining({ date: '2026-03-09', contactsCreated: 1 }),
        expect.objectContaining({ date: '2026-03-31', contactsCreated: 1 }),
      ]);
    });

    it('groups by Monday-based weeks, clipped to the range, and narrows to a member’s contacts', async () => {
      const res = await get(admin, '/api/dashboard/timeseries', { ...MARCH, interval: 'week' }).expect(200);
      expect(res.body.points.map((p: { date: string; contactsCreated: number }) => [p.date, p.contactsCreated])).toEqual([
        ['2026-02-23', 0], // only March 1st of this week is in range; dan (Feb 27) is not counted
        ['2026-03-02', 2],
        ['2026-03-09', 1],
        ['2026-03-16', 0],
        ['2026-03-23', 0],
        ['2026-03-30', 1],
      ]);
      const mine = await get(member, '/api/dashboard/timeseries', { ...MARCH, interval: 'week' }).expect(200);
      expect(mine.body.points.map((p: { contactsCreated: number }) => p.contactsCreated)).toEqual([0, 2, 0, 0, 0, 1]);
    });

    it('counts emails by day of sending, with how many of those were opened and clicked', async () => {
      const res = await get(admin, '/api/dashboard/timeseries', MARCH).expect(200);
      const sending = res.body.points
        .filter((p: { emailsSent: number }) => p.emailsSent > 0)
        .map((p: { date: string; emailsSent: number; emailsOpened: number; emailsClicked: number }) => [p.date, p.emailsSent, p.emailsOpened, p.emailsClicked]);
      expect(sending).toEqual([
        ['2026-03-02', 3, 2, 1],
        ['2026-03-16', 2, 1, 1],
        ['2026-03-20', 1, 1, 0],
        ['2026-03-25', 1, 0, 0],
      ]);
      const mine = await get(member, '/api/dashboard/timeseries', { ...MARCH, interval: 'week' }).expect(200);
      expect(mine.body.points.map((p: { emailsSent: number }) => p.emailsSent)).toEqual([0, 2, 0, 1, 0, 0]);
    });

    it('counts deals won by close date, with their value', async () => {
      const res = await get(admin, '/api/dashboard/timeseries', { ...MARCH, interval: 'week' }).expect(200);
      expect(res.body.points.map((p: { dealsWon: number; dealsWonValue: number }) => [p.dealsWon, p.dealsWonValue])).toEqual([
        [0, 0],
        [0, 0],
        [1, 3000],
        [1, 5000],
        [0, 0],
        [0, 0],
      ]);
      const mine = await get(member, '/api/dashboard/timeseries', MARCH).expect(200);
      const won = mine.body.points.filter((p: { dealsWon: number }) => p.dealsWon > 0);
      expect(won).toEqual([expect.objectContaining({ date: '2026-03-10', dealsWon: 1, dealsWonValue: 3000 })]);
    });

    it('refuses an unknown interval and daily points over more than a year', async () => {
      const month = await get(admin, '/api/dashboard/timeseries', { interval: 'month' }).expect(400);
      expect(month.body.errors).toEqual([{ field: 'interval', message: 'Interval must be one of day, week' }]);
      const long = await get(admin, '/api/dashboard/timeseries', { from: '2024-01-01', to: '2026-01-01', interval: 'day' }).expect(400);
      expect(long.body.errors[0].field).toBe('interval');
      await get(admin, '/api/dashboard/timeseries', { from: '2024-01-01', to: '2026-01-01', interval: 'week' }).expect(200);
    });
  });

  describe('GET /api/dashboard/pipeline', () => {
    const summary = (body: { stages: { name: string; count: number; value: number; averageSecondsInStage: number | null; completedStays: number }[] }) =>
      Object.fromEntries(body.stages.map((s) => [s.name, [s.count, s.value, s.averageSecondsInStage, s.completedStays]]));

    it('breaks the default pipeline down by stage with time in stage and win rate', async () => {
      const res = await get(admin, '/api/dashboard/pipeline', MARCH).expect(200);
      expect(res.body).toMatchObject({
        pipelineId: ids.pipeline,
        pipelineName: 'Sales pipeline',
        from: '2026-03-01',
        to: '2026-03-31',
        openDeals: 3,
        pipelineValue: 7500.5,
        weightedPipelineValue: 4350.25, // 1000 × 10% + 2500.50 × 50% + 4000 × 75%
        winRate: 0.6667,
        averageDealSize: 4000,
      });
      expect(res.body.stages.map((s: { name: string }) => s.name)).toEqual(['Lead', 'Qualified', 'Proposal', 'Negotiation', 'Won', 'Lost']);
      expect(summary(res.body)).toEqual({
        Lead: [1, 1000, 259200, 2], // stays of 2 and 4 days: 3 days on average
        Qualified: [0, 0, 129600, 1], // 1.5 days
        Proposal: [1, 2500.5, null, 0],
        Negotiation: [1, 4000, null, 0],
        Won: [2, 8000, null, 0], // closed in March only
        Lost: [1, 700, null, 0],
      });
    });

    it('narrows to a member’s deals and answers bad or unknown pipelines', async () => {
      const mine = await get(member, '/api/dashboard/pipeline', { ...MARCH, pipelineId: ids.pipeline }).expect(200);
      expect(mine.body).toMatchObject({ openDeals: 2, pipelineValue: 3500.5, winRate: 1, averageDealSize: 3000 });
      expect(summary(mine.body)).toMatchObject({ Lead: [1, 1000, 345600, 1], Qualified: [0, 0, null, 0], Won: [1, 3000, null, 0], Lost: [0, 0, null, 0] });

      const bad = await get(admin, '/api/dashboard/pipeline', { pipelineId: 'not-a-uuid' }).expect(400);
      expect(bad.body.errors).toEqual([{ field: 'pipelineId', message: 'Pipeline must be a UUID' }]);
      await get(admin, '/api/dashboard/pipeline', { pipelineId: '00000000-0000-4000-8000-000000000000' }).expect(404);
    });
  });
});
