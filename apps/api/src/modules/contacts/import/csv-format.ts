import { CsvError, Parser, parse } from 'csv-parse';
import { isEmail } from 'class-validator';
import { CustomValue, FieldRule, hasOptions, parseCellValue } from '../../fields/custom-field-rules';
import { EXPORT_COLUMNS, unescapeFormula } from '../contact-exporter';
import { normalizeEmail, parseStatus, splitTagCell, tagsProblem, unknownStatusMessage } from '../contact-rules';
import { ContactStatus } from '../entities/contact.entity';

/**
 * The CSV dialect of contact imports, shared by the API (which checks and counts the upload) and
 * the worker (which imports it): both must see exactly the same rows, or `total` and the row
 * numbers in error reports would disagree with the file.
 */

export const IMPORT_FIELDS = ['email', 'firstName', 'lastName', 'fullName', 'phone', 'company', 'status', 'owner', 'tags', 'notes', 'createdAt'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** A custom field as a column's target: `cf.<key>`. */
export type CustomFieldTarget = `cf.${string}`;
/** What a column fills: a built-in field or a custom one. */
export type ImportTarget = ImportField | CustomFieldTarget;

/** The key of a `cf.<key>` target, or null for a built-in field. */
export function customKey(target: string): string | null {
  return target.startsWith('cf.') ? target.slice(3) : null;
}

/**
 * Built-in fields whose cells take one of a fixed set of values, which `valueMapping` can
 * translate; so can select and multiselect custom fields (`cf.<key>`).
 */
export const VALUE_MAPPED_FIELDS = ['status', 'owner'] as const;
export type ValueMappedField = (typeof VALUE_MAPPED_FIELDS)[number];
/** field → value in the file → value to import (`""`: leave the field empty). */
export type ValueMapping = Partial<Record<ValueMappedField | CustomFieldTarget, Record<string, string>>>;

export interface ImportColumn {
  header: string;
  field: ImportTarget | null;
}

/**
 * Header names (lower-cased, separators removed) that map onto a field without help, including
 * those of Mailchimp audience exports (`Email Address`, `Phone Number`, `TAGS`, `NOTES`,
 * `OPTIN_TIME`) and HubSpot contact exports (`Company Name`, `Lifecycle Stage`, `Contact owner`,
 * `Create Date`). Their other columns (`MEMBER_RATING`, `Record ID`, …) have no built-in field.
 * Mailchimp's `CONFIRM_TIME` is not a creation date: the person existed from the opt-in on.
 */
const HEADER_ALIASES: Record<string, ImportField> = {
  email: 'email',
  emailaddress: 'email',
  mail: 'email',
  firstname: 'firstName',
  first: 'firstName',
  givenname: 'firstName',
  forename: 'firstName',
  lastname: 'lastName',
  last: 'lastName',
  surname: 'lastName',
  familyname: 'lastName',
  name: 'fullName',
  fullname: 'fullName',
  contactname: 'fullName',
  phone: 'phone',
  phonenumber: 'phone',
  telephone: 'phone',
  tel: 'phone',
  mobile: 'phone',
  company: 'company',
  companyname: 'company',
  organization: 'company',
  organisation: 'company',
  account: 'company',
  status: 'status',
  lifecyclestage: 'status',
  owner: 'owner',
  owneremail: 'owner',
  contactowner: 'owner',
  tags: 'tags',
  tag: 'tags',
  labels: 'tags',
  notes: 'notes',
  note: 'notes',
  comments: 'notes',
  createdat: 'createdAt',
  created: 'createdAt',
  createdate: 'createdAt',
  createddate: 'createdAt',
  dateadded: 'createdAt',
  optintime: 'createdAt',
};

/** `First Name`, `first_name`, `firstName` and `FIRST-NAME` are one header. */
export function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The custom field a header names: its key or its label, ignoring case and separators (`MEMBER_RATING` → member_rating). */
export function suggestCustomField(header: string, fields: readonly FieldRule[]): FieldRule | null {
  const wanted = normalizeHeader(header);
  if (!wanted) return null;
  return fields.find((f) => normalizeHeader(f.key) === wanted) ?? fields.find((f) => normalizeHeader(f.label) === wanted) ?? null;
}

/**
 * Maps headers onto fields; a field claimed by an earlier column leaves later ones unmapped. A
 * header spelled exactly as a custom field's key (as the export writes it) is that field even
 * when it is also an alias (a field keyed `mobile` comes back as itself, not as the phone);
 * otherwise built-in aliases go first, then custom fields by key or label.
 */
export function detectColumns(headers: string[], fields: readonly FieldRule[] = []): ImportColumn[] {
  const taken = new Set<ImportTarget>();
  const claim = (target: ImportTarget | null | undefined): ImportTarget | null => {
    if (!target || taken.has(target)) return null;
    taken.add(target);
    return target;
  };
  return headers.map((header) => {
    // The export's own built-in headers name its built-in columns, whatever a custom field is called.
    const exact = EXPORT_COLUMNS.includes(header) ? undefined : fields.find((f) => f.key === header);
    const suggested = suggestCustomField(header, fields);
    const field =
      (exact && claim(`cf.${exact.key}`)) || claim(HEADER_ALIASES[normalizeHeader(header)]) || (suggested && claim(`cf.${suggested.key}`)) || null;
    return { header, field };
  });
}

/** Problems with a column mapping, as messages for the `mapping` field (empty when it is usable). */
export function mappingProblems(columns: ImportColumn[]): string[] {
  const problems: string[] = [];
  const counts = new Map<ImportTarget, number>();
  for (const column of columns) if (column.field) counts.set(column.field, (counts.get(column.field) ?? 0) + 1);
  if (!counts.has('email')) problems.push('no column is mapped to email (the file needs an email column)');
  for (const [field, count] of counts) if (count > 1) problems.push(`${count} columns are mapped to ${field}`);
  return problems;
}

export type Delimiter = ',' | ';' | '\t';

/** Picks the delimiter that splits the header line (outside quotes) most often; comma on a tie. */
export function detectDelimiter(sample: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of sample.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as Delimiter]++;
  }
  return (Object.keys(counts) as Delimiter[]).reduce((best, d) => (counts[d] > counts[best] ? d : best), ',');
}

