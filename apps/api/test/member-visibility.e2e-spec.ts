import { ApiProcess, createUserSession, registerAdmin, Session, TestEnvironment } from './support/test-app';

/**
 * "A member sees only what is assigned to them", proven over the whole API: the GET operations
 * come from the OpenAPI document the API serves, every one whose answer carries contacts, deals,
 * email logs, activities or workflow runs (or figures over them) must be checked below or listed
 * as an exception with its reason, so a new route cannot be forgotten. The data: one member's own
 * records ("mine") and another member's ("theirs"); the member must never see theirs, the
 * manager must see both.
 */

interface Schema {
  $ref?: string;
  type?: string;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  properties?: Record<string, Schema>;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}
interface Operation {
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema> };
}

/** Schema and property names that mean the answer carries (or counts) what visibility narrows. */
const NARROWED_KIND = /contact|deal|emaillog|activit|execution/i;

/** Every schema and property name an answer's schema reaches, through its $refs. */
function namesIn(document: Document, schema: Schema | boolean | undefined, seen = new Set<string>(), out = new Set<string>()): Set<string> {
  if (!schema || typeof schema !== 'object') return out;
  if (schema.$ref) {
    const name = schema.$ref.split('/').pop() as string;
    out.add(name);
    if (!seen.has(name)) {
      seen.add(name);
      namesIn(document, document.components.schemas[name], seen, out);
    }
    return out;
  }
  namesIn(document, schema.items, seen, out);
  namesIn(document, schema.additionalProperties, seen, out);
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) namesIn(document, part, seen, out);
  for (const [property, value] of Object.entries(schema.properties ?? {})) {
    out.add(property);
    namesIn(document, value, seen, out);
  }
  return out;
}

/** `GET /api/...` of every authenticated GET whose success answer is about contacts, deals, email logs, activities or runs. */
function narrowedOperations(document: Document): string[] {
  const found: string[] = [];
  for (const [path, operations] of Object.entries(document.paths)) {
    const operation = operations.get;
    if (!operation || (operation.security && operation.security.length === 0)) continue;
    const success = Object.entries(operation.responses).find(([status]) => status.startsWith('2'))?.[1];
    const names = new Set<string>();
    for (const [mediaType, body] of Object.entries(success?.content ?? {})) {
      // A CSV's columns are not in the document: a file download of contacts or rows counts.
      if (mediaType === 'text/csv') names.add('contact rows');
      namesIn(document, body.schema, new Set(), names);
    }
    if ([...names].some((name) => NARROWED_KIND.test(name))) found.push(`GET ${path}`);
  }
  return found;
}

/** The dashboard figures the checks read. */
interface Dashboard {
  contacts: { total: number; newThisMonth: number };
  deals: { open: number };
  emails: { sentThisMonth: number };
  workflows: { completedExecutions: number; recentActivity: unknown[] };
}

