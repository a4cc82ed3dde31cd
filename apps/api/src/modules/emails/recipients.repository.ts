import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { andScopeToOwner, Caller } from '../../common/access/access-policy';
import { MERGE_RECIPIENT_FROM, MERGE_RECIPIENT_SELECT } from './rendering/merge-recipient.sql';
import { MergeRecipient } from './rendering/merge-tags';
import { addressSuppressedSql } from './suppressions/suppressed.sql';

/**
 * The emails module's read-only view of contacts: recipients for previews and single sends,
 * narrowed by the access policy where a user asks. Audience queries live in CampaignsRepository.
 * Its own SQL rather than ContactsService's: a recipient is the contact and its company in the
 * merge-tag shape (merge-recipient.sql.ts), and the send check reads the suppression list in the
 * same statement — one round trip on the send path.
 */
@Injectable()
export class RecipientsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The contact as a merge recipient, or null when missing or not visible to the caller. */
  async find(contactId: string, caller: Caller): Promise<MergeRecipient | null> {
    const params: unknown[] = [contactId];
    const [row]: { recipient: MergeRecipient }[] = await this.dataSource.query(
      `SELECT ${MERGE_RECIPIENT_SELECT}
       FROM ${MERGE_RECIPIENT_FROM}
       WHERE ct.id = $1${andScopeToOwner('ct', caller, params)}`,
      params,
    );
    return row?.recipient ?? null;
  }

  async isVisible(contactId: string, caller: Caller): Promise<boolean> {
    const params: unknown[] = [contactId];
    const rows = await this.dataSource.query(`SELECT 1 FROM contact WHERE id = $1${andScopeToOwner('', caller, params)}`, params);
    return rows.length > 0;
  }

  /** What a single send checks before it writes an email log; null when the contact does not exist. */
  async findSendable(contactId: string, topicId: string | null = null): Promise<{ status: string; email: string; suppressed: boolean; outOfTopic: boolean } | null> {
    // Out of the topic as a campaign's audience reads it (campaigns.repository audienceWhere: pending is no consent yet); a topic deleted since is no topic.
    const [row]: { status: string; email: string; suppressed: boolean; outOfTopic: boolean }[] = await this.dataSource.query(
      `SELECT ct.status, ct.email, ${addressSuppressedSql('ct.email')} AS suppressed,
              coalesce((SELECT CASE WHEN t.requires_opt_in THEN coalesce(cs.status, '') <> 'subscribed' ELSE coalesce(cs.status, '') IN ('unsubscribed', 'pending') END
                        FROM topic t LEFT JOIN contact_subscription cs ON cs.topic_id = t.id AND cs.contact_id = ct.id WHERE t.id = $2), false) AS "outOfTopic"
       FROM contact ct WHERE ct.id = $1`,
      [contactId, topicId],
    );
    return row ?? null;
  }
}
