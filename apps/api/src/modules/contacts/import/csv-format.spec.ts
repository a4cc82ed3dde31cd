import { detectColumns, detectDelimiter, mappingProblems, normalizeHeader, readRow } from './csv-format';

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
      row: { email: 'ada@example.com', firstName: 'Ada King', lastName: 'Lovelace', phone: undefined, company: 'Engines', status: 'customer', tags: ['vip', 'math'], notes: 'hi' },
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
});
