import { TAGS_PER_CONTACT_MAX } from '../tags';
import { ImportRow } from './csv-format';
import { ExistingContact, PlanItem, PlanOptions, RowResult, firstOccurrence, planBatch, updateActivities } from './import-plan';

const ADMIN_IMPORT: PlanOptions = { onDuplicate: 'update', confinedTo: null, owners: new Map([['ann@example.com', 'ann'], ['bob', 'bob']]) };

function item(row: number, data: Partial<ImportRow> & { email: string }): PlanItem {
  return { row, result: { ok: true, row: { tags: [], ...data } } };
}

function contact(email: string, values: Partial<ExistingContact> = {}): ExistingContact {
  return {
    id: `id-${email}`,
    key: email.toLowerCase(),
    firstName: 'Ada',
    lastName: 'Lovelace',
    phone: null,
    companyId: 'acme-id',
    companyKey: 'acme',
    status: 'lead',
    tags: ['vip'],
    notes: null,
    assignedToId: null,
    ...values,
  };
}

function existing(...contacts: ExistingContact[]): Map<string, ExistingContact> {
  return new Map(contacts.map((c) => [c.key, c]));
}

describe('planBatch', () => {
  it('creates a contact no one has, owned by the user the owner cell names, and collects its company', () => {
    const plan = planBatch(new Map(), [item(2, { email: 'New@Example.com', owner: 'ANN@example.com', company: 'Globex' })], ADMIN_IMPORT);
    expect(plan.creates).toEqual([{ row: 2, data: expect.objectContaining({ email: 'New@Example.com' }), ownerId: 'ann' }]);
    expect(plan).toMatchObject({ updates: [], skipped: 0, errors: [] });
    expect([...plan.companies]).toEqual([['globex', 'Globex']]);
  });

  it('updates an existing contact (email case ignored) with only the fields that differ', () => {
    const plan = planBatch(
      existing(contact('ada@example.com')),
      [item(2, { email: 'ADA@example.com', firstName: 'Ada', lastName: 'King', company: 'ACME', status: 'customer', owner: 'bob' })],
      ADMIN_IMPORT,
    );
    expect(plan.creates).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]).toMatchObject({ row: 2, ownerId: 'bob', changed: ['lastName', 'status', 'assignedToId'], added: [] });
    expect(updateActivities(plan.updates[0])).toEqual(['Status changed from lead to customer (CSV import)', 'Assigned to bob (CSV import)']);
  });

  it('plans an update that changes nothing when the row matches the contact', () => {
    const plan = planBatch(existing(contact('ada@example.com')), [item(2, { email: 'ada@example.com', firstName: 'Ada', tags: ['vip'] })], ADMIN_IMPORT);
    expect(plan.updates[0].changed).toEqual([]);
  });

  it('skips an existing contact with onDuplicate=skip, yet still creates the company the row names', () => {
    const plan = planBatch(existing(contact('ada@example.com')), [item(2, { email: 'ada@example.com', company: 'Initech' })], {
      ...ADMIN_IMPORT,
      onDuplicate: 'skip',
    });
    expect(plan).toMatchObject({ creates: [], updates: [], skipped: 1, errors: [] });
    expect([...plan.companies.keys()]).toEqual(['initech']);
  });

  it('merges tags into the existing ones, keeping their order, and reports only the new ones', () => {
    const plan = planBatch(existing(contact('ada@example.com', { tags: ['vip', 'old'] })), [item(2, { email: 'ada@example.com', tags: ['old', 'new'] })], ADMIN_IMPORT);
    expect(plan.updates[0]).toMatchObject({ tags: ['vip', 'old', 'new'], added: ['new'], changed: ['tags'] });
    expect(updateActivities(plan.updates[0])).toEqual(['Tag added: new (CSV import)']);
  });

  it('reports a row whose tags would push the contact past the tag cap, leaving the contact alone', () => {
    const full = Array.from({ length: TAGS_PER_CONTACT_MAX }, (_, i) => `t${i}`);
    const plan = planBatch(existing(contact('ada@example.com', { tags: full })), [item(7, { email: 'ada@example.com', tags: ['one-more'] })], ADMIN_IMPORT);
    expect(plan.updates).toEqual([]);
    expect(plan.errors).toEqual([{ row: 7, message: `A contact holds at most ${TAGS_PER_CONTACT_MAX} tags; this one would have ${TAGS_PER_CONTACT_MAX + 1}` }]);
  });

  it("confines a member's import: new contacts are theirs, others' contacts are refused, the owner cell is ignored", () => {
    const member: PlanOptions = { onDuplicate: 'update', confinedTo: 'mia', owners: new Map() };
    const plan = planBatch(
      existing(contact('theirs@example.com', { assignedToId: 'bob' }), contact('mine@example.com', { assignedToId: 'mia' })),
      [
        item(2, { email: 'new@example.com', owner: 'bob' }),
        item(3, { email: 'theirs@example.com', firstName: 'Eve' }),
        item(4, { email: 'mine@example.com', firstName: 'Mia', owner: 'bob' }),
      ],
      member,
    );
    expect(plan.creates).toEqual([expect.objectContaining({ row: 2, ownerId: 'mia' })]);
    expect(plan.errors).toEqual([{ row: 3, message: 'a contact with this email exists and is assigned to another user' }]);
    expect(plan.updates).toEqual([expect.objectContaining({ row: 4, ownerId: 'mia', changed: ['firstName'] })]);
  });

  it('reports rows the file already found invalid and owners that name no active user, creating nothing for them', () => {
    const plan = planBatch(
      new Map(),
      [{ row: 2, result: { ok: false, message: 'email "nope" is not a valid email address' } }, item(3, { email: 'x@example.com', owner: 'nobody', company: 'Hooli' })],
      ADMIN_IMPORT,
    );
    expect(plan.errors).toEqual([
      { row: 2, message: 'email "nope" is not a valid email address' },
      { row: 3, message: 'owner "nobody" is not the email or name of an active user' },
    ]);
    expect(plan).toMatchObject({ creates: [], updates: [], skipped: 0 });
    expect(plan.companies.size).toBe(0);
  });
});

describe('firstOccurrence', () => {
  it('turns a later row with the same email (case ignored) into a duplicate error naming the first row', () => {
    const seen = new Map<string, number>();
    const row = (email: string): RowResult => ({ ok: true, row: { email, tags: [] } });
    expect(firstOccurrence(seen, 2, row('ada@example.com'))).toEqual(row('ada@example.com'));
    expect(firstOccurrence(seen, 5, row('ADA@example.com'))).toEqual({ ok: false, message: 'duplicate of row 2 (same email ADA@example.com)' });
    expect(firstOccurrence(seen, 6, { ok: false, message: 'bad' })).toEqual({ ok: false, message: 'bad' });
    expect(firstOccurrence(seen, 7, row('bob@example.com'))).toEqual(row('bob@example.com'));
  });
});
