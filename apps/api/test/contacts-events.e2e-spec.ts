import type { INestApplication } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { resolve } from 'path';
import { OpenApiResponseValidator } from './support/openapi-responses';
import { TestEnvironment, validatedHttp } from './support/test-app';

/**
 * Domain events are in-process, so this suite runs the BUILT application inside the test process
 * (same code as dist/apps/api/main.js, ROLE=all so the import worker runs too) and listens on its
 * event bus while driving it over HTTP, and calls the ContactsService methods other modules use.
 */
const DIST = resolve(__dirname, '../../../dist/apps/api');

interface Captured {
  event: string;
  payload: { contactId: string; actorId: string | null; changedFields?: string[]; tag?: string; sourceWorkflowId?: string };
}
interface ContactsServiceApi {
  addTags(id: string, tags: string[], options?: { actorId?: string | null; sourceWorkflowId?: string }): Promise<{ tags: string[] }>;
  removeTag(id: string, tag: string, options?: { actorId?: string | null; sourceWorkflowId?: string }): Promise<{ tags: string[] }>;
  updateFields(id: string, changes: { status?: string; assignedToId?: string | null }, options?: { actorId?: string | null; sourceWorkflowId?: string }): Promise<{ status: string }>;
  getVisible(user: { id: string; role: string; email: string; name: string }, id: string): Promise<{ id: string }>;
  findByIds(ids: string[]): Promise<{ id: string; email: string }[]>;
}

