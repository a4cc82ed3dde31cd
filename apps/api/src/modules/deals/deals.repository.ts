import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { andScopeToOwner, Caller } from '../../common/access/access-policy';
import { currentApiKeyId } from '../../common/request-context';
import { queryRows } from '../../common/sql-rows';
import type { DealStatus } from './entities/deal.entity';

/**
 * Which deals count as closed (won or lost, by their status) in a period: a close date within the
 * period's days, both ends inclusive; a NULL bound leaves that end open. The deal figures here and
 * the dashboard's charts both use it, so a deal never counts as won in one and not in the other.
 * The arguments are SQL expressions: a column, and `date` parameters or literals.
 */
export function closedInPeriodSql(closeDate: string, from: string, to: string): string {
  return `(${from}::date IS NULL OR ${closeDate} >= ${from}::date) AND (${to}::date IS NULL OR ${closeDate} <= ${to}::date)`;
}

/** What a segment's deal condition asks: deals of the contact, narrowed by any of these. */
export interface DealQuery {
  op: 'has' | 'has_not';
  status?: string;
  pipelineId?: string;
  stageId?: string;
}

/** The condition over `contact c` that it has (or has no) deal matching `query`, for segments. */
export function dealCondition(query: DealQuery, param: (value: unknown) => string): string {
  const clauses = ['d.contact_id = c.id'];
  if (query.status) clauses.push(`d.status = ${param(query.status)}`);
  if (query.pipelineId) clauses.push(`d.pipeline_id = ${param(query.pipelineId)}::uuid`);
  if (query.stageId) clauses.push(`d.stage_id = ${param(query.stageId)}::uuid`);
  return `${query.op === 'has_not' ? 'NOT ' : ''}EXISTS (SELECT 1 FROM deal d WHERE ${clauses.join(' AND ')})`;
}

/** One entry of a deal's stage history; stage names fall back to the ones recorded when the stage is gone. */
export interface StageHistoryRow {
  id: string;
  fromStageId: string | null;
  fromName: string | null;
  toStageId: string | null;
  toName: string;
  changedById: string | null;
  apiKeyId: string | null;
  apiKeyName: string | null;
  changedAt: Date;
  /** When the next entry began; null for the latest. */
  leftAt: Date | null;
}

/** A deal moved by `moveAll`, with what its timeline entry and event need. */
export interface MovedDeal {
  id: string;
  contactId: string | null;
  title: string;
  value: string;
  currency: string;
  /** Its status before the move (a closing target stage closes it). */
  previousStatus: DealStatus;
}

/** The figures period: `from`/`to` are `YYYY-MM-DD` days or null for an open end. */
export interface DealFiguresScope {
  caller: Caller;
  pipelineId: string | null;
  from: string | null;
  to: string | null;
}

export interface DealSummaryRow {
  open: number;
  pipelineValue: string;
  weightedValue: string;
  won: number;
  lost: number;
  wonValue: string;
  averageDealSize: string;
  winRate: string;
}

export interface StageStaysRow {
  stageId: string;
  stageName: string;
  pipelineId: string;
  sortOrder: number;
  stays: number;
  averageSeconds: string | null;
}

/**
 * The raw SQL of `deal` and `deal_stage_history`. Methods taking a `manager` run inside the
 * caller's transaction (the locks of a move or a stage edit must cover them).
 */
