import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../../common/sql-rows';
import { addressSuppressedSql } from '../suppressions/suppressed.sql';
import type { LogRow } from '../campaigns/campaigns.repository';
import { EmailRecipientRef, LOG_ROW_COLUMNS } from '../sending/email-logs.repository';

/** Clicks on one email gathered from a batch of hits (see TrackingService). */
export interface EmailClicks {
  emailLogId: string;
  /** Clicks to add. */
  count: number;
  /** Distinct URLs clicked, in the order of the first click on each. */
  urls: string[];
  campaignId: string | null;
}

/** The email an unsubscribe token names, locked for the unsubscribe transaction. */
export interface UnsubscribingEmail {
  id: string;
  toEmail: string;
  contactId: string;
  campaignId: string | null;
  campaignName: string | null;
  /** The email's topic (its campaign's, or the workflow step's): unsubscribing leaves only that topic. */
  topicId: string | null;
  topicName: string | null;
}

/** Whom an unsubscribe link is for, and whether it has done its work already. */
export interface UnsubscribeTargetRow {
  toEmail: string;
  suppressed: boolean;
  topicName: string | null;
  /** The contact's status for the email's topic is unsubscribed. */
  leftTopic: boolean;
}

/** The topic an email is about: its own (workflow emails), else its campaign's. */
const EMAIL_TOPIC = 'coalesce(l.topic_id, c.topic_id)';

/** The tracking columns of email_log: opens, clicks and unsubscribes from the public links. */
@Injectable()
export class TrackingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Counts one open per occurrence of an id; answers the emails that exist, each flagged when this
   * was its first open (its count was nothing before), in the columns of its DTO.
   */
  recordOpens(emailLogIds: string[], manager: EntityManager): Promise<(LogRow & { first: boolean })[]> {
    return queryRows<LogRow & { first: boolean }>(
      manager,
      `UPDATE email_log l SET open_count = l.open_count + v.n, opened_at = coalesce(l.opened_at, now()), updated_at = now()
       FROM (SELECT id, count(*)::int AS n FROM unnest($1::uuid[]) AS id GROUP BY id) AS v
       WHERE l.id = v.id RETURNING ${LOG_ROW_COLUMNS}, l.open_count = v.n AS first`,
      [emailLogIds],
    );
  }

  /**
   * Adds the clicks (each also an open) of emails listed once each: an UPDATE … FROM applies only
   * one source row to each target row. Clicks whose campaign is not the email's are not counted.
   * Answers the emails that counted clicks, in the columns of their DTO.
   */
  recordClicks(clicks: EmailClicks[], manager: EntityManager): Promise<LogRow[]> {
    return queryRows<LogRow>(
      manager,
      `UPDATE email_log l SET
         click_count = l.click_count + v.n,
         clicked_at = coalesce(l.clicked_at, now()),
         open_count = greatest(l.open_count, 1),
         opened_at = coalesce(l.opened_at, now()),
         clicked_links = l.clicked_links || coalesce((
           SELECT jsonb_agg(u ORDER BY ord) FROM jsonb_array_elements_text(v.urls) WITH ORDINALITY AS x(u, ord)
           WHERE NOT l.clicked_links ? u), '[]'::jsonb),
         updated_at = now()
       FROM unnest($1::uuid[], $2::int[], $3::jsonb[], $4::uuid[]) AS v(id, n, urls, campaign_id)
       WHERE l.id = v.id AND l.campaign_id IS NOT DISTINCT FROM v.campaign_id
       RETURNING ${LOG_ROW_COLUMNS}`,
      [clicks.map((c) => c.emailLogId), clicks.map((c) => c.count), clicks.map((c) => JSON.stringify(c.urls)), clicks.map((c) => c.campaignId)],
    );
  }

  /** The address an email went to and whether it is suppressed by now; null when the email does not exist or its recipient was erased. */
  async findUnsubscribeTarget(emailLogId: string): Promise<UnsubscribeTargetRow | null> {
    const [row]: UnsubscribeTargetRow[] = await this.dataSource.query(
      `SELECT l.to_email AS "toEmail", ${addressSuppressedSql('l.to_email')} AS suppressed,
              t.name AS "topicName",
              EXISTS (SELECT 1 FROM contact_subscription cs WHERE cs.contact_id = l.contact_id AND cs.topic_id = t.id AND cs.status = 'unsubscribed') AS "leftTopic"
       FROM email_log l LEFT JOIN campaign c ON c.id = l.campaign_id LEFT JOIN topic t ON t.id = ${EMAIL_TOPIC}
       WHERE l.id = $1 AND l.to_email IS NOT NULL`,
      [emailLogId],
    );
    return row ?? null;
  }

  /** Whose preference centre an email's link opens; null when the email does not exist or its recipient was erased. */
  async findPreferencesOwner(emailLogId: string, manager: EntityManager = this.dataSource.manager): Promise<{ contactId: string; toEmail: string; suppressed: boolean } | null> {
    const [row]: { contactId: string; toEmail: string; suppressed: boolean }[] = await manager.query(
      `SELECT l.contact_id AS "contactId", l.to_email AS "toEmail", ${addressSuppressedSql('l.to_email')} AS suppressed
       FROM email_log l WHERE l.id = $1 AND l.to_email IS NOT NULL`,
      [emailLogId],
    );
    return row ?? null;
  }

  /** Locks the email for the caller's unsubscribe transaction; null when it does not exist or its recipient was erased. */
  async lockForUnsubscribe(emailLogId: string, manager: EntityManager): Promise<UnsubscribingEmail | null> {
    const [row]: UnsubscribingEmail[] = await manager.query(
      `SELECT l.id, l.to_email AS "toEmail", l.contact_id AS "contactId", l.campaign_id AS "campaignId", c.name AS "campaignName",
              t.id AS "topicId", t.name AS "topicName"
       FROM email_log l LEFT JOIN campaign c ON c.id = l.campaign_id LEFT JOIN topic t ON t.id = ${EMAIL_TOPIC}
       WHERE l.id = $1 AND l.to_email IS NOT NULL FOR UPDATE OF l`,
      [emailLogId],
    );
    return row ?? null;
  }

  /** Keeps the first unsubscribe time. Whom the email went to; null when it does not exist. */
  async markUnsubscribed(emailLogId: string, manager: EntityManager): Promise<EmailRecipientRef | null> {
    const [row] = await queryRows<EmailRecipientRef>(
      manager,
      `UPDATE email_log SET unsubscribed_at = coalesce(unsubscribed_at, now()), updated_at = now() WHERE id = $1 RETURNING contact_id AS "contactId", to_email AS "toEmail"`,
      [emailLogId],
    );
    return row ?? null;
  }
}
