import { Injectable } from '@nestjs/common';
import { Caller } from '../../common/access/access-policy';
import { DealFiguresScope, DealsRepository } from './deals.repository';

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

function scope(filter: DealStatsFilter): DealFiguresScope {
  return { caller: filter.caller, pipelineId: filter.pipelineId ?? null, from: day(filter.from), to: day(filter.to) };
}

/**
 * Deal figures for dashboards, computed in SQL. Money sums add values as stored, whatever their
 * currency: Corral reports in one currency and converts nothing.
 */
@Injectable()
export class DealsStatsService {
  constructor(private readonly deals: DealsRepository) {}

  async summary(filter: DealStatsFilter): Promise<DealSummaryStats> {
    const row = await this.deals.summary(scope(filter));
    return {
      open: row.open,
      pipelineValue: Number(row.pipelineValue),
      weightedPipelineValue: Number(row.weightedValue),
      won: row.won,
      lost: row.lost,
      wonValue: Number(row.wonValue),
      averageDealSize: Number(row.averageDealSize),
      winRate: Number(row.winRate),
    };
  }

  /**
   * Average time deals spent in each working stage, from the stage history: a stay runs from
   * entering a stage to entering the next one. Stays still running are left out.
   */
  async timeInStages(filter: DealStatsFilter): Promise<StageDurationStats[]> {
    const rows = await this.deals.stageStays(scope(filter));
    return rows.map((row) => ({
      stageId: row.stageId,
      stageName: row.stageName,
      pipelineId: row.pipelineId,
      order: row.sortOrder,
      stays: row.stays,
      averageSeconds: row.averageSeconds === null ? null : Math.round(Number(row.averageSeconds)),
    }));
  }
}
