import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Caller, scopeToOwner } from '../../../common/access/access-policy';
import { escapeLike } from '../../../common/sql';
import { ContactCondition, contactWhere } from '../../contacts/contact-query';
import { ContactStatus } from '../../contacts/entities/contact.entity';
import { Campaign, SegmentFilter, TemplateSnapshot } from '../entities/campaign.entity';
import { queryRows } from '../../../common/sql-rows';
import { addressSuppressedSql } from '../suppressions/suppressed.sql';

/** Who a campaign aims at: its quick filter, the union of its segments and the segments it excludes, and its topic. */
export interface AudienceSpec {
  filter: SegmentFilter;
  include?: ContactCondition;
  exclude?: ContactCondition;
  topic?: { id: string; requiresOptIn: boolean };
}

/** Why a contact the campaign reaches is skipped. */
export const SKIP_REASONS = ['excluded_segment', 'unsubscribed_topic', 'suppressed', 'archived'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * A campaign's audience in two parts over `contact c`: `reached`, the contacts its filter and
 * segments select (the contacts module's one filter), and the skip tests of this module (excluded
 * segments, suppressed addresses, archived contacts). `audience` is reached less skipped, written as
 * plain conjunctions for the planner; `reason` names the first skip test a reached contact fails.
 */
export function audienceWhere(spec: AudienceSpec, firstParam: number): { audience: string; reached: string; reason: string; params: unknown[] } {
  const { filter } = spec;
  const statuses = filter.status === undefined ? [] : Array.isArray(filter.status) ? filter.status : [filter.status];
  const tags = filter.tags?.length ? filter.tags : undefined;
  const where = contactWhere(
    {
      statuses: statuses as ContactStatus[],
      tags: filter.tagMatch === 'all' ? tags : undefined,
      anyTags: filter.tagMatch === 'all' ? undefined : tags,
      companyId: filter.companyId,
      assignedToId: filter.assignedToId || undefined,
      condition: spec.include,
    },
    firstParam,
  );
  const params = where.params;
  const param = (value: unknown) => {
    params.push(value);
    return `$${firstParam + params.length - 1}`;
  };
  const excluded = spec.exclude ? `coalesce((${spec.exclude.sql(param)}), false)` : null;
  // No row is the topic's default: in for an opt-out topic, out for one that requires opt-in.
  const outOfTopic = spec.topic
    ? spec.topic.requiresOptIn
      ? `NOT EXISTS (SELECT 1 FROM contact_subscription cs WHERE cs.contact_id = c.id AND cs.topic_id = ${param(spec.topic.id)} AND cs.status = 'subscribed')`
      : `EXISTS (SELECT 1 FROM contact_subscription cs WHERE cs.contact_id = c.id AND cs.topic_id = ${param(spec.topic.id)} AND cs.status = 'unsubscribed')`
    : null;
  const suppressed = addressSuppressedSql('c.email');
  const archived = `c.status = 'archived'`;
  const skips: [string, SkipReason][] = [
    ...(excluded ? [[excluded, 'excluded_segment'] as [string, SkipReason]] : []),
    ...(outOfTopic ? [[outOfTopic, 'unsubscribed_topic'] as [string, SkipReason]] : []),
    [suppressed, 'suppressed'],
    [archived, 'archived'],
  ];
  return {
    reached: where.conditions,
    audience: `${where.conditions} AND ${skips.map(([test]) => `NOT ${test}`).join(' AND ')}`,
    reason: `CASE ${skips.map(([test, reason]) => `WHEN ${test} THEN '${reason}'`).join(' ')} END`,
    params,
  };
}

/** Why an address is or is not in a campaign's audience, as far as the database knows. */
export interface ExplainRow {
  contactId: string | null;
  reached: boolean;
  /** The live skip reason (null when the contact would be sent to). */
  reason: SkipReason | null;
  logStatus: string | null;
  skipReason: SkipReason | null;
}

export interface StatsRow {
  campaign_id: string;
  recipients: number;
  pending: number;
  sent: number;
  failed: number;
  bounced: number;
  opened: number;
  clicked: number;
  unsubscribed: number;
}

export interface LogRow {
  id: string;
  campaign_id: string | null;
  campaign_name: string | null;
  contact_id: string;
  contact_name: string;
  template_id: string | null;
  to_email: string;
  status: string;
  rendered_subject: string | null;
  error_message: string | null;
  sent_at: Date | null;
  opened_at: Date | null;
  clicked_at: Date | null;
  open_count: number;
  click_count: number;
  clicked_links: string[];
  unsubscribed_at: Date | null;
  created_at: Date;
}

/** What a send job reads of its campaign, before it starts and whenever it runs out of due emails. */
export interface CampaignSendState {
  status: string;
  /** The audience is fully expanded into email logs. */
  expanded: boolean;
  templateSnapshot: TemplateSnapshot | null;
  startedAt: Date | null;
  trackOpens: boolean;
  trackClicks: boolean;
}

const EXPANSION_BATCH = 2000;

/** Set-based SQL over contacts and email logs: audiences, expansion, counters, reports. */
@Injectable()
export class CampaignsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Contacts the campaign would send to now, and those its filter and segments reach but it would skip. */
  async audienceCount(spec: AudienceSpec): Promise<{ count: number; excluded: number }> {
    const where = audienceWhere(spec, 1);
    const [row] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE ${where.audience})::int AS count, count(*) FILTER (WHERE NOT (${where.audience}))::int AS excluded
       FROM contact c WHERE ${where.reached}`,
      where.params,
    );
    return { count: row.count, excluded: row.excluded };
  }

  /**
   * What the database says of `email` for a campaign: whether its contact is reached and would be
   * skipped now, and what the frozen audience recorded (its email log, or its skip). `visibleTo`
   * hides contacts the caller may not see (answered as no contact).
   */
  async explain(campaignId: string, email: string, spec: AudienceSpec, visibleTo: Caller): Promise<ExplainRow> {
    const where = audienceWhere(spec, 3);
    const params: unknown[] = [campaignId, email, ...where.params];
    const scope = scopeToOwner('c', visibleTo, params);
    const [row] = await this.dataSource.query(
      `SELECT c.id AS "contactId", (${where.reached}) AS reached, ${where.reason} AS reason,
              (SELECT l.status FROM email_log l WHERE l.campaign_id = $1 AND l.contact_id = c.id) AS "logStatus",
              (SELECT k.reason FROM campaign_skip k WHERE k.campaign_id = $1 AND k.contact_id = c.id) AS "skipReason"
       FROM contact c WHERE lower(c.email) = lower($2)${scope ? ` AND ${scope}` : ''}`,
      params,
    );
    return row ?? { contactId: null, reached: false, reason: null, logStatus: null, skipReason: null };
  }

  /** Null when the campaign does not exist. */
  async findSendState(campaignId: string): Promise<CampaignSendState | null> {
    const [row]: CampaignSendState[] = await this.dataSource.query(
      `SELECT status, audience_expanded_at IS NOT NULL AS expanded, template_snapshot AS "templateSnapshot", started_at AS "startedAt",
              track_opens AS "trackOpens", track_clicks AS "trackClicks"
       FROM campaign WHERE id = $1`,
      [campaignId],
    );
    return row ?? null;
  }

  /** The audience definition the expansion reads; null when the campaign does not exist. */
  async findAudienceSource(campaignId: string): Promise<Pick<Campaign, 'segmentFilter' | 'segmentIds' | 'excludeSegmentIds' | 'topicId'> | null> {
    const [row]: Pick<Campaign, 'segmentFilter' | 'segmentIds' | 'excludeSegmentIds' | 'topicId'>[] = await this.dataSource.query(
      `SELECT segment_filter AS "segmentFilter", segment_ids AS "segmentIds", exclude_segment_ids AS "excludeSegmentIds", topic_id AS "topicId" FROM campaign WHERE id = $1`,
      [campaignId],
    );
    return row ?? null;
  }

  /**
   * Adds the next batch of the audience as pending email logs and moves the cursor, in one
   * statement: a crash between batches loses nothing, and a re-run inserts nothing twice
   * (ON CONFLICT on (campaign, contact)). Each reached contact the campaign skips is recorded with
   * its reason in campaign_skip by the same statement. Returns false once the audience is fully expanded.
   */
  async expandBatch(campaignId: string, spec: AudienceSpec): Promise<{ more: boolean; inserted: number; skipped: number }> {
    const where = audienceWhere(spec, 3);
    const [row] = await this.dataSource.query(
      `WITH camp AS (
         SELECT id, template_id, expansion_cursor FROM campaign
         WHERE id = $1 AND status IN ('sending', 'paused') AND audience_expanded_at IS NULL
       ),
       batch AS MATERIALIZED (
         SELECT c.id, c.email, ${where.reason} AS reason FROM contact c, camp
         -- The cursor as a scalar subquery, so the batch is a range scan of the primary key from it: as a
         -- join filter against camp, every batch walked the key from the start (quadratic; 3.6 s per
         -- batch halfway through a million contacts).
         WHERE c.id > coalesce((SELECT expansion_cursor FROM campaign WHERE id = $1), '00000000-0000-0000-0000-000000000000'::uuid)
           AND ${where.reached}
         ORDER BY c.id
         LIMIT $2
       ),
       ins AS (
         INSERT INTO email_log (campaign_id, contact_id, template_id, to_email)
         SELECT camp.id, batch.id, camp.template_id, batch.email FROM batch, camp WHERE batch.reason IS NULL
         ON CONFLICT (campaign_id, contact_id) DO NOTHING
         RETURNING 1
       ),
       skip AS (
         INSERT INTO campaign_skip (campaign_id, contact_id, reason)
         SELECT camp.id, batch.id, batch.reason FROM batch, camp WHERE batch.reason IS NOT NULL
         ON CONFLICT (campaign_id, contact_id) DO NOTHING
         RETURNING 1
       ),
       moved AS (
         UPDATE campaign SET
           expansion_cursor = coalesce((SELECT id FROM batch ORDER BY id DESC LIMIT 1), campaign.expansion_cursor),
           audience_expanded_at = CASE WHEN (SELECT count(*) FROM batch) < $2 THEN now() END,
           updated_at = now()
         FROM camp WHERE campaign.id = camp.id
         RETURNING campaign.audience_expanded_at
       )
       SELECT (SELECT count(*) FROM ins)::int AS inserted, (SELECT count(*) FROM skip)::int AS skipped,
              EXISTS (SELECT 1 FROM moved WHERE audience_expanded_at IS NULL) AS more`,
      [campaignId, EXPANSION_BATCH, ...where.params],
    );
    return { more: row.more, inserted: row.inserted, skipped: row.skipped };
  }

  /** Marks a sending campaign sent once its audience is expanded and no email is left to send. */
  async completeIfDone(campaignId: string, manager: EntityManager): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `UPDATE campaign SET status = 'sent', completed_at = now(), updated_at = now()
       WHERE id = $1 AND status = 'sending' AND audience_expanded_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM email_log WHERE campaign_id = $1 AND status IN ('pending', 'sending'))
       RETURNING id`,
      [campaignId],
    );
    return rows.length > 0;
  }

  /** Earliest retry of a campaign's pending emails, or null when none waits for a later attempt. */
  async nextRetryAt(campaignId: string): Promise<Date | null> {
    const [row] = await this.dataSource.query(
      `SELECT min(next_attempt_at) AS at FROM email_log WHERE campaign_id = $1 AND status = 'pending'`,
      [campaignId],
    );
    return row?.at ?? null;
  }

  /** Counters derived from the logs (never stored apart from them, so they cannot drift). */
  async stats(campaignIds: string[], manager?: EntityManager): Promise<Map<string, StatsRow>> {
    if (!campaignIds.length) return new Map();
    const rows: StatsRow[] = await (manager ?? this.dataSource.manager).query(
      `SELECT campaign_id,
         count(*)::int AS recipients,
         count(*) FILTER (WHERE status IN ('pending', 'sending'))::int AS pending,
         count(*) FILTER (WHERE status IN ('sent', 'delivered', 'bounced'))::int AS sent,
         count(*) FILTER (WHERE status = 'failed')::int AS failed,
         count(*) FILTER (WHERE status = 'bounced')::int AS bounced,
         count(*) FILTER (WHERE opened_at IS NOT NULL)::int AS opened,
         count(*) FILTER (WHERE clicked_at IS NOT NULL)::int AS clicked,
         count(*) FILTER (WHERE unsubscribed_at IS NOT NULL)::int AS unsubscribed
       FROM email_log WHERE campaign_id = ANY($1::uuid[])
       GROUP BY campaign_id`,
      [campaignIds],
    );
    return new Map(rows.map((r) => [r.campaign_id, r]));
  }

  /**
   * A page of email logs of a campaign or a contact. `visibleTo` limits them to the contacts that
   * caller may see.
   */
  async logs(scope: { campaignId?: string; contactId?: string }, query: { status?: string; search?: string; limit: number; offset: number; visibleTo?: Caller; order: string }): Promise<{ rows: LogRow[]; total: number }> {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      clauses.push(sql.replace('?', `$${params.length}`));
    };
    if (scope.campaignId) add('l.campaign_id = ?', scope.campaignId);
    if (scope.contactId) add('l.contact_id = ?', scope.contactId);
    if (query.status === 'pending') clauses.push(`l.status IN ('pending', 'sending')`);
    else if (query.status) add('l.status = ?', query.status);
    const visibility = query.visibleTo ? scopeToOwner('ct', query.visibleTo, params) : '';
    if (visibility) clauses.push(visibility);
    if (query.search) {
      // Both comparisons use the one parameter `?` becomes.
      add(`(l.to_email ILIKE ? OR (ct.first_name || ' ' || ct.last_name) ILIKE $${params.length + 1})`, `%${escapeLike(query.search)}%`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const [{ total }] = await this.dataSource.query(
      `SELECT count(*)::int AS total FROM email_log l JOIN contact ct ON ct.id = l.contact_id ${where}`,
      params,
    );
    const rows: LogRow[] = await this.dataSource.query(
      `SELECT l.id, l.campaign_id, cp.name AS campaign_name, l.contact_id, trim(ct.first_name || ' ' || ct.last_name) AS contact_name,
              l.template_id, l.to_email, l.status, l.rendered_subject, l.error_message, l.sent_at, l.opened_at, l.clicked_at,
              l.open_count, l.click_count, l.clicked_links, l.unsubscribed_at, l.created_at
       FROM email_log l JOIN contact ct ON ct.id = l.contact_id LEFT JOIN campaign cp ON cp.id = l.campaign_id
       ${where}
       ORDER BY ${query.order}, l.id
       LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.limit, query.offset],
    );
    return { rows, total };
  }

  /** Sends, first opens and first clicks per interval since the campaign started. */
  async timeline(campaignId: string, interval: 'minute' | 'hour' | 'day'): Promise<{ at: Date; sent: number; opened: number; clicked: number }[]> {
    return this.dataSource.query(
      `WITH events AS (
         SELECT date_trunc($2, sent_at) AS at, 1 AS sent, 0 AS opened, 0 AS clicked FROM email_log WHERE campaign_id = $1 AND sent_at IS NOT NULL
         UNION ALL SELECT date_trunc($2, opened_at), 0, 1, 0 FROM email_log WHERE campaign_id = $1 AND opened_at IS NOT NULL
         UNION ALL SELECT date_trunc($2, clicked_at), 0, 0, 1 FROM email_log WHERE campaign_id = $1 AND clicked_at IS NOT NULL
       )
       SELECT at, sum(sent)::int AS sent, sum(opened)::int AS opened, sum(clicked)::int AS clicked
       FROM events GROUP BY at ORDER BY at
       LIMIT 2000`,
      [campaignId, interval],
    );
  }

  /** First and last event of a campaign, to choose the timeline's interval. */
  async activitySpan(campaignId: string): Promise<{ first: Date | null; last: Date | null }> {
    const [row] = await this.dataSource.query(
      `SELECT min(sent_at) AS first, greatest(max(sent_at), max(opened_at), max(clicked_at)) AS last FROM email_log WHERE campaign_id = $1`,
      [campaignId],
    );
    return { first: row.first, last: row.last };
  }

  /** Each clicked URL with the number of recipients who clicked it. */
  async clickedLinks(campaignId: string): Promise<{ url: string; clickers: number }[]> {
    return this.dataSource.query(
      `SELECT link AS url, count(*)::int AS clickers
       FROM email_log l, jsonb_array_elements_text(l.clicked_links) AS link
       WHERE l.campaign_id = $1 AND l.clicked_at IS NOT NULL
       GROUP BY link ORDER BY clickers DESC, link LIMIT 200`,
      [campaignId],
    );
  }

  /** The answers of the unsubscribe page's optional question, most frequent first. */
  async unsubscribeReasons(campaignId: string): Promise<{ reason: string; count: number }[]> {
    return this.dataSource.query(
      `SELECT reason, count(*)::int AS count FROM unsubscribe_reason WHERE campaign_id = $1 GROUP BY reason ORDER BY count DESC, reason`,
      [campaignId],
    );
  }

  /** Names of these templates by id, for the campaign list (a deleted template has none). */
  async templateNames(templateIds: string[], manager?: EntityManager): Promise<Map<string, string>> {
    if (!templateIds.length) return new Map();
    const rows: { id: string; name: string }[] = await (manager ?? this.dataSource.manager).query('SELECT id, name FROM email_template WHERE id = ANY($1::uuid[])', [templateIds]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** On cancel: emails not handed to SMTP yet will never be, so they are not recipients. */
  async discardPending(campaignId: string, manager = this.dataSource.manager): Promise<number> {
    const rows = await queryRows(manager, `DELETE FROM email_log WHERE campaign_id = $1 AND status = 'pending' RETURNING 1`, [campaignId]);
    return rows.length;
  }

  /** Campaigns in `sending` (for the scheduler's re-enqueue) and whether their audience is expanded. */
  async sendingCampaigns(): Promise<{ id: string; expanded: boolean }[]> {
    return this.dataSource.query(
      `SELECT id, audience_expanded_at IS NOT NULL AS expanded FROM campaign WHERE status = 'sending' ORDER BY started_at`,
    );
  }

  /** Scheduled campaigns whose time has come move to `sending`. */
  async startDueScheduled(): Promise<string[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE campaign SET status = 'sending', started_at = coalesce(started_at, now()), updated_at = now(),
         template_snapshot = coalesce(template_snapshot, (
           SELECT jsonb_build_object('subject', t.subject, 'htmlBody', t.html_body, 'textBody', t.text_body,
                                     'fromEmail', t.from_email, 'fromName', t.from_name)
           FROM email_template t WHERE t.id = campaign.template_id))
       WHERE status = 'scheduled' AND scheduled_at <= now()
       RETURNING id`,
    );
    return rows.map((r) => r.id);
  }
}
