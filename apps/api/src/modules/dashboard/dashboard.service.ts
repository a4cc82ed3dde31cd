import { Injectable, NotFoundException } from '@nestjs/common';
import { AuthUser } from '../../common/decorators/auth.decorators';
import { WorkflowStatsService } from '../automations/workflow-stats.service';
import { DealsStatsService } from '../deals/deals-stats.service';
import { PipelinesService } from '../deals/pipelines.service';
import { bucketStarts, checkInterval, money, resolveRange } from './date-range';
import { DashboardRepository } from './dashboard.repository';
import { DashboardDto } from './dto/dashboard.dto';
import { DashboardQueryDto, PipelineBreakdownQueryDto, TimeSeriesQueryDto } from './dto/dashboard-query.dto';
import { PipelineBreakdownDto } from './dto/pipeline-breakdown.dto';
import { TimeSeriesDto } from './dto/time-series.dto';

const TOP_CAMPAIGNS = 5;
const RECENT_ACTIVITY = 10;

/** Aggregated rows by key; a key with no row (a bucket or stage with nothing in it) gives undefined. */
function lookup<T>(rows: T[], key: (row: T) => string): (k: string) => T | undefined {
  const map = new Map(rows.map((row) => [key(row), row]));
  return (k) => map.get(k);
}

const byBucket = <T extends { bucket: string }>(rows: T[]) => lookup(rows, (row) => row.bucket);

/**
 * Assembles the dashboard from aggregates: the deals and automations modules' stats services for
 * their figures, the dashboard repository's SQL for contacts and emails (no module exports those).
 * A member's figures cover only their own contacts and deals, and the emails and workflow runs of
 * those contacts; managers and admins see everything.
 */
@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly dealStats: DealsStatsService,
    private readonly pipelines: PipelinesService,
    private readonly workflowStats: WorkflowStatsService,
  ) {}

  async summary(user: AuthUser, query: DashboardQueryDto): Promise<DashboardDto> {
    const range = resolveRange(query);
    const [contacts, deals, emails, workflows] = await Promise.all([
      this.repository.contactFigures(user, range),
      this.dealStats.summary({ caller: user, from: range.from, to: range.to }),
      this.repository.emailFigures(user, range, TOP_CAMPAIGNS),
      this.workflowStats.getStats({ caller: user, recentLimit: RECENT_ACTIVITY }),
    ]);
    return {
      contacts: {
        total: Object.values(contacts.byStatus).reduce((sum, n) => sum + n, 0),
        byStatus: contacts.byStatus,
        companies: contacts.companies,
        newThisMonth: contacts.newInRange,
      },
      deals: {
        open: deals.open,
        pipelineValue: deals.pipelineValue,
        averageDealSize: deals.averageDealSize,
        winRate: deals.winRate,
      },
      emails: {
        sentThisMonth: emails.sent,
        campaigns: emails.campaigns,
        averageOpenRate: Number(emails.averageOpenRate),
        averageClickRate: Number(emails.averageClickRate),
        topCampaigns: emails.topCampaigns.map((c) => ({ ...c, openRate: Number(c.openRate), clickRate: Number(c.clickRate) })),
      },
      workflows,
    };
  }

  async timeSeries(user: AuthUser, query: TimeSeriesQueryDto): Promise<TimeSeriesDto> {
    const range = resolveRange(query);
    checkInterval(range, query.interval);
    const [contacts, emails, won] = await Promise.all([
      this.repository.contactsCreatedSeries(user, range, query.interval).then(byBucket),
      this.repository.emailSeries(user, range, query.interval).then(byBucket),
      this.repository.dealsWonSeries(user, range, query.interval).then(byBucket),
    ]);
    return {
      interval: query.interval,
      from: range.from,
      to: range.to,
      points: bucketStarts(range, query.interval).map((date) => ({
        date,
        contactsCreated: contacts(date)?.n ?? 0,
        emailsSent: emails(date)?.sent ?? 0,
        emailsOpened: emails(date)?.opened ?? 0,
        emailsClicked: emails(date)?.clicked ?? 0,
        dealsWon: won(date)?.n ?? 0,
        dealsWonValue: money(won(date)?.value ?? 0),
      })),
    };
  }

  async pipeline(user: AuthUser, query: PipelineBreakdownQueryDto): Promise<PipelineBreakdownDto> {
    const range = resolveRange(query);
    const found = query.pipelineId ? await this.pipelines.get(query.pipelineId) : await this.pipelines.getDefault();
    if (!found) throw new NotFoundException('There is no pipeline yet');
    const { pipeline, stages } = found;
    const filter = { caller: user, pipelineId: pipeline.id, from: range.from, to: range.to };
    const [totals, summary, durations] = await Promise.all([
      this.repository.stageTotals(pipeline.id, user, range),
      this.dealStats.summary(filter),
      this.dealStats.timeInStages(filter),
    ]);
    const totalOf = lookup(totals, (t) => t.stageId);
    const durationOf = lookup(durations, (d) => d.stageId);
    return {
      pipelineId: pipeline.id,
      pipelineName: pipeline.name,
      from: range.from,
      to: range.to,
      stages: stages.map((stage) => ({
        id: stage.id,
        name: stage.name,
        order: stage.order,
        probability: stage.probability,
        outcome: stage.outcome,
        count: totalOf(stage.id)?.count ?? 0,
        value: money(totalOf(stage.id)?.value ?? 0),
        averageSecondsInStage: durationOf(stage.id)?.averageSeconds ?? null,
        completedStays: durationOf(stage.id)?.stays ?? 0,
      })),
      openDeals: summary.open,
      pipelineValue: summary.pipelineValue,
      weightedPipelineValue: summary.weightedPipelineValue,
      winRate: summary.winRate,
      averageDealSize: summary.averageDealSize,
    };
  }
}
