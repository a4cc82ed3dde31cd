import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActivitiesService } from '../../contacts/activities.service';
import { queryRows } from '../sql-rows';
import { SuppressionsService } from '../suppressions/suppressions.service';
import { LinkRegistryService } from './link-registry.service';
import { TrackingUrlsService } from './tracking-urls.service';

export interface ResolvedClick {
  emailLogId: string;
  url: string;
  campaignId: string | null;
}

export interface UnsubscribeTarget {
  email: string;
  alreadyUnsubscribed: boolean;
}

/**
 * Opens, clicks and unsubscribes arriving through the public links in emails. Every entry point
 * verifies the token's HMAC first; an invalid token changes nothing.
 */
@Injectable()
export class TrackingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly urls: TrackingUrlsService,
    private readonly links: LinkRegistryService,
    private readonly suppressions: SuppressionsService,
    private readonly activities: ActivitiesService,
  ) {}

  /** Counts an open for a genuine token; returns whether it counted. */
  async recordOpen(token: string): Promise<boolean> {
    const claims = await this.urls.verify('open', token);
    if (!claims) return false;
    const rows = await queryRows(
      this.dataSource,
      `UPDATE email_log SET open_count = open_count + 1, opened_at = coalesce(opened_at, now()), updated_at = now()
       WHERE id = $1 RETURNING 1`,
      [claims.emailLogId],
    );
    return rows.length > 0;
  }

  /** The link behind a genuine click token; null for anything else (forged, altered, unknown link). */
  async resolveClick(token: string): Promise<ResolvedClick | null> {
    const claims = await this.urls.verify('click', token);
    if (!claims?.linkId) return null;
    const link = await this.links.find(claims.linkId);
    return link ? { emailLogId: claims.emailLogId, url: link.url, campaignId: link.campaignId } : null;
  }

  /** Records a click (it also counts as an open) on the email, if the link belongs to its campaign. */
  async recordClick(click: ResolvedClick): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_log SET
         click_count = click_count + 1,
         clicked_at = coalesce(clicked_at, now()),
         open_count = greatest(open_count, 1),
         opened_at = coalesce(opened_at, now()),
         clicked_links = CASE WHEN clicked_links ? $2 THEN clicked_links ELSE clicked_links || jsonb_build_array($2::text) END,
         updated_at = now()
       WHERE id = $1 AND campaign_id IS NOT DISTINCT FROM $3::uuid`,
      [click.emailLogId, click.url, click.campaignId],
    );
  }

  /** Who a genuine unsubscribe token is for (for the confirmation page); null otherwise. */
  async unsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
    const claims = await this.urls.verify('unsubscribe', token);
    if (!claims) return null;
    const [row]: { to_email: string; suppressed: boolean }[] = await this.dataSource.query(
      `SELECT l.to_email, EXISTS (SELECT 1 FROM suppression s WHERE lower(s.email) = lower(l.to_email)) AS suppressed
       FROM email_log l WHERE l.id = $1`,
      [claims.emailLogId],
    );
    return row ? { email: row.to_email, alreadyUnsubscribed: row.suppressed } : null;
  }

  /**
   * Suppresses the address the email went to, marks the log and writes a system activity on the
   * contact, all in one transaction; repeating it changes nothing. Null for an invalid token.
   */
  async unsubscribe(token: string): Promise<UnsubscribeTarget | null> {
    const claims = await this.urls.verify('unsubscribe', token);
    if (!claims) return null;
    return this.dataSource.transaction(async (manager) => {
      const [log]: { id: string; to_email: string; contact_id: string; campaign_name: string | null }[] = await manager.query(
        `SELECT l.id, l.to_email, l.contact_id, c.name AS campaign_name
         FROM email_log l LEFT JOIN campaign c ON c.id = l.campaign_id WHERE l.id = $1 FOR UPDATE OF l`,
        [claims.emailLogId],
      );
      if (!log) return null;
      const added = await this.suppressions.suppress(log.to_email, 'unsubscribed', log.campaign_name ? `From campaign "${log.campaign_name}"` : null, manager);
      await manager.query(`UPDATE email_log SET unsubscribed_at = coalesce(unsubscribed_at, now()), updated_at = now() WHERE id = $1`, [log.id]);
      if (added) {
        await this.activities.recordSystem(
          log.contact_id,
          `Unsubscribed from emails (${log.to_email})`,
          log.campaign_name ? `Through the unsubscribe link of campaign "${log.campaign_name}"` : 'Through the unsubscribe link of an email',
          manager,
        );
      }
      return { email: log.to_email, alreadyUnsubscribed: !added };
    });
  }
}
