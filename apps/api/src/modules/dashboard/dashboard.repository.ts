import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { andScopeToOwner, Caller, scopeToOwner, seesEverything, whereScopeToOwner } from '../../common/access/access-policy';
import { CONTACT_STATUSES, ContactStatus } from '../contacts/entities/contact.entity';
import { closedInPeriodSql } from '../deals/deals.repository';
import { DateRange, Interval } from './date-range';

/**
 * SQL naming the bucket (its first day, YYYY-MM-DD) of a `timestamp` expression: pass
 * `col AT TIME ZONE 'UTC'` for a timestamptz column, so buckets are UTC days whatever the
 * session's time zone.
 */
function bucketSql(interval: Interval, timestamp: string): string {
  return `to_char(date_trunc('${interval}', ${timestamp}), 'YYYY-MM-DD')`;
}

export interface StageTotal {
  stageId: string;
  count: number;
  value: string;
}

export interface BucketCount {
  bucket: string;
  n: number;
  /** Money summed in the bucket, where the series has one. */
  value?: string;
}

export interface ContactFigures {
  byStatus: Record<ContactStatus, number>;
  companies: number;
  newInRange: number;
}

export interface CampaignRow {
  id: string;
  name: string;
  status: string;
  sent: number;
  opened: number;
  clicked: number;
  openRate: string;
  clickRate: string;
}

export interface EmailFigures {
  sent: number;
  campaigns: number;
  averageOpenRate: string;
  averageClickRate: string;
  topCampaigns: CampaignRow[];
}

export interface EmailBucketCount {
  bucket: string;
  sent: number;
  opened: number;
  clicked: number;
}

/** Joins the email logs `l` to their contacts when the caller sees only some contacts' emails. */
function logsOfVisibleContacts(caller: Caller, params: unknown[]): string {
  const scope = scopeToOwner('c', caller, params);
  return scope ? ` JOIN contact c ON c.id = l.contact_id AND ${scope}` : '';
}

/**
 * The dashboard's read-only aggregates that no module's stats service offers (contact figures,
 * email figures over a range and for a member, the chart series, per-stage totals), in SQL: one
 * aggregate per figure, never rows pulled into Node. The access policy narrows each figure to the
 * caller's contacts and deals, and to the emails of those contacts.
 */
@Injectable()
export class DashboardRepository {
  constructor(private readonly dataSource: DataSource) {}

  async contactFigures(caller: Caller, range: DateRange): Promise<ContactFigures> {
    const ownerParams: unknown[] = [];
    const owner = whereScopeToOwner('', caller, ownerParams);
    const newParams: unknown[] = [range.start, range.end];
    const [statusRows, companyRows, newRows] = await Promise.all([
      this.dataSource.query(`SELECT status, count(*)::int AS n FROM contact${owner} GROUP BY status`, ownerParams),
      // A member owns no companies; theirs are the companies their contacts work for.
      seesEverything(caller)
        ? this.dataSource.query(`SELECT count(*)::int AS n FROM company`)
        : this.dataSource.query(`SELECT count(DISTINCT company_id)::int AS n FROM contact${owner}`, ownerParams),
      this.dataSource.query(
        `SELECT count(*)::int AS n FROM contact WHERE created_at >= $1 AND created_at < $2${andScopeToOwner('', caller, newParams)}`,
        newParams,
      ),
    ]);
    const byStatus = Object.fromEntries(CONTACT_STATUSES.map((s) => [s, 0])) as Record<ContactStatus, number>;
    for (const row of statusRows as { status: ContactStatus; n: number }[]) byStatus[row.status] = row.n;
    return { byStatus, companies: companyRows[0].n, newInRange: newRows[0].n };
  }