describe('contact domain events (e2e, in-process)', () => {
  const env = new TestEnvironment();
  let app: INestApplication;
  let contacts: ContactsServiceApi;
  let auth: string;
  let adminId: string;
  const captured: Captured[] = [];
  let validator: OpenApiResponseValidator;
  const http = () => validatedHttp(app.getHttpServer(), validator);
  const take = () => captured.splice(0, captured.length);

  beforeAll(async () => {
    const { buildOpenApiDocument, createHttpApp, prepareDependencies } = await import(`${DIST}/bootstrap`);
    const { loadConfig } = await import(`${DIST}/config/config`);
    const { ContactsService } = await import(`${DIST}/modules/contacts/contacts.service`);
    const config = loadConfig({
      DATABASE_URL: env.databaseUrl,
      QUEUE_PREFIX: env.queuePrefix,
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      JWT_SECRET: 'test-secret-that-is-long-enough',
      LOG_LEVEL: 'warn',
      ROLE: 'all',
      NODE_ENV: 'test',
    });
    await prepareDependencies(config);
    app = await createHttpApp(config);
    await app.init();
    validator = new OpenApiResponseValidator(buildOpenApiDocument(app));
    // Every delivered event carries the id of its outbox row (outbox.e2e-spec.ts covers it); these assertions are about the rest.
    app.get(EventEmitter2).onAny((event: string | string[], payload: unknown) => {
      const { eventId: _eventId, ...rest } = payload as Captured['payload'] & { eventId: string };
      captured.push({ event: String(event), payload: rest });
    });
    contacts = app.get(ContactsService);
    const res = await http().post('/api/auth/register').send({ email: 'admin@example.com', password: 'correct-horse-1', name: 'Ada Admin' }).expect(201);
    auth = `Bearer ${res.body.accessToken}`;
    adminId = res.body.user.id;
  });
  afterAll(async () => {
    await app?.close();
    await env.destroy();
  });

  it('emits contact_created and one tag_added per tag on create', async () => {
    take();
    const res = await http().post('/api/contacts').set('Authorization', auth).send({ email: 'ev@example.com', tags: ['VIP', 'vip', 'beta'] }).expect(201);
    expect(take()).toEqual([
      { event: 'contact_created', payload: { contactId: res.body.id, actorId: adminId } },
      { event: 'tag_added', payload: { contactId: res.body.id, actorId: adminId, tag: 'vip' } },
      { event: 'tag_added', payload: { contactId: res.body.id, actorId: adminId, tag: 'beta' } },
    ]);
  });

  it('emits contact_updated with the changed fields only, and nothing when nothing changed', async () => {
    const { body: contact } = await http().post('/api/contacts').set('Authorization', auth).send({ firstName: 'Eve', email: 'eve@example.com' }).expect(201);
    take();
    await http().patch(`/api/contacts/${contact.id}`).set('Authorization', auth).send({ firstName: 'Evelyn', status: 'customer', lastName: '' }).expect(200);
    expect(take()).toEqual([{ event: 'contact_updated', payload: { contactId: contact.id, actorId: adminId, changedFields: ['firstName', 'status'] } }]);
    await http().patch(`/api/contacts/${contact.id}`).set('Authorization', auth).send({ firstName: 'Evelyn', status: 'customer' }).expect(200);
    expect(take()).toEqual([]);
  });

  it('emits tag_added once per newly added tag, through the tags endpoint and through an update', async () => {
    const { body: contact } = await http().post('/api/contacts').set('Authorization', auth).send({ email: 'tags@example.com', tags: ['a'] }).expect(201);
    take();
    await http().post(`/api/contacts/${contact.id}/tags`).set('Authorization', auth).send({ tags: ['A', 'b'] }).expect(200);
    expect(take()).toEqual([
      { event: 'contact_updated', payload: { contactId: contact.id, actorId: adminId, changedFields: ['tags'] } },
      { event: 'tag_added', payload: { contactId: contact.id, actorId: adminId, tag: 'b' } },
    ]);
    await http().post(`/api/contacts/${contact.id}/tags`).set('Authorization', auth).send({ tags: ['b'] }).expect(200);
    expect(take()).toEqual([]);
    await http().patch(`/api/contacts/${contact.id}`).set('Authorization', auth).send({ tags: ['b', 'c'] }).expect(200);
    expect(take()).toEqual([
      { event: 'contact_updated', payload: { contactId: contact.id, actorId: adminId, changedFields: ['tags'] } },
      { event: 'tag_added', payload: { contactId: contact.id, actorId: adminId, tag: 'c' } },
    ]);
    await http().delete(`/api/contacts/${contact.id}/tags/b`).set('Authorization', auth).expect(200);
    expect(take().map((c) => c.event)).toEqual(['contact_updated']);
  });

  it('lets workflows act through ContactsService, carrying sourceWorkflowId', async () => {
    const { body: contact } = await http().post('/api/contacts').set('Authorization', auth).send({ email: 'wf@example.com' }).expect(201);
    take();
    const tagged = await contacts.addTags(contact.id, ['Nurture'], { actorId: null, sourceWorkflowId: 'wf-1' });
    expect(tagged.tags).toEqual(['nurture']);
    expect(take()).toEqual([
      { event: 'contact_updated', payload: { contactId: contact.id, actorId: null, changedFields: ['tags'], sourceWorkflowId: 'wf-1' } },
      { event: 'tag_added', payload: { contactId: contact.id, actorId: null, tag: 'nurture', sourceWorkflowId: 'wf-1' } },
    ]);
    await contacts.addTags(contact.id, ['nurture'], { sourceWorkflowId: 'wf-1' });
    expect(take()).toEqual([]);

    const updated = await contacts.updateFields(contact.id, { status: 'prospect', assignedToId: adminId }, { sourceWorkflowId: 'wf-2' });
    expect(updated.status).toBe('prospect');
    expect(take()).toEqual([
      { event: 'contact_updated', payload: { contactId: contact.id, actorId: null, changedFields: ['status', 'assignedToId'], sourceWorkflowId: 'wf-2' } },
    ]);
    await contacts.removeTag(contact.id, 'NURTURE', { sourceWorkflowId: 'wf-3' });
    expect(take()).toEqual([{ event: 'contact_updated', payload: { contactId: contact.id, actorId: null, changedFields: ['tags'], sourceWorkflowId: 'wf-3' } }]);

    const timeline = await http().get(`/api/contacts/${contact.id}/activities`).set('Authorization', auth).expect(200);
    expect(timeline.body.data.map((a: { title: string }) => a.title)).toEqual([
      'Tag removed: nurture',
      'Assigned to Ada Admin',
      'Status changed from lead to prospect',
      'Tag added: nurture',
    ]);

    await expect(contacts.updateFields(contact.id, { assignedToId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ status: 400 });
    await expect(contacts.addTags('00000000-0000-4000-8000-000000000000', ['x'])).rejects.toMatchObject({ status: 404 });
    const member = { id: '00000000-0000-4000-8000-000000000001', role: 'member', email: 'm@example.com', name: 'M' };
    await expect(contacts.getVisible(member, contact.id)).rejects.toMatchObject({ status: 404 });
    expect((await contacts.findByIds([contact.id, contact.id])).map((c) => c.email)).toEqual(['wf@example.com']);
  });

  it('emits the same events for rows an import creates or updates', async () => {
    const { body: existing } = await http().post('/api/contacts').set('Authorization', auth).send({ email: 'imported-old@example.com', tags: ['keep'] }).expect(201);
    take();
    const csv = 'email,status,tags\nimported-new@example.com,lead,x|y\nimported-old@example.com,customer,keep|fresh\n';
    const started = await http()
      .post('/api/contacts/import')
      .set('Authorization', auth)
      .field('onDuplicate', 'update')
      .attach('file', Buffer.from(csv), { filename: 'events.csv', contentType: 'text/csv' })
      .expect(202);
    for (;;) {
      const status = await http().get(`/api/contacts/imports/${started.body.id}`).set('Authorization', auth).expect(200);
      if (status.body.status === 'completed') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    const events = take();
    const created = events.find((e) => e.event === 'contact_created');
    expect(created?.payload.actorId).toBeNull();
    const newId = created?.payload.contactId;
    // Without runWorkflows the import's creations, updates and tags are marked to start no workflow.
    expect(events).toEqual([
      { event: 'contact_created', payload: { contactId: newId, actorId: null, startsWorkflows: false } },
      { event: 'tag_added', payload: { contactId: newId, actorId: null, tag: 'x', startsWorkflows: false } },
      { event: 'tag_added', payload: { contactId: newId, actorId: null, tag: 'y', startsWorkflows: false } },
      { event: 'contact_updated', payload: { contactId: existing.id, actorId: null, changedFields: ['status', 'tags'], startsWorkflows: false } },
      { event: 'tag_added', payload: { contactId: existing.id, actorId: null, tag: 'fresh', startsWorkflows: false } },
    ]);
  });
});
