import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { andScopeToOwner, Caller } from '../../common/access/access-policy';

/** Who and what the figures cover. */
export interface DealStatsFilter {
  /** Whose deals count: the access policy narrows a member to their own. */
  caller: Caller;
  pipelineId?: string;
  /** First day (inclusive) of the period, `YYYY-MM-DD` or a Date (its UTC day). */
  from?: string | Date;
  /** Last day (inclusive) of the period. */
  to?: string | Date;
}

export interface DealSummaryStats {
  /** Open deals now (not limited by the period). */
  open: number;
  /** Sum of open deals' values now. */
  pipelineValue: number;
  /** Sum of open deals' value × stage probability / 100. */
  weightedPipelineValue: number;
  /** Deals won / lost with a close date in the period. */
  won: number;
  lost: number;
  wonValue: number;
  /** Average value of the deals won in the period; 0 when none. */
  averageDealSize: number;
  /** won / (won + lost) in the period, 0–1 with four decimals; 0 when nothing closed. */
  winRate: number;
}

export interface StageDurationStats {
  stageId: string;
  stageName: string;
  pipelineId: string;
  order: number;
  /** Completed stays (entered, then left) that began in the period. */
  stays: number;
  /** Average seconds of those stays; null when there are none. */
  averageSeconds: number | null;
}

function day(value: string | Date | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}

/**
 * Which deals count as closed (won or lost, by their status) in a period: a close date within the
 * period's days, both ends inclusive; a NULL bound leaves that end open. The deal figures here and
 * the dashboard's charts both use it, so a deal never counts as won in one and not in the other.
 * The arguments are SQL expressions: a column, and `date` parameters or literals.
 */
export function closedInPeriodSql(closeDate: string, from: string, to: string): string {
  return `(${from}::date IS NULL OR ${closeDate} >= ${from}::date) AND (${to}::date IS NULL OR ${closeDate} <= ${to}::date)`;
}

/**
 * Deal figures for dashboards, computed in SQL. Money sums add values as stored, whatever their
 * currency: Corral reports in one currency and converts nothing.
 */
@Injectable()
export class DealsStatsService {
  constructor(private readonly dataSource: DataSource) {}

  async summary(filter: DealStatsFilter): Promise<DealSummaryStats> {
    const params: unknown[] = [filter.pipelineId ?? null, day(filter.from), day(filter.to)];
    const [row] = await this.dataSource.query(
      `WITH scoped AS (
         SELECT d.status, d.value, s.probability,
                ${closedInPeriodSql('d.close_date', '$2', '$3')} AS in_period
         FROM deal d JOIN stage s ON s.id = d.stage_id
         WHERE ($1::uuid IS NULL OR d.pipeline_id = $1)${andScopeToOwner('d', filter.caller, params)}
       ), figures AS (
         SELECT count(*) FILTER (WHERE status = 'open')::int AS open,
                coalesce(sum(value) FILTER (WHERE status = 'open'), 0) AS pipeline_value,
                coalesce(round(sum(value * probability) FILTER (WHERE status = 'open') / 100, 2), 0) AS weighted_value,
                count(*) FILTER (WHERE status = 'won' AND in_period)::int AS won,
                count(*) FILTER (WHERE status = 'lost' AND in_period)::int AS lost,
                coalesce(sum(value) FILTER (WHERE status = 'won' AND in_period), 0) AS won_value,
                coalesce(round(avg(value) FILTER (WHERE status = 'won' AND in_period), 2), 0) AS average_deal_size
         FROM scoped
       )
       SELECT *, CASE WHEN won + lost = 0 THEN 0 ELSE round(won::numeric / (won + lost), 4) END AS win_rate FROM figures`,
      params,
    );
    return {
      open: row.open,
      pipelineValue: Number(row.pipeline_value),
      weightedPipelineValue: Number(row.weighted_value),
      won: row.won,
      lost: row.lost,
      wonValue: Number(row.won_value),
      averageDealSize: Number(row.average_deal_size),
      winRate: Number(row.win_rate),
    };
  }

  /**
   * Average time deals spent in each working stage, from the stage history: a stay runs from
   * entering a stage to entering the next one. Stays still running are left out.
   */
  async timeInStages(filter: DealStatsFilter): Promise<StageDurationStats[]> {
    const params: unknown[] = [filter.pipelineId ?? null, day(filter.from), day(filter.to)];
    const rows: { stage_id: string; stage_name: string; pipeline_id: string; sort_order: number; stays: number; average_seconds: string | null }[] =
      await this.dataSource.query(
        `WITH stays AS (
           SELECT h.to_stage_id, h.changed_at,
                  lead(h.changed_at) OVER (PARTITION BY h.deal_id ORDER BY h.changed_at, h.id) AS left_at
           FROM deal_stage_history h JOIN deal d ON d.id = h.deal_id
           WHERE ($1::uuid IS NULL OR d.pipeline_id = $1)${andScopeToOwner('d', filter.caller, params)}
         )
         SELECT s.id AS stage_id, s.name AS stage_name, s.pipeline_id, s.sort_order,
                count(st.left_at)::int AS stays,
                avg(extract(epoch FROM st.left_at - st.changed_at)) AS average_seconds
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
    return rows.map((row) => ({
      stageId: row.stage_id,
      stageName: row.stage_name,
      pipelineId: row.pipeline_id,
      order: row.sort_order,
      stays: row.stays,
      averageSeconds: row.average_seconds === null ? null : Math.round(Number(row.average_seconds)),
    }));
  }
}
