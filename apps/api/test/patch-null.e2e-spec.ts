import { ApiProcess, registerAdmin, Session, TestEnvironment } from './support/test-app';

type Schema = { $ref?: string; nullable?: boolean; properties?: Record<string, Schema>; allOf?: Schema[] };
interface Document {
  paths: Record<string, Record<string, { requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  components: { schemas: Record<string, Schema> };
}

/**
 * A partial update leaves out what it does not change, so `null` is a value, not "absent": for a
 * field the document does not declare nullable, every PATCH of the API must refuse it with a 400
 * naming the field, instead of passing it to a NOT NULL column (a 500). Driven by the document, so
 * a PATCH operation or a field added later is covered without editing this test.
 */
describe('PATCH with null for a field that cannot be empty (e2e)', () => {
  const env = new TestEnvironment();
  let api: ApiProcess;
  let admin: Session;

  beforeAll(async () => {
    api = await env.startApi();
    admin = await registerAdmin(api);
  });
  afterAll(() => env.destroy());

  const post = async (path: string, body: Record<string, unknown>): Promise<{ id: string } & Record<string, unknown>> =>
    (await api.http().post(path).set('Authorization', admin.auth).send(body).expect(201)).body;

  /** One real record per PATCH path: on an unknown id a field let through would only give a 404. */
  async function createTargets(): Promise<Record<string, string>> {
    const contact = await post('/api/contacts', { email: 'patch-null@example.com' });
    const company = await post('/api/companies', { name: 'Null Ltd' });
    const pipeline = await post('/api/pipelines', { name: 'Null sales', stages: [{ name: 'New', order: 0, probability: 10 }] });
    const stages = pipeline.stages as { id: string }[];
    const deal = await post('/api/deals', { title: 'Null deal', pipelineId: pipeline.id, stageId: stages[0].id, contactId: contact.id });
    const user = await post('/api/users', { email: 'patch-null-user@example.com', name: 'Nora Null', role: 'member', password: 'long enough password' });
    const template = await post('/api/templates', { name: 'Null template', subject: 'Hi', htmlBody: '<p>Hi</p>' });
    const campaign = await post('/api/campaigns', { name: 'Null campaign', templateId: template.id });
    const workflow = await post('/api/workflows', { name: 'Null workflow', triggerEvent: 'manual', steps: [{ action: 'add_tag', actionData: { tag: 'x' } }] });
    const field = await post('/api/fields', { objectType: 'contact', key: 'null_tier', label: 'Tier', type: 'select', options: [{ value: 'a', label: 'A' }] });
    const segment = await post('/api/segments', { name: 'Null segment', definition: { match: 'all', conditions: [{ field: 'status', op: 'eq', value: 'lead' }] } });
    const view = await post('/api/views', { objectType: 'contact', name: 'Null view', filters: { status: 'lead' }, columns: ['name'] });
    const form = await post('/api/forms', { name: 'Null form', fields: [{ field: 'email', label: 'Email', required: true }] });
    // A public address (private ones are refused by default), inactive: nothing is ever sent to it.
    const webhook = await post('/api/webhook-endpoints', { url: 'https://93.184.215.14/hook', events: ['deal.won'], isActive: false });
    return {
      '/api/contacts/{id}': contact.id,
      '/api/companies/{id}': company.id,
      '/api/pipelines/{id}': pipeline.id,
      '/api/deals/{id}': deal.id,
      '/api/users/{id}': user.id,
      '/api/templates/{id}': template.id,
      '/api/campaigns/{id}': campaign.id,
      '/api/workflows/{id}': workflow.id,
      '/api/fields/{id}': field.id,
      '/api/segments/{id}': segment.id,
      '/api/views/{id}': view.id,
      '/api/forms/{id}': form.id,
      '/api/webhook-endpoints/{id}': webhook.id,
      '/api/settings/email': '',
    };
  }

  it('answers 400 naming the field, never 500, for every non-nullable field of every PATCH body', async () => {
    const document = (await api.http().get('/api/docs-json').expect(200)).body as Document;
    const resolve = (schema: Schema): Schema => (schema.$ref ? resolve(document.components.schemas[schema.$ref.split('/').pop() as string]) : schema);
    const targets = await createTargets();
    const operations = Object.entries(document.paths).filter(([, item]) => item.patch);
    expect(operations.length).toBeGreaterThanOrEqual(9);

    const wrong: string[] = [];
    let tried = 0;
    for (const [path, item] of operations) {
      expect({ path, covered: path in targets }).toEqual({ path, covered: true });
      const schema = item.patch.requestBody?.content?.['application/json']?.schema;
      if (!schema) continue;
      const url = path.replace('{id}', targets[path]);
      for (const [field, property] of Object.entries(resolve(schema).properties ?? {})) {
        if (property.nullable === true) continue;
        tried++;
        const sent = `PATCH ${path} {"${field}": null}`;
        // An answer the document does not describe throws: note it and go on, to list every hole at once.
        const res = await api.http().patch(url).set('Authorization', admin.auth).send({ [field]: null }).catch((error: Error) => error);
        if (res instanceof Error) {
          wrong.push(`${sent} → ${res.message.split('\n')[0]}`);
          continue;
        }
        const named = (res.body?.errors ?? []).some((e: { field: string }) => e.field === field || e.field.startsWith(`${field}.`));
        if (res.status !== 400 || !named) wrong.push(`${sent} → ${res.status} ${JSON.stringify(res.body?.errors ?? res.body)}`);
      }
    }
    expect(tried).toBeGreaterThan(30);
    expect(wrong).toEqual([]);
  });
});
