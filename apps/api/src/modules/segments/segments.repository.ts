import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { escapeLike } from '../../common/sql';
import { ContactCondition } from '../contacts/contact-query';
import { normalizeTag } from '../contacts/tags';
import { dealCondition } from '../deals/deals.repository';
import { engagementCondition } from '../emails/sending/email-logs.repository';
import { valueExpression } from '../fields/custom-field-sql';
import { FieldCatalog, FieldCondition, FieldOp, FieldSpec, SegmentCondition, SegmentDefinition } from './segment-rules';

type Param = (value: unknown) => string;

const DAY_MS = 86_400_000;

/** Built-in columns over the row alias (`c` for a contact, `co` for its company). */
const COLUMNS: Record<string, string> = {
  status: 'c.status',
  tags: 'c.tags',
  email: 'c.email',
  firstName: 'c.first_name',
  lastName: 'c.last_name',
  phone: 'c.phone',
  companyId: 'c.company_id',
  assignedToId: 'c.assigned_to_id',
  createdAt: 'c.created_at',
  'company.name': 'co.name',
  'company.industry': 'co.industry',
  'company.size': 'co.size',
};

/** Operators that are the negation of another: a missing value (or company) satisfies them. */
const NEGATED: Partial<Record<FieldOp, FieldOp>> = { neq: 'eq', not_in: 'in', not_contains: 'contains', empty: 'not_empty' };

/** What compiling needs besides the definition: the field catalog, the saved segments it may refer to, and "now". */
export interface CompileContext {
  catalog: FieldCatalog;
  segments: Map<string, SegmentDefinition>;
  now: Date;
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const nextDay = (day: string) => isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS));

/**
 * A positive test of a field's value: true only when the record holds a value that passes.
 * `alias` is `c` or `co`; custom fields read `<alias>.custom_fields` as their indexes do.
 */
function positive(field: string, spec: FieldSpec, op: FieldOp, value: unknown, alias: string, now: Date, param: Param): string {
  const custom = field.startsWith('cf.') || field.startsWith('company.cf.');
  const key = custom ? field.slice(field.lastIndexOf('cf.') + 3) : '';
  const column = `${alias}.custom_fields`;
  const contains = (json: unknown) => `${column} @> ${param(JSON.stringify({ [key]: json }))}::jsonb`;
  const expr = custom ? valueExpression(alias, key, spec.kind === 'number' ? 'number' : 'text') : COLUMNS[field];

  if (op === 'not_empty') {
    if (custom) return `${column} ? ${param(key)}::text`;
    if (spec.kind === 'tags') return `cardinality(${expr}) > 0`;
    return spec.kind === 'text' ? `${expr} <> ''` : `${expr} IS NOT NULL`;
  }
  switch (spec.kind) {
    case 'text': {
      const text = String(value ?? '');
      if (op === 'eq') return `lower(${expr}) = lower(${param(text)})`;
      if (op === 'in') return `lower(${expr}) = ANY(${param((value as string[]).map((v) => v.toLowerCase()))}::text[])`;
      if (op === 'contains') return `${expr} ILIKE ${param(`%${escapeLike(text)}%`)}`;
      return `${expr} ILIKE ${param(`${escapeLike(text)}%`)}`;
    }
    case 'choice':
    case 'id': {
      const cast = spec.kind === 'id' ? 'uuid' : 'text';
      if (op === 'eq') return custom ? contains(value) : `${expr} = ${param(value)}::${cast}`;
      return `${expr} = ANY(${param(value)}::${cast}[])`;
    }
    case 'tags':
      if (op === 'contains') return `${expr} @> ARRAY[${param(normalizeTag(value as string))}]::text[]`;
      return `${expr} && ${param((value as string[]).map(normalizeTag))}::text[]`;
    case 'multiselect':
      if (op === 'contains') return contains([value]);
      return `(${column} -> ${param(key)}::text) ?| ${param(value)}::text[]`;
    case 'boolean':
      return contains(value);
    case 'number': {
      if (op === 'eq') return contains(value);
      const sign = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[op as 'gt'];
      return `${expr} ${sign} ${param(value)}::numeric`;
    }
    default:
      return dateTest(spec, op, value, expr, now, param);
  }
}

/**
 * Dates: a calendar day given to before/after means the whole day (after 2026-03-01 starts on
 * 03-02, UTC). Relative ranges are computed from `now` at compile time, which is each request's
 * (or each expansion's) own now, so a saved segment stays current. Custom dates and date-times are
 * ISO text, whose text order is their time order; timestamps compare as timestamptz.
 */