describe('member visibility (e2e, every operation of the OpenAPI document)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let manager: Session;
  let member: Session;
  let other: Session;
  let document: Document;
  const mine: Record<string, string> = {};
  const theirs: Record<string, string> = {};
  const shared: Record<string, string> = {};
  /** Every dated record sits in this month, the range each figure is asked for. */
  const AT = '2026-03-10T12:00:00Z';
  const RANGE = 'from=2026-03-01&to=2026-03-31';

  async function insert(table: string, row: Record<string, unknown>): Promise<string> {
    const columns = Object.keys(row);
    const res = await env.db.query(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
      Object.values(row),
    );
    return res.rows[0].id;
  }

  async function post(session: Session, path: string, body: Record<string, unknown>): Promise<string> {
    const res = await api.http().post(path).set('Authorization', session.auth).send(body);
    expect({ path, status: res.status, body: res.body }).toMatchObject({ status: 201 });
    return res.body.id;
  }

  function get(session: Session, path: string) {
    return api.http().get(path).set('Authorization', session.auth);
  }

  /** The answer as text (JSON or CSV), to look for ids and emails anywhere in it. */
  async function text(session: Session, path: string): Promise<string> {
    const res = await get(session, path).expect(200);
    return res.type === 'application/json' ? JSON.stringify(res.body) : res.text;
  }

  /** The member's answer names only their own records; the manager's names both. */
  async function listsOnlyMine(path: string, markers: (records: Record<string, string>) => string[]): Promise<void> {
    const seenByMember = await text(member, path);
    for (const marker of markers(mine)) expect(seenByMember).toContain(marker);
    for (const marker of markers(theirs)) expect(seenByMember).not.toContain(marker);
    const seenByManager = await text(manager, path);
    for (const marker of [...markers(mine), ...markers(theirs)]) expect(seenByManager).toContain(marker);
  }

  /** Theirs is 404 to the member (as a missing record is), and 200 to the manager; mine is 200 to the member. */
  async function onlyMineOpens(path: (records: Record<string, string>) => string): Promise<void> {
    await get(member, path(mine)).expect(200);
    const hidden = await get(member, path(theirs)).expect(404);
    expect(hidden.body.detail ?? hidden.body.title).not.toContain(theirs.email);
    await get(manager, path(theirs)).expect(200);
  }

  /** A figure counts one record for the member (theirs own) and two for the manager. */
  async function countsOnlyMine<T>(path: string, figure: (body: T) => number): Promise<void> {
    expect(figure((await get(member, path).expect(200)).body)).toBe(1);
    expect(figure((await get(manager, path).expect(200)).body)).toBe(2);
  }

  const idsAndEmails = (records: Record<string, string>) => [records.contact, records.email];
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

  /** What each operation a member can reach must show them; keyed like `narrowedOperations`. */
  const CHECKS: Record<string, () => Promise<void>> = {
    'GET /api/contacts': () => listsOnlyMine('/api/contacts?limit=100', idsAndEmails),
    'GET /api/contacts/export': () => listsOnlyMine('/api/contacts/export', (r) => [r.email]),
    'GET /api/contacts/tags': () => listsOnlyMine('/api/contacts/tags', (r) => [r.tag]),
    'GET /api/contacts/{id}': () => onlyMineOpens((r) => `/api/contacts/${r.contact}`),
    'GET /api/contacts/{id}/activities': () => onlyMineOpens((r) => `/api/contacts/${r.contact}/activities`),
    'GET /api/contacts/{id}/emails': async () => {
      await onlyMineOpens((r) => `/api/contacts/${r.contact}/emails`);
      expect(await text(member, `/api/contacts/${mine.contact}/emails`)).toContain(mine.log);
    },
    'GET /api/contacts/imports/{id}': () => onlyMineOpens((r) => `/api/contacts/imports/${r.import}`),
    'GET /api/contacts/imports/{id}/errors': () => onlyMineOpens((r) => `/api/contacts/imports/${r.import}/errors`),
    'GET /api/companies': () => countsOnlyMine('/api/companies?limit=100', (body: { data: { id: string; contactCount: number }[] }) => body.data.find((c) => c.id === shared.company)?.contactCount ?? 0),
    'GET /api/companies/{id}': () => countsOnlyMine(`/api/companies/${shared.company}`, (body: { contactsByStatus: Record<string, number> }) => sum(Object.values(body.contactsByStatus))),
    'GET /api/deals': () => listsOnlyMine('/api/deals?limit=100', (r) => [r.deal, r.contact]),
    'GET /api/deals/{id}': () => onlyMineOpens((r) => `/api/deals/${r.deal}`),
    'GET /api/deals/{id}/history': () => onlyMineOpens((r) => `/api/deals/${r.deal}/history`),
    'GET /api/deals/stats': async () => {
      await countsOnlyMine(`/api/deals/stats?${RANGE}`, (body: { open: number }) => body.open);
      await countsOnlyMine(`/api/deals/stats?${RANGE}`, (body: { won: number }) => body.won);
    },
    'GET /api/pipelines/{id}/board': async () => {
      await listsOnlyMine(`/api/pipelines/${shared.pipeline}/board`, (r) => [r.deal, r.contact]);
      await countsOnlyMine(`/api/pipelines/${shared.pipeline}/board`, (body: { stages: { count: number }[] }) => sum(body.stages.map((s) => s.count)));
    },
    'GET /api/segments/{id}/contacts': () => listsOnlyMine(`/api/segments/${shared.segment}/contacts`, idsAndEmails),
    'GET /api/segments/{id}/count': () => countsOnlyMine(`/api/segments/${shared.segment}/count`, (body: { count: number }) => body.count),
    'GET /api/campaigns/{id}/logs': () => listsOnlyMine(`/api/campaigns/${shared.campaign}/logs`, (r) => [r.log, r.contact, r.email]),
    'GET /api/workflows/{id}/executions': () => listsOnlyMine(`/api/workflows/${shared.workflow}/executions`, (r) => [r.execution, r.contact]),
    'GET /api/workflow-executions': () => listsOnlyMine('/api/workflow-executions', (r) => [r.execution, r.contact]),
    'GET /api/workflow-executions/{id}': () => onlyMineOpens((r) => `/api/workflow-executions/${r.execution}`),
    'GET /api/dashboard': async () => {
      await listsOnlyMine(`/api/dashboard?${RANGE}`, (r) => [r.contact, r.execution]);
      await countsOnlyMine(`/api/dashboard?${RANGE}`, (body: Dashboard) => body.contacts.total);
      await countsOnlyMine(`/api/dashboard?${RANGE}`, (body: Dashboard) => body.contacts.newThisMonth);
      await countsOnlyMine(`/api/dashboard?${RANGE}`, (body: Dashboard) => body.deals.open);
      await countsOnlyMine(`/api/dashboard?${RANGE}`, (body: Dashboard) => body.emails.sentThisMonth);
      await countsOnlyMine(`/api/dashboard?${RANGE}`, (body: Dashboard) => body.workflows.completedExecutions);
      await countsOnlyMine(`/api/dashboard?${RANGE}`, (body: Dashboard) => body.workflows.recentActivity.length);
    },
    'GET /api/dashboard/timeseries': async () => {
      const path = `/api/dashboard/timeseries?${RANGE}`;
      for (const figure of ['contactsCreated', 'emailsSent', 'dealsWon'] as const) {
        await countsOnlyMine(path, (body: { points: Record<string, number>[] }) => sum(body.points.map((p) => p[figure])));
      }
    },
    'GET /api/dashboard/pipeline': async () => {
      const path = `/api/dashboard/pipeline?${RANGE}&pipelineId=${shared.pipeline}`;
      await countsOnlyMine(path, (body: { openDeals: number }) => body.openDeals);
      await countsOnlyMine(path, (body: { stages: { outcome: string | null; count: number }[] }) => sum(body.stages.filter((s) => s.outcome === null).map((s) => s.count)));
    },
  };

  /** Operations about those records that are deliberately the same for everyone, and why. */
  const EXCEPTIONS: Record<string, string> = {
    'GET /api/workflows': 'run counts per workflow are the shared workflow’s own figures (like a campaign’s); they name no contact',
    'GET /api/segments': 'segment definitions: their conditions name fields and deal filters, never a contact or deal record',
    'GET /api/segments/{id}': 'a segment definition: its conditions name fields and deal filters, never a contact or deal record',
    'GET /api/workflows/{id}': 'run counts of the shared workflow, as in the list; they name no contact',
    // Not about contacts by their schema, but figures over email logs: named so the choice is visible.
    'GET /api/campaigns/{id}/stats': 'a campaign’s own totals (sent, opened, clicked) over its whole audience; they name no contact',
    'GET /api/campaigns/{id}/audience': 'the size of the campaign’s segment, which it sends to whoever owns the contacts; no contact named',
    'GET /api/campaigns/{id}/timeline': 'the campaign’s opens and clicks per hour over its whole audience; no contact named',
    'GET /api/campaigns/{id}/links': 'clicks per link of the campaign over its whole audience; no contact named',
    'GET /api/contacts/{id}/export': 'GDPR export, for managers and admins only (a member is refused with 403, gdpr e2e), who see every contact',
  };

  beforeAll(async () => {
    api = await env.startApi();
    const admin = await registerAdmin(api);
    manager = await createUserSession(api, admin, 'manager', 'manager@example.com');
    member = await createUserSession(api, admin, 'member', 'mia@example.com');
    other = await createUserSession(api, admin, 'member', 'otto@example.com');
    document = (await (await fetch(`${api.url}/api/docs-json`)).json()) as Document;

    const pipelines = await get(manager, '/api/pipelines').expect(200);
    shared.pipeline = pipelines.body.data.find((p: { isDefault: boolean }) => p.isDefault).id;
    shared.company = await post(manager, '/api/companies', { name: 'Acme' });
    const templateId = await post(manager, '/api/templates', { name: 'Plain', subject: 'Hi', htmlBody: '<p>Hi</p>' });
    shared.campaign = await post(manager, '/api/campaigns', { name: 'Spring', templateId });
    await env.db.query(`UPDATE campaign SET status = 'sent' WHERE id = $1`, [shared.campaign]);
    const workflow = await api
      .http()
      .post('/api/workflows')
      .set('Authorization', manager.auth)
      .send({ name: 'Welcome', triggerEvent: 'manual', isActive: false, steps: [{ order: 1, action: 'add_tag', actionData: { tag: 'vip' } }] })
      .expect(201);
    shared.workflow = workflow.body.id;
    shared.segment = await post(manager, '/api/segments', { name: 'Both tags', definition: { match: 'any', conditions: [{ field: 'tags', op: 'in', value: ['mine-tag', 'theirs-tag'] }] } });

    // Each member's records through the API, as that member: what they own is what they made.
    for (const [session, records, key] of [
      [member, mine, 'mine'],
      [other, theirs, 'theirs'],
    ] as const) {
      records.email = `${key}-contact@example.com`;
      records.tag = `${key}-tag`;
      records.contact = await post(session, '/api/contacts', {
        firstName: key,
        lastName: 'Person',
        email: records.email,
        companyId: shared.company,
        tags: [records.tag],
        assignedToId: session.user.id,
      });
      await env.db.query('UPDATE contact SET created_at = $2 WHERE id = $1', [records.contact, AT]);
      await post(session, `/api/contacts/${records.contact}/activities`, { type: 'note', title: `${key} note` });
      records.deal = await post(session, '/api/deals', { title: `${key} deal`, value: 100, contactId: records.contact, assignedToId: session.user.id });
      await post(session, '/api/deals', { title: `${key} won`, value: 50, contactId: records.contact, assignedToId: session.user.id, status: 'won', closeDate: AT.slice(0, 10) });
      // Sending and running are other suites' business: their rows go straight into the tables.
      records.log = await insert('email_log', { campaign_id: shared.campaign, contact_id: records.contact, template_id: templateId, to_email: records.email, status: 'sent', sent_at: AT });
      records.execution = await insert('workflow_execution', { workflow_id: shared.workflow, contact_id: records.contact, status: 'completed', trigger_event: 'manual', started_at: AT });
      const [{ id: stepId }] = (await env.db.query('SELECT id FROM workflow_step WHERE workflow_id = $1', [shared.workflow])).rows;
      await insert('workflow_step_execution', { execution_id: records.execution, step_id: stepId, step_order: 1, action: 'add_tag', status: 'completed', scheduled_for: AT, executed_at: AT });
      records.import = await insert('contact_import', {
        status: 'completed',
        file_name: `${key}.csv`,
        file_size: 10,
        delimiter: ',',
        columns: '[]',
        on_duplicate: 'skip',
        created_by_id: session.user.id,
        owner_id: session.user.id,
      });
    }
  });
  afterAll(() => env.destroy());

  it('checks, or names as an exception with its reason, every GET operation about contacts, deals, email logs, activities or runs', () => {
    const operations = narrowedOperations(document);
    expect(operations.length).toBeGreaterThan(15);
    const unclassified = operations.filter((op) => !(op in CHECKS) && !(op in EXCEPTIONS));
    expect(unclassified).toEqual([]);
    // A check or an exception for an operation that no longer exists is a stale promise.
    const documented = Object.entries(document.paths).flatMap(([path, ops]) => (ops.get ? [`GET ${path}`] : []));
    expect([...Object.keys(CHECKS), ...Object.keys(EXCEPTIONS)].filter((op) => !documented.includes(op))).toEqual([]);
    for (const reason of Object.values(EXCEPTIONS)) expect(reason.length).toBeGreaterThan(20);
  });

  describe.each(Object.keys(CHECKS))('%s', (operation) => {
    it('shows a member only their own records, and a manager everyone’s', () => CHECKS[operation]());
  });
});