/** Longest record we accept: a stray quote must not swallow the rest of a 50 MB file into one field. */
const MAX_RECORD_BYTES = 1_000_000;

/**
 * A streaming parser: BOM stripped, CRLF or LF, quoted fields with delimiters and newlines, rows
 * of any width. A record it cannot read is reported through `onSkip` (its `records` is the count
 * of records emitted before it) and parsing goes on. Emits plain `string[]` records; callers count
 * them to number rows the way a spreadsheet does (header = row 1).
 */
export function createCsvParser(delimiter: Delimiter, onSkip: (error: CsvError) => void): Parser {
  return parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_BYTES,
    on_skip: (error) => {
      if (error) onSkip(error);
      return undefined;
    },
  });
}

/** A row with nothing in it (an empty line, or only delimiters) is not a contact and not an error. */
export function isBlankRecord(record: string[]): boolean {
  return record.every((cell) => cell.trim() === '');
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AP]M)?)?$/i;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** Minutes east of UTC of a zone suffix (`Z`, `+02:00`, `-0500`); undefined (no zone) counts as UTC. */
function zoneOffset(zone: string | undefined): number {
  if (!zone || /^(Z|UTC|GMT)$/i.test(zone)) return 0;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone) as RegExpExecArray;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes ?? 0));
}

function utcInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, offset = 0): Date | null {
  if (year < 1900 || hour > 23 || minute > 59 || second > 59 || offset < -14 * 60 || offset > 14 * 60) return null;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms));
  // Date.UTC rolls 31 February over into March: only a date that comes back as written is one.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return new Date(date.getTime() - offset * 60_000);
}