function dateTest(spec: FieldSpec, op: FieldOp, value: unknown, expr: string, now: Date, param: Param): string {
  const bound = (instant: Date) => (spec.kind === 'date' ? isoDay(instant) : instant.toISOString());
  const cast = spec.kind === 'timestamp' ? '::timestamptz' : '::text';
  const at = (text: string) => `${param(text)}${cast}`;
  if (op === 'within_last_days' || op === 'more_than_days_ago') {
    const from = bound(new Date(now.getTime() - (value as number) * DAY_MS));
    if (op === 'more_than_days_ago') return `${expr} < ${at(from)}`;
    return `${expr} >= ${at(from)} AND ${expr} <= ${at(bound(now))}`;
  }
  const text = value as string;
  const isDay = text.length === 10;
  const instant = isDay ? text : new Date(text).toISOString();
  if (op === 'before') return `${expr} < ${at(spec.kind === 'timestamp' && isDay ? `${text}T00:00:00Z` : instant)}`;
  if (isDay) return `${expr} >= ${at(spec.kind === 'timestamp' ? `${nextDay(text)}T00:00:00Z` : nextDay(text))}`;
  return `${expr} > ${at(instant)}`;
}

function fieldSql(condition: FieldCondition, context: CompileContext, param: Param): string {
  const spec = context.catalog.get(condition.field);
  // Saving checks the field exists, and a custom field a segment uses cannot be deleted (409); a race between the two matches nobody.
  if (!spec) return 'false';
  const negatedOf = NEGATED[condition.op];
  const op = negatedOf ?? condition.op;
  const onCompany = condition.field.startsWith('company.');
  const test = positive(condition.field, spec, op, condition.value, onCompany ? 'co' : 'c', context.now, param);
  if (onCompany) {
    // A contact without a company has none of its values: every negated test holds for it.
    return `${negatedOf ? 'NOT ' : ''}EXISTS (SELECT 1 FROM company co WHERE co.id = c.company_id AND ${test})`;
  }
  // A missing value makes a test NULL, which a WHERE clause takes as false: only a negation needs it made false first.
  return negatedOf ? `NOT coalesce(${test}, false)` : `(${test})`;
}

function conditionSql(condition: SegmentCondition, context: CompileContext, param: Param, inlining: string[]): string {
  if ('conditions' in condition) {
    if (condition.conditions.length === 0) return 'true';
    const parts = condition.conditions.map((c) => conditionSql(c, context, param, inlining));
    return `(${parts.join(condition.match === 'all' ? ' AND ' : ' OR ')})`;
  }
  if ('field' in condition) return fieldSql(condition, context, param);
  switch (condition.type) {
    case 'email':
      return engagementCondition(
        { op: condition.op, campaignId: condition.campaignId, since: condition.withinDays ? new Date(context.now.getTime() - condition.withinDays * DAY_MS) : undefined },
        param,
      );
    case 'deal':
      return dealCondition(condition, param);
    case 'segment': {
      const id = condition.segmentId.toLowerCase();
      const inner = context.segments.get(id);
      // Saving refuses cycles and unknown segments, and a segment in use cannot be deleted; a race between them matches nobody.
      const sql = inner && !inlining.includes(id) ? conditionSql(inner, context, param, [...inlining, id]) : 'false';
      return condition.op === 'in' ? `(${sql})` : `NOT coalesce(${sql}, false)`;
    }
  }
}

/** A definition as one condition over `contact c`, with every segment it refers to inlined. */
export function segmentCondition(definition: SegmentDefinition, context: CompileContext, selfId?: string): ContactCondition {
  return { sql: (param) => conditionSql(definition, context, param, selfId ? [selfId] : []) };
}

/** SQL over the segment table that is not plain entity CRUD. */
@Injectable()
export class SegmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Every segment's definition by id: segments are few (tens, hundreds), and inlining or a cycle check may need any of them. */
  async definitions(): Promise<Map<string, SegmentDefinition>> {
    const rows: { id: string; definition: SegmentDefinition }[] = await this.dataSource.query('SELECT id, definition FROM segment');
    return new Map(rows.map((r) => [r.id, r.definition]));
  }

  /** The ids among `ids` that name no segment. */
  async missing(ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows: { id: string }[] = await this.dataSource.query('SELECT id FROM segment WHERE id = ANY($1::uuid[])', [ids]);
    const found = new Set(rows.map((r) => r.id));
    return ids.filter((id) => !found.has(id));
  }

  /** Names of the segments whose definitions refer to `segmentId`. */
  async referencing(segmentId: string): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM segment
       WHERE id <> $1::uuid AND jsonb_path_exists(definition, '$.** ? (@.type == "segment" && @.segmentId == $id)', jsonb_build_object('id', $1::text))
       ORDER BY name`,
      [segmentId],
    );
    return rows.map((r) => r.name);
  }

  /** Names of the segments with a condition on this field (`cf.<key>` or `company.cf.<key>`). */
  async usingField(field: string): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT name FROM segment WHERE jsonb_path_exists(definition, '$.** ? (@.field == $field)', jsonb_build_object('field', $1::text)) ORDER BY name`,
      [field],
    );
    return rows.map((r) => r.name);
  }
}