@Injectable()
export class DealsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The deal's pipeline, read without locking the deal: its pipeline is locked before the deal. */
  async pipelineIdOf(manager: EntityManager, dealId: string): Promise<string | null> {
    const [row] = await manager.query(`SELECT pipeline_id AS "pipelineId" FROM deal WHERE id = $1`, [dealId]);
    return row?.pipelineId ?? null;
  }

  /** The position after the last deal of the stage. */
  async nextPosition(manager: EntityManager, stageId: string): Promise<number> {
    const [row] = await manager.query(`SELECT coalesce(max(position), -1) + 1 AS next FROM deal WHERE stage_id = $1`, [stageId]);
    return Number(row.next);
  }

  /** Numbers the deals of a column 0, 1, … in the order given, writing only the rows whose position changes. */
  async renumberColumn(manager: EntityManager, orderedIds: string[]): Promise<void> {
    await manager.query(
      `UPDATE deal AS d SET position = o.ord - 1
       FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, ord)
       WHERE d.id = o.id AND d.position <> o.ord - 1`,
      [orderedIds],
    );
  }

  async countInPipeline(manager: EntityManager, pipelineId: string): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM deal WHERE pipeline_id = $1`, [pipelineId]);
    return count;
  }

  async countInStage(manager: EntityManager, stageId: string): Promise<number> {
    const [{ count }] = await manager.query(`SELECT count(*)::int AS count FROM deal WHERE stage_id = $1`, [stageId]);
    return count;
  }

  /** The deal's stage history, oldest first, each entry with when the deal left that stage. */
  stageHistory(dealId: string): Promise<StageHistoryRow[]> {
    return this.dataSource.query(
      `SELECT h.id, h.from_stage_id AS "fromStageId", coalesce(fs.name, h.from_stage_name) AS "fromName",
              h.to_stage_id AS "toStageId", coalesce(ts.name, h.to_stage_name) AS "toName",
              h.changed_by_id AS "changedById", h.api_key_id AS "apiKeyId", k.name AS "apiKeyName", h.changed_at AS "changedAt",
              lead(h.changed_at) OVER (ORDER BY h.changed_at, h.id) AS "leftAt"
       FROM deal_stage_history h
       LEFT JOIN stage fs ON fs.id = h.from_stage_id
       LEFT JOIN stage ts ON ts.id = h.to_stage_id
       LEFT JOIN api_key k ON k.id = h.api_key_id
       WHERE h.deal_id = $1
       ORDER BY h.changed_at, h.id`,
      [dealId],
    );
  }

  /**
   * Moves every deal of stage `fromId` to the end of `toId` in their board order, in one statement.
   * `outcome` (the target's, null for a working stage) becomes the status of those that enter a
   * closing stage, with today as close date when the status changes.
   */
  moveAll(manager: EntityManager, fromId: string, toId: string, outcome: string | null): Promise<MovedDeal[]> {
    return queryRows<MovedDeal>(
      manager,
      `WITH top AS (SELECT coalesce(max(position), -1) AS position FROM deal WHERE stage_id = $2),
            moving AS (SELECT id, status AS previous, row_number() OVER (ORDER BY position, created_at, id) AS rn FROM deal WHERE stage_id = $1)
       UPDATE deal AS d
       SET stage_id = $2,
           position = top.position + moving.rn,
           stage_changed_at = now(),
           updated_at = now(),
           status = coalesce($3, d.status),
           close_date = CASE WHEN $3::varchar IS NOT NULL AND d.status <> $3 THEN current_date ELSE d.close_date END
       FROM top, moving
       WHERE d.id = moving.id
       RETURNING d.id, d.contact_id AS "contactId", d.title, d.value, d.currency, moving.previous AS "previousStatus"`,
      [fromId, toId, outcome],
    );
  }

  /** One history entry per deal of `dealIds`, all for the same stage change (and the request's API key, if any). */
  async insertHistory(
    manager: EntityManager,
    dealIds: string[],
    change: { pipelineId: string; fromStageId: string; toStageId: string; fromStageName: string; toStageName: string; changedById: string },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO deal_stage_history (deal_id, pipeline_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, changed_by_id, api_key_id)
       SELECT m.id, $2, $3, $4, $5, $6, $7, $8 FROM unnest($1::uuid[]) AS m(id)`,
      [dealIds, change.pipelineId, change.fromStageId, change.toStageId, change.fromStageName, change.toStageName, change.changedById, currentApiKeyId()],
    );
  }

  /** Open pipeline figures now and closed figures of the period, over the deals the caller may see. */
  async summary(scope: DealFiguresScope): Promise<DealSummaryRow> {
    const params: unknown[] = [scope.pipelineId, scope.from, scope.to];
    const [row] = await this.dataSource.query(
      `WITH scoped AS (
         SELECT d.status, d.value, s.probability,
                ${closedInPeriodSql('d.close_date', '$2', '$3')} AS in_period
         FROM deal d JOIN stage s ON s.id = d.stage_id
         WHERE ($1::uuid IS NULL OR d.pipeline_id = $1)${andScopeToOwner('d', scope.caller, params)}
       ), figures AS (
         SELECT count(*) FILTER (WHERE status = 'open')::int AS open,
                coalesce(sum(value) FILTER (WHERE status = 'open'), 0) AS "pipelineValue",
                coalesce(round(sum(value * probability) FILTER (WHERE status = 'open') / 100, 2), 0) AS "weightedValue",
                count(*) FILTER (WHERE status = 'won' AND in_period)::int AS won,
                count(*) FILTER (WHERE status = 'lost' AND in_period)::int AS lost,
                coalesce(sum(value) FILTER (WHERE status = 'won' AND in_period), 0) AS "wonValue",
                coalesce(round(avg(value) FILTER (WHERE status = 'won' AND in_period), 2), 0) AS "averageDealSize"
         FROM scoped
       )
       SELECT *, CASE WHEN won + lost = 0 THEN 0 ELSE round(won::numeric / (won + lost), 4) END AS "winRate" FROM figures`,
      params,
    );
    return row;
  }

  /**
   * Completed stays per working stage, from the stage history: a stay runs from entering a stage
   * to entering the next one, and counts in the period it began. Stays still running are left out.
   */
  stageStays(scope: DealFiguresScope): Promise<StageStaysRow[]> {
    const params: unknown[] = [scope.pipelineId, scope.from, scope.to];
    return this.dataSource.query(
      `WITH stays AS (
         SELECT h.to_stage_id, h.changed_at,
                lead(h.changed_at) OVER (PARTITION BY h.deal_id ORDER BY h.changed_at, h.id) AS left_at
         FROM deal_stage_history h JOIN deal d ON d.id = h.deal_id
         WHERE ($1::uuid IS NULL OR d.pipeline_id = $1)${andScopeToOwner('d', scope.caller, params)}
       )
       SELECT s.id AS "stageId", s.name AS "stageName", s.pipeline_id AS "pipelineId", s.sort_order AS "sortOrder",
              count(st.left_at)::int AS stays,
              avg(extract(epoch FROM st.left_at - st.changed_at)) AS "averageSeconds"
       FROM stage s
       JOIN pipeline p ON p.id = s.pipeline_id
       LEFT JOIN stays st ON st.to_stage_id = s.id AND st.left_at IS NOT NULL
            AND ($2::date IS NULL OR st.changed_at >= $2::date)
            AND ($3::date IS NULL OR st.changed_at < $3::date + 1)
       WHERE s.outcome IS NULL AND ($1::uuid IS NULL OR s.pipeline_id = $1)
       GROUP BY s.id, p.is_default, p.name
       ORDER BY p.is_default DESC, p.name, s.sort_order`,
      params,
    );
  }
}