/**
 * A creation date as the exports of other tools write it: ISO 8601 (Corral's own export,
 * `2026-01-14T10:00:00.000Z`), Mailchimp's and HubSpot's `2025-01-01 09:00:11` / `2025-01-01 14:00`,
 * a bare date, US `1/31/2025 2:30 PM` (HubSpot in a US locale), and `31.01.2025` (day first, as
 * German and other European spreadsheets write it). Slashes are month first: the tools whose
 * exports this reads write them so. Those files say nothing of their time zone, so a time without
 * one is taken as UTC. Null when the text is none of these or names no real date.
 */
export function parseImportDate(text: string): Date | null {
  const cell = text.trim();
  let m = ISO_DATE.exec(cell);
  if (m) {
    const ms = m[7] ? Number(m[7].slice(0, 3).padEnd(3, '0')) : 0;
    return utcInstant(+m[1], +m[2], +m[3], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), ms, zoneOffset(m[8]));
  }
  m = US_DATE.exec(cell);
  if (m) {
    let hour = +(m[4] ?? 0);
    if (m[7]) {
      if (hour < 1 || hour > 12) return null;
      hour = (hour % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    }
    return utcInstant(+m[3], +m[1], +m[2], hour, +(m[5] ?? 0), +(m[6] ?? 0));
  }
  m = DOTTED_DATE.exec(cell);
  if (m) return utcInstant(+m[3], +m[2], +m[1], +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return null;
}

/** What one CSV row says about a contact; undefined means "the cell was empty or the column absent". */
export interface ImportRow {
  email: string;
  firstName?: string;
  lastName?: string;
  phone?: string;
  company?: string;
  status?: ContactStatus;
  /** An owner's email or name, as the file (after value mapping) says it; the runner finds the user. */
  owner?: string;
  tags: string[];
  notes?: string;
  /** When the contact was created in the tool the file comes from. */
  createdAt?: Date;
  /** Custom field values by key, as stored; a blank cell leaves its key out. */
  customFields: Record<string, CustomValue>;
}

const LIMITS: Record<Exclude<ImportField, 'tags' | 'status' | 'createdAt'>, { max: number; label: string }> = {
  email: { max: 254, label: 'email' },
  firstName: { max: 100, label: 'first name' },
  lastName: { max: 100, label: 'last name' },
  fullName: { max: 201, label: 'name' },
  phone: { max: 50, label: 'phone' },
  company: { max: 200, label: 'company' },
  owner: { max: 254, label: 'owner' },
  notes: { max: 10_000, label: 'notes' },
};

export type RowResult = { ok: true; row: ImportRow } | { ok: false; message: string };

/** The value a cell takes after value mapping: exact match first, then ignoring case. */
function mapValue(mapping: Record<string, string> | undefined, cell: string): string {
  if (!mapping) return cell;
  if (Object.prototype.hasOwnProperty.call(mapping, cell)) return mapping[cell].trim();
  const lower = cell.toLowerCase();
  const key = Object.keys(mapping).find((k) => k.trim().toLowerCase() === lower);
  return key === undefined ? cell : mapping[key].trim();
}

/** A multiselect cell's values after value mapping, each mapped on its own (`""` drops one), joined again. */
function mapParts(mapping: Record<string, string> | undefined, cell: string): string {
  if (!mapping) return cell;
  return cell
    .split(/[,;]/)
    .map((part) => mapValue(mapping, part.trim()))
    .filter(Boolean)
    .join(', ');
}

/** A custom field's cell as the value to store, or the row's error naming the column. */
function readCustomCell(column: ImportColumn, rule: FieldRule | undefined, cell: string, valueMapping: ValueMapping): { value: CustomValue | null } | { message: string } {
  const key = customKey(column.field as string) as string;
  if (!rule) return { message: `column ${column.header} is mapped to the custom field "${key}", which no longer exists` };
  const mapping = valueMapping[`cf.${key}`];
  const text = !hasOptions(rule.type) ? cell : rule.type === 'multiselect' ? mapParts(mapping, cell) : mapValue(mapping, cell);
  const parsed = parseCellValue(rule, text);
  if (!parsed.ok) return { message: `${column.header} "${cell.slice(0, 60)}": ${parsed.message}` };
  return { value: parsed.value };
}

/**
 * Reads and checks one data row; the message says what is wrong in words a spreadsheet user can
 * act on. `fields`: the custom fields by key, for the columns mapped to `cf.<key>`.
 */
export function readRow(
  record: string[],
  columns: ImportColumn[],
  valueMapping: ValueMapping = {},
  fields: ReadonlyMap<string, FieldRule> = new Map(),
): RowResult {
  const cells: Partial<Record<ImportField, string>> = {};
  const customFields: Record<string, CustomValue> = {};
  let customProblem: string | null = null;
  for (const [index, column] of columns.entries()) {
    if (!column.field) continue;
    // Control characters other than tab and newline have no place in a contact and break exports.
    let value = unescapeFormula((record[index] ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim());
    const key = customKey(column.field);
    if (key !== null) {
      if (!value) continue;
      const read = readCustomCell(column, fields.get(key), value, valueMapping);
      if ('message' in read) customProblem ??= read.message;
      else if (read.value !== null) customFields[key] = read.value;
      continue;
    }
    const field = column.field as ImportField;
    if (field === 'status' || field === 'owner') value = mapValue(valueMapping[field], value);
    if (value) cells[field] = value;
  }
  for (const [field, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, { max: number; label: string }][]) {
    const value = cells[field];
    if (value && value.length > limit.max) return { ok: false, message: `${limit.label} is longer than ${limit.max} characters` };
  }
  const email = cells.email ? normalizeEmail(cells.email) : undefined;
  if (!email) return { ok: false, message: 'email is missing' };
  if (!isEmail(email)) return { ok: false, message: `email "${email}" is not a valid address` };
  if (customProblem) return { ok: false, message: customProblem };
  let status: ContactStatus | undefined;
  if (cells.status) {
    const parsed = parseStatus(cells.status);
    if (!parsed) return { ok: false, message: unknownStatusMessage(cells.status) };
    status = parsed;
  }
  const tags = cells.tags ? splitTagCell(cells.tags) : [];
  const tagProblem = tagsProblem(tags);
  if (tagProblem) return { ok: false, message: tagProblem };
  let { firstName, lastName } = cells;
  if (cells.fullName && !firstName && !lastName) {
    // "Mary Ann Smith" → first "Mary Ann", last "Smith": the last word is the family name more often than not.
    const parts = cells.fullName.split(/\s+/);
    lastName = parts.length > 1 ? parts.pop() : undefined;
    firstName = parts.join(' ');
    if (firstName.length > LIMITS.firstName.max || (lastName?.length ?? 0) > LIMITS.lastName.max) {
      return { ok: false, message: `name is longer than ${LIMITS.firstName.max} characters` };
    }
  }
  let createdAt: Date | undefined;
  if (cells.createdAt) {
    const parsed = parseImportDate(cells.createdAt);
    if (!parsed) {
      const header = columns.find((c) => c.field === 'createdAt')?.header;
      return { ok: false, message: `${header} "${cells.createdAt.slice(0, 60)}" is not a date (write it as YYYY-MM-DD, YYYY-MM-DD HH:mm:ss or MM/DD/YYYY)` };
    }
    createdAt = parsed;
  }
  return {
    ok: true,
    row: { email, firstName, lastName, phone: cells.phone, company: cells.company, status, owner: cells.owner, tags, notes: cells.notes, createdAt, customFields },
  };
}
