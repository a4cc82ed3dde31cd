import type { FieldRule } from '../../fields/custom-field-rules';
import { ImportColumn, detectColumns, detectDelimiter, mappingProblems, normalizeHeader, parseImportDate, readRow } from './csv-format';

const rule = (key: string, type: FieldRule['type'], extra: Partial<FieldRule> = {}): FieldRule => ({
  key,
  label: key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
  type,
  options: [],
  required: false,
  ...extra,
});

describe('csv-format', () => {
  it('detects the delimiter from the header line, ignoring quoted text and the BOM', () => {
    expect(detectDelimiter('\uFEFFemail;first name;"a,b,c"\nx,y,z,w')).toBe(';');
    expect(detectDelimiter('email,first_name\r\n')).toBe(',');
    expect(detectDelimiter('email\tname\n')).toBe('\t');
    expect(detectDelimiter('email\n')).toBe(',');
  });

  it('maps headers by name, ignoring case and separators; a field is claimed once', () => {
    expect(normalizeHeader('First-Name ')).toBe('firstname');
    expect(detectColumns(['E-Mail', 'first_name', 'LastName', 'Organisation', 'Tags', 'email', 'Shoe size'])).toEqual([
      { header: 'E-Mail', field: 'email' },
      { header: 'first_name', field: 'firstName' },
      { header: 'LastName', field: 'lastName' },
      { header: 'Organisation', field: 'company' },
      { header: 'Tags', field: 'tags' },
      { header: 'email', field: null },
      { header: 'Shoe size', field: null },
    ]);
  });

  it('names what is wrong with a mapping', () => {
    expect(mappingProblems([{ header: 'Name', field: 'fullName' }])).toEqual(['no column is mapped to email (the file needs an email column)']);
    expect(mappingProblems([{ header: 'a', field: 'email' }, { header: 'b', field: 'email' }])).toEqual(['2 columns are mapped to email']);
  });

  const columns = detectColumns(['email', 'name', 'status', 'tags', 'company', 'notes']);

  it('reads a row: trims cells, lower-cases status, splits tags and full names', () => {
    expect(readRow([' ada@example.com ', 'Ada King Lovelace', 'Customer', 'VIP| math', 'Engines', '\u0007hi'], columns)).toEqual({
      ok: true,
      row: { email: 'ada@example.com', firstName: 'Ada King', lastName: 'Lovelace', phone: undefined, company: 'Engines', status: 'customer', owner: undefined, tags: ['vip', 'math'], notes: 'hi', customFields: {} },
    });
    expect(readRow(['cher@example.com', 'Cher'], columns)).toMatchObject({ ok: true, row: { firstName: 'Cher', lastName: undefined, tags: [] } });
  });

  it('reports missing and malformed emails, unknown statuses and over-long values', () => {
    expect(readRow(['', 'Nobody'], columns)).toEqual({ ok: false, message: 'email is missing' });
    expect(readRow(['ada@', 'Ada'], columns)).toEqual({ ok: false, message: 'email "ada@" is not a valid address' });
    expect(readRow(['ada@example.com', 'Ada', 'hot'], columns)).toEqual({ ok: false, message: 'unknown status "hot" (use lead, prospect, customer, archived)' });
    expect(readRow(['ada@example.com', 'Ada', '', '', 'x'.repeat(201)], columns)).toEqual({ ok: false, message: 'company is longer than 200 characters' });
    expect(readRow(['ada@example.com', 'Ada', '', 't'.repeat(51)], columns)).toMatchObject({ ok: false, message: expect.stringContaining('longer than 50 characters') });
  });

  it('maps the headers of Mailchimp audience and HubSpot contact exports, ignoring fields Corral lacks', () => {
    const mailchimp = ['Email Address', 'First Name', 'Last Name', 'Address', 'Phone Number', 'MEMBER_RATING', 'OPTIN_TIME', 'LEID', 'NOTES', 'TAGS'];
    expect(detectColumns(mailchimp).map((c) => c.field)).toEqual(['email', 'firstName', 'lastName', null, 'phone', null, 'createdAt', null, 'notes', 'tags']);
    // The opt-in is when the person joined; the later confirmation does not take the creation date from it.
    expect(detectColumns(['Email Address', 'OPTIN_TIME', 'CONFIRM_TIME']).map((c) => c.field)).toEqual(['email', 'createdAt', null]);
    const hubspot = ['Record ID', 'First Name', 'Last Name', 'Email', 'Phone Number', 'Company Name', 'Lifecycle Stage', 'Contact owner', 'Create Date'];
    expect(detectColumns(hubspot).map((c) => c.field)).toEqual([null, 'firstName', 'lastName', 'email', 'phone', 'company', 'status', 'owner', 'createdAt']);
    // Corral's own export maps back completely.
    expect(detectColumns(['first_name', 'last_name', 'email', 'phone', 'company', 'status', 'tags', 'notes', 'owner_email', 'created_at']).every((c) => c.field)).toBe(true);
  });

  it('translates status and owner values through the value mapping, exactly or ignoring case', () => {
    const hubspot = [
      { header: 'Email', field: 'email' },
      { header: 'Lifecycle Stage', field: 'status' },
      { header: 'Contact owner', field: 'owner' },
    ] as const;
    const mapping = { status: { Subscriber: 'lead', 'Marketing Qualified Lead': 'lead', Other: '' }, owner: { 'Jane Roe': '' } };
    expect(readRow(['a@example.com', 'subscriber', 'Sam Seller'], [...hubspot], mapping)).toMatchObject({ ok: true, row: { status: 'lead', owner: 'Sam Seller' } });
    expect(readRow(['a@example.com', 'Other', 'Jane Roe'], [...hubspot], mapping)).toMatchObject({ ok: true, row: { status: undefined, owner: undefined } });
    expect(readRow(['a@example.com', 'Evangelist', ''], [...hubspot], mapping)).toEqual({ ok: false, message: 'unknown status "Evangelist" (use lead, prospect, customer, archived)' });
  });

  it('gives back cells the export guarded against spreadsheet formulas', () => {
    const cols = [
      { header: 'email', field: 'email' },
      { header: 'phone', field: 'phone' },
      { header: 'notes', field: 'notes' },
    ] as const;
    expect(readRow(['a@example.com', "'+1 555 0167", "'=SUM(A1)"], [...cols])).toMatchObject({ ok: true, row: { phone: '+1 555 0167', notes: '=SUM(A1)' } });
    expect(readRow(['a@example.com', "it's", "'quoted"], [...cols])).toMatchObject({ ok: true, row: { phone: "it's", notes: "'quoted" } });
  });

  it('reads quoted tag lists and refuses more tags than a contact may hold', () => {
    const cols = [
      { header: 'Email Address', field: 'email' },
      { header: 'TAGS', field: 'tags' },
    ] as const;
    expect(readRow(['a@example.com', '"newsletter","webinar 2026"'], [...cols])).toMatchObject({ ok: true, row: { tags: ['newsletter', 'webinar 2026'] } });
    const many = Array.from({ length: 101 }, (_, i) => `t${i}`).join('|');
    expect(readRow(['a@example.com', many], [...cols])).toEqual({ ok: false, message: 'A contact holds at most 100 tags' });
  });

  it('reads creation dates as Corral, Mailchimp and HubSpot write them, a time without zone as UTC', () => {
    const iso = (text: string) => parseImportDate(text)?.toISOString() ?? null;
    expect(iso('2026-01-14T10:00:00.123Z')).toBe('2026-01-14T10:00:00.123Z');
    expect(iso('2025-01-01 09:00:11')).toBe('2025-01-01T09:00:11.000Z');
    expect(iso('2025-01-01 14:00')).toBe('2025-01-01T14:00:00.000Z');
    expect(iso('2025-06-30')).toBe('2025-06-30T00:00:00.000Z');
    expect(iso('2025-06-30T12:00:00+02:00')).toBe('2025-06-30T10:00:00.000Z');
    expect(iso('2025-06-30 12:00:00 -0500')).toBe('2025-06-30T17:00:00.000Z');
    expect(iso('1/31/2025 2:30 PM')).toBe('2025-01-31T14:30:00.000Z');
    expect(iso('12/01/2025 12:05 AM')).toBe('2025-12-01T00:05:00.000Z');
    expect(iso('31.01.2025 08:15')).toBe('2025-01-31T08:15:00.000Z');
    for (const bad of ['2025-02-30', '2025-13-01', '13/31/2025', '2025-01-01 24:00', 'yesterday', '0001-01-01', '1/1/2025 13:00 PM', '45678']) {
      expect([bad, iso(bad)]).toEqual([bad, null]);
    }
  });

  it('keeps the creation date of a row, and names the column of one it cannot read', () => {
    const cols = [
      { header: 'Email', field: 'email' },
      { header: 'Create Date', field: 'createdAt' },
    ] as const;
    expect(readRow(['a@example.com', '2025-03-03 14:02'], [...cols])).toMatchObject({ ok: true, row: { createdAt: new Date('2025-03-03T14:02:00Z') } });
    expect(readRow(['a@example.com', ''], [...cols])).toMatchObject({ ok: true, row: { createdAt: undefined } });
    expect(readRow(['a@example.com', '2025-02-30'], [...cols])).toEqual({
      ok: false,
      message: 'Create Date "2025-02-30" is not a date (write it as YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or MM/DD/YYYY)',
    });
  });

  const FIELDS = [
    rule('member_rating', 'number'),
    rule('timezone', 'text'),
    rule('lifecycle', 'select', { label: 'Lifecycle Stage', options: [{ value: 'lead', label: 'Lead' }, { value: 'mql', label: 'Marketing Qualified Lead' }] }),
    rule('interests', 'multiselect', { options: [{ value: 'cooking', label: 'Cooking' }, { value: 'sports', label: 'Sports' }] }),
    rule('vip', 'boolean'),
    rule('mobile', 'phone'),
  ];

  it('maps headers onto custom fields by key or label, after the built-in aliases, and an exact key before them', () => {
    expect(detectColumns(['Email Address', 'MEMBER_RATING', 'TIMEZONE', 'Lifecycle Stage', 'Interests', 'Shoe size'], FIELDS).map((c) => c.field)).toEqual([
      'email',
      'cf.member_rating',
      'cf.timezone',
      // A built-in alias goes first: HubSpot's stage is the contact's status.
      'status',
      'cf.interests',
      null,
    ]);
    // The export heads a custom column with the key: `mobile` comes back as the field, `Mobile` from elsewhere as the phone.
    expect(detectColumns(['email', 'mobile', 'Mobile'], FIELDS).map((c) => c.field)).toEqual(['email', 'cf.mobile', 'phone']);
    expect(detectColumns(['email', 'Lifecycle Stage', 'lifecycle_stage'], FIELDS).map((c) => c.field)).toEqual(['email', 'status', 'cf.lifecycle']);
  });

  it('reads custom field cells by type, through the value mapping for select types, naming the column of a bad one', () => {
    const byKey = new Map(FIELDS.map((f) => [f.key, f]));
    const columns: ImportColumn[] = [
      { header: 'Email', field: 'email' },
      { header: 'MEMBER_RATING', field: 'cf.member_rating' },
      { header: 'Stage', field: 'cf.lifecycle' },
      { header: 'Interests', field: 'cf.interests' },
      { header: 'VIP', field: 'cf.vip' },
      { header: 'Gone', field: 'cf.gone' },
    ];
    const mapping = { 'cf.lifecycle': { Subscriber: 'lead', Other: '' }, 'cf.interests': { Kochen: 'cooking', Nothing: '' } };
    const read = (cells: string[]) => readRow(cells, columns, mapping, byKey);
    expect(read(['a@example.com', '4', 'Subscriber', 'Kochen; Sports, Nothing', 'yes'])).toMatchObject({
      ok: true,
      row: { customFields: { member_rating: 4, lifecycle: 'lead', interests: ['cooking', 'sports'], vip: true } },
    });
    // Blank cells, and values mapped to "", leave the field out: the contact keeps what it has.
    expect(read(['a@example.com', '', 'Other', '', ''])).toMatchObject({ ok: true, row: { customFields: {} } });
    // A label is as good as the value.
    expect(read(['a@example.com', "'-2", 'Marketing Qualified Lead'])).toMatchObject({ ok: true, row: { customFields: { member_rating: -2, lifecycle: 'mql' } } });
    expect(read(['a@example.com', 'three'])).toEqual({ ok: false, message: 'MEMBER_RATING "three": Member rating must be a number' });
    expect(read(['a@example.com', '', 'Customer'])).toMatchObject({ ok: false, message: expect.stringMatching(/^Stage "Customer": /) });
    expect(read(['a@example.com', '', '', '', '', 'x'])).toEqual({ ok: false, message: 'column Gone is mapped to the custom field "gone", which no longer exists' });
    // The email is checked first: a row without one is reported as such.
    expect(read(['', 'three'])).toEqual({ ok: false, message: 'email is missing' });
  });
});
