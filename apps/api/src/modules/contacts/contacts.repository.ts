import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, scopeToOwner } from '../../common/access/access-policy';
import { SortOrder } from '../../common/dto/pagination.dto';
import { escapeLike } from '../../common/sql';
import type { CustomValues } from '../fields/custom-field-rules';
import { ContactFilter, contactWhere } from './contact-query';
import { ContactStatus } from './entities/contact.entity';

/** A contact as the rest of the product reads it: its columns plus the names of its company and owner. */
export interface ContactView {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  companyId: string | null;
  companyName: string | null;
  status: ContactStatus;
  tags: string[];
  notes: string | null;
  assignedToId: string | null;
  assignedToName: string | null;
  assignedToEmail: string | null;
  /** Custom field values by key (fields module); a key is absent when the record holds no value. */
  customFields: CustomValues;
  createdAt: Date;
  updatedAt: Date;
}

/** Lists count exactly up to this many matches and estimate above it. */
const EXACT_COUNT_LIMIT = 10_000;
/**
 * A search counts exactly only this far: every trigram match is re-checked against its row, and
 * counting 10,000 of them cost ~10× more than 1,000 in bench/contacts-list, for a number nobody
 * reads exactly in a quick search.
 */
const EXACT_SEARCH_COUNT_LIMIT = 1_000;

/** API sort field → SQL; `id` breaks ties so pages never overlap. */
export const CONTACT_SORTS: Record<string, string> = {
  createdAt: 'c.created_at',
  updatedAt: 'c.updated_at',
  firstName: 'c.first_name',
  lastName: 'c.last_name',
  email: 'lower(c.email)',
  status: 'c.status',
  companyName: 'co.name',
};

/**
 * Only sorts on nullable columns get `NULLS LAST`: on a NOT NULL column it would stop the planner
 * from walking the btree backwards for a descending sort.
 */
const NULLABLE_SORTS = new Set(['co.name']);

/**
 * The contact view's columns, reading contacts from `source` (the table, or a CTE of matching contacts),
 * after `leadingColumns`. Aliased to the view's names, so a row is a ContactView as it comes.
 */
const selectView = (source: string, leadingColumns = '') => `
  SELECT ${leadingColumns} c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.email, c.phone,
         c.company_id AS "companyId", co.name AS "companyName", c.status, c.tags, c.notes,
         c.assigned_to_id AS "assignedToId", u.name AS "assignedToName", u.email AS "assignedToEmail",
         c.custom_fields AS "customFields", c.created_at AS "createdAt", c.updated_at AS "updatedAt"
  FROM ${source} c
  LEFT JOIN company co ON co.id = c.company_id
  LEFT JOIN app_user u ON u.id = c.assigned_to_id`;
const SELECT_VIEW = selectView('contact');

/**
 * Estimates above this many matches are trusted without counting, for filters of at most one
 * condition other than a search: the planner's statistics of a single column (status values, tag
 * frequencies, owners) are close, and only combinations of correlated conditions fool it.
 */
const TRUSTED_ESTIMATE = 100_000;

/**
 * Combined conditions are estimated from a block sample of this many rows instead (TABLESAMPLE
 * reads only those pages, a few milliseconds at a million contacts): unlike the planner, a sample
 * sees how correlated the conditions really are. Below SAMPLED_FROM_ROWS the exact count of up to
 * EXACT_COUNT_LIMIT matches reads so few rows that sampling would save nothing.
 */
const SAMPLE_ROWS = 20_000;
const SAMPLED_FROM_ROWS = 200_000;
/**
 * A sampled estimate is trusted only this far past the limit: the sample takes whole pages, and
 * contacts imported together (sharing a tag, a status) sit in the same pages, so its error is
 * wider than a row sample's and must not make a filter of fewer than EXACT_COUNT_LIMIT matches
 * lose its exact total.
 */
const SAMPLE_MARGIN = 3;