  /**
   * Email figures over the logs sent in the range (sent, delivered or bounced: `sent_at` is set when
   * the SMTP server accepted the message). Opened and clicked count unique logs; a campaign's rates
   * are fractions of its sent; averages are over the campaigns that sent in the range.
   */
  async emailFigures(caller: Caller, range: DateRange, top: number): Promise<EmailFigures> {
    const params: unknown[] = [range.start, range.end, top];
    const [row] = await this.dataSource.query(
      `WITH per_campaign AS (
         SELECT l.campaign_id, count(*)::int AS sent, count(l.opened_at)::int AS opened, count(l.clicked_at)::int AS clicked
           FROM email_log l${logsOfVisibleContacts(caller, params)}
          WHERE l.sent_at >= $1 AND l.sent_at < $2
          GROUP BY l.campaign_id
       ), campaigns AS (
         SELECT p.*, round(p.opened::numeric / p.sent, 4) AS open_rate, round(p.clicked::numeric / p.sent, 4) AS click_rate
           FROM per_campaign p WHERE p.campaign_id IS NOT NULL
       )
       SELECT (SELECT coalesce(sum(sent), 0)::int FROM per_campaign) AS sent,
              (SELECT count(*)::int FROM campaigns) AS campaigns,
              (SELECT coalesce(round(avg(open_rate), 4), 0) FROM campaigns) AS "averageOpenRate",
              (SELECT coalesce(round(avg(click_rate), 4), 0) FROM campaigns) AS "averageClickRate",
              (SELECT coalesce(json_agg(t), '[]') FROM (
                 SELECT c.id, c.name, c.status, p.sent, p.opened, p.clicked, p.open_rate AS "openRate", p.click_rate AS "clickRate"
                   FROM campaigns p JOIN campaign c ON c.id = p.campaign_id
                  ORDER BY p.open_rate DESC, p.sent DESC, c.name, c.id
                  LIMIT $3) t) AS "topCampaigns"`,
      params,
    );
    return row;
  }

  /** Per bucket of sending: emails sent, and how many of those have been opened and clicked. */
  emailSeries(caller: Caller, range: DateRange, interval: Interval): Promise<EmailBucketCount[]> {
    const params: unknown[] = [range.start, range.end];
    return this.dataSource.query(
      `SELECT ${bucketSql(interval, `l.sent_at AT TIME ZONE 'UTC'`)} AS bucket, count(*)::int AS sent,
              count(l.opened_at)::int AS opened, count(l.clicked_at)::int AS clicked
         FROM email_log l${logsOfVisibleContacts(caller, params)}
        WHERE l.sent_at >= $1 AND l.sent_at < $2
        GROUP BY 1`,
      params,
    );
  }

  /** Contacts created per bucket of the range. */
  contactsCreatedSeries(caller: Caller, range: DateRange, interval: Interval): Promise<BucketCount[]> {
    const params: unknown[] = [range.start, range.end];
    return this.dataSource.query(
      `SELECT ${bucketSql(interval, `created_at AT TIME ZONE 'UTC'`)} AS bucket, count(*)::int AS n
         FROM contact
        WHERE created_at >= $1 AND created_at < $2${andScopeToOwner('', caller, params)}
        GROUP BY 1`,
      params,
    );
  }

  /** Deals won per bucket of their close date, with their summed value. */
  dealsWonSeries(caller: Caller, range: DateRange, interval: Interval): Promise<BucketCount[]> {
    const params: unknown[] = [range.from, range.to];
    return this.dataSource.query(
      `SELECT ${bucketSql(interval, 'close_date::timestamp')} AS bucket, count(*)::int AS n, sum(value) AS value
         FROM deal
        WHERE status = 'won' AND ${closedInPeriodSql('close_date', '$1', '$2')}${andScopeToOwner('', caller, params)}
        GROUP BY 1`,
      params,
    );
  }

  /**
   * Count and value of a pipeline's deals per stage: what sits in each working stage now, and in
   * the won and lost stages what closed in the range (all-time closed deals would drown the rest).
   */
  stageTotals(pipelineId: string, caller: Caller, range: DateRange): Promise<StageTotal[]> {
    const params: unknown[] = [pipelineId, range.from, range.to];
    return this.dataSource.query(
      `SELECT stage_id AS "stageId", count(*)::int AS count, sum(value) AS value
         FROM deal
        WHERE pipeline_id = $1 AND (status = 'open' OR (${closedInPeriodSql('close_date', '$2', '$3')}))${andScopeToOwner('', caller, params)}
        GROUP BY stage_id`,
      params,
    );
  }
}