/** The hot queries of the contacts module, in SQL the planner can serve from the indexes. */
@Injectable()
export class ContactsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * One page and the total. Totals are exact up to EXACT_COUNT_LIMIT matches (EXACT_SEARCH_COUNT_LIMIT
   * with a search); beyond, the planner's estimate stands in (flagged), so a filter matching 900,000
   * contacts costs no more than one matching 20,000.
   *  - First, unless the estimate alone settles it, one statement takes the matches up to the limit
   *    and both counts and sorts them: when they are all there (the common case for a filter), that
   *    is the page and its exact total in one pass over the matches, never a walk of a sort index
   *    hoping to meet sparse matches (with correlated filters such a walk can cover the whole table
   *    to find none).
   *  - Past the limit, matches are dense enough for the sort index to fill a page at once.
   */
  async page(
    filter: ContactFilter,
    order: SortOrder,
    limit: number,
    offset: number,
  ): Promise<{ rows: ContactView[]; total: number; totalIsEstimate: boolean }> {
    const where = contactWhere(filter);
    const n = where.params.length;
    const searching = Boolean(filter.search?.trim());
    const exactLimit = searching ? EXACT_SEARCH_COUNT_LIMIT : EXACT_COUNT_LIMIT;
    const orderBy = `ORDER BY ${order.column} ${order.direction}${NULLABLE_SORTS.has(order.column) ? ' NULLS LAST' : ''}, c.id ${order.direction}`;
    const pageParams = [...where.params, limit, offset];

    const estimated = searching ? null : where.predicates > 1 ? await this.sampledEstimate(where) : await this.estimate(where);
    // Without any condition the estimate is the table's own row count, close enough past the limit.
    const trustedFrom = where.predicates === 0 ? exactLimit + 1 : where.predicates > 1 ? SAMPLE_MARGIN * exactLimit : TRUSTED_ESTIMATE;
    if (estimated === null || estimated < trustedFrom) {
      const rows: (ContactView & { total: number; position: string | null })[] = await this.dataSource.query(
        `WITH matching AS MATERIALIZED (SELECT * FROM contact c ${where.sql} LIMIT ${exactLimit + 1}),
              counted AS (SELECT count(*)::int AS total FROM matching),
              page AS (${selectView('matching', `row_number() OVER (${orderBy}) AS position,`)}
                       WHERE (SELECT total FROM counted) <= ${exactLimit} -- past the limit, the page comes from the sort index
                       ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2})
         SELECT counted.total, page.* FROM counted LEFT JOIN page ON true ORDER BY page.position`,
        pageParams,
      );
      const matched = rows[0]?.total ?? 0;
      if (matched <= exactLimit) {
        const views = rows.filter((row) => row.position !== null).map(({ total, position, ...view }) => view);
        return { rows: views, total: matched, totalIsEstimate: false };
      }
    }
    const [rows, estimate] = await Promise.all([
      this.dataSource.query(`${SELECT_VIEW} ${where.sql} ${orderBy} LIMIT $${n + 1} OFFSET $${n + 2}`, pageParams) as Promise<ContactView[]>,
      estimated ?? this.estimate(where),
    ]);
    // A short page is the end of the matches: the total is known after all (an estimate that was far off).
    if (rows.length < limit && (rows.length > 0 || offset === 0)) return { rows, total: offset + rows.length, totalIsEstimate: false };
    return { rows, total: Math.max(estimate, exactLimit + 1), totalIsEstimate: true };
  }

  /** The planner's estimate of how many contacts match (about a millisecond, no rows read). */
  private async estimate(where: { sql: string; params: unknown[] }): Promise<number> {
    const [{ 'QUERY PLAN': plan }] = await this.dataSource.query(`EXPLAIN (FORMAT JSON) SELECT 1 FROM contact c ${where.sql}`, where.params);
    return Math.round(Number(plan[0]?.Plan?.['Plan Rows'] ?? 0));
  }

  /**
   * How many contacts match, scaled up from a block sample of the table, or null when the table is
   * small enough to count exactly or the sample met no match.
   */
  private async sampledEstimate(where: { sql: string; params: unknown[] }): Promise<number | null> {
    const [{ rows }] = await this.dataSource.query(`SELECT reltuples::float8 AS rows FROM pg_class WHERE oid = 'contact'::regclass`);
    if (rows < SAMPLED_FROM_ROWS) return null;
    const percent = Math.min(100, (100 * SAMPLE_ROWS) / rows);
    const [{ matched }] = await this.dataSource.query(
      `SELECT count(*)::float8 AS matched FROM contact c TABLESAMPLE SYSTEM (${percent.toFixed(4)}) ${where.sql}`,
      where.params,
    );
    return matched > 0 ? Math.round((matched * 100) / percent) : null;
  }

  /** Exact count, whatever it costs (for counts shown as exact facts, e.g. a company's contacts). */
  async count(filter: ContactFilter): Promise<number> {
    const where = contactWhere(filter);
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM contact c ${where.sql}`, where.params);
    return count;
  }

  /**
   * Any `size` matching contacts, sorted by name. No ORDER BY while finding them: the scan stops at
   * the first matches, where walking a sort index for a rare condition could read the whole table.
   */
  async sample(filter: ContactFilter, size: number): Promise<ContactView[]> {
    const where = contactWhere(filter);
    return this.dataSource.query(
      `WITH matching AS MATERIALIZED (SELECT * FROM contact c ${where.sql} LIMIT $${where.params.length + 1})
       ${selectView('matching')} ORDER BY c.last_name, c.first_name, c.id`,
      [...where.params, size],
    );
  }

  async findViews(ids: string[], manager?: EntityManager): Promise<ContactView[]> {
    if (ids.length === 0) return [];
    const rows: ContactView[] = await (manager ?? this.dataSource.manager).query(`${SELECT_VIEW} WHERE c.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async findView(id: string, manager?: EntityManager): Promise<ContactView | null> {
    const [view] = await this.findViews([id], manager);
    return view ?? null;
  }

  /** The contact holding this email in any case, optionally ignoring one contact (the one being edited). `manager`: inside the caller's transaction. */
  async findByEmail(email: string, exceptId?: string, manager?: EntityManager): Promise<ContactView | null> {
    const rows: ContactView[] = await (manager ?? this.dataSource.manager).query(
      `${SELECT_VIEW} WHERE lower(c.email) = lower($1) ${exceptId ? 'AND c.id <> $2' : ''}`,
      exceptId ? [email, exceptId] : [email],
    );
    return rows[0] ?? null;
  }

  /**
   * Walks every matching contact in creation order, `batchSize` at a time, by keyset (never OFFSET),
   * so an export of a million rows holds one batch in memory and each query stays index-served.
   */
  async *iterate(filter: ContactFilter, batchSize = 1000): AsyncGenerator<ContactView[]> {
    // The cursor keeps created_at as PostgreSQL's text: a Date drops its microseconds, and the last
    // row of a batch (and every row created in that same instant) would then come again, forever
    // when a thousand share it, as the rows of one import batch do.
    let after: { createdAt: string; id: string } | null = null;
    for (;;) {
      const where = contactWhere(filter);
      const n = where.params.length;
      const params = [...where.params];
      let keyset = '';
      if (after) {
        keyset = `${where.sql ? 'AND' : 'WHERE'} (c.created_at, c.id) > ($${n + 1}, $${n + 2})`;
        params.push(after.createdAt, after.id);
      }
      params.push(batchSize);
      const rows: (ContactView & { cursor: string })[] = await this.dataSource.query(
        `${selectView('contact', 'c.created_at::text AS cursor,')} ${where.sql} ${keyset} ORDER BY c.created_at, c.id LIMIT $${params.length}`,
        params,
      );
      if (rows.length === 0) return;
      yield rows.map(({ cursor: _, ...view }) => view);
      if (rows.length < batchSize) return;
      const last = rows[rows.length - 1];
      after = { createdAt: last.cursor, id: last.id };
    }
  }

  /** Distinct tags with how many (visible) contacts hold each, most used first. */
  async tagCounts(caller: Caller, prefix: string | undefined, limit: number): Promise<{ tag: string; count: number }[]> {
    const params: unknown[] = [];
    const clauses: string[] = [];
    const scope = scopeToOwner('c', caller, params);
    if (scope) clauses.push(scope);
    if (prefix) {
      params.push(`${escapeLike(prefix.toLowerCase())}%`);
      clauses.push(`t.tag LIKE $${params.length}`);
    }
    params.push(limit);
    return this.dataSource.query(
      `SELECT t.tag, count(*)::int AS count
       FROM contact c CROSS JOIN LATERAL unnest(c.tags) AS t(tag)
       ${clauses.length ? `WHERE ${clauses.join(' AND ')}` : ''}
       GROUP BY t.tag ORDER BY count(*) DESC, t.tag LIMIT $${params.length}`,
      params,
    );
  }
}
