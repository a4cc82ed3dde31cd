import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ActivitiesService } from '../../contacts/activities.service';
import { Batcher } from '../sending/batcher';
import { queryRows } from '../../../common/sql-rows';
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

  /**
   * Opens and clicks arrive in bursts (a newsletter lands in many inboxes at once): concurrent
   * hits are written with one statement per database round trip instead of one commit each, and
   * the HTTP answer does not wait for it. The trade-off: a crash loses the hits of the batch in
   * flight (statistics only; unsubscribes and emails are always written before answering).
   */
  private readonly opens = new Batcher<string, boolean>((ids) => this.writeOpens(ids), { maxBatch: 500 });
  private readonly clicks = new Batcher<ResolvedClick, void>((batch) => this.writeClicks(batch), { maxBatch: 500 });

  /** Counts an open for a genuine token; returns whether it counted. */
  async recordOpen(token: string): Promise<boolean> {
    const claims = await this.urls.verify('open', token);
    if (!claims) return false;
    return this.opens.call(claims.emailLogId);
  }

  private async writeOpens(ids: string[]): Promise<boolean[]> {
    const rows = await queryRows<{ id: string }>(
      this.dataSource,
      `UPDATE email_log l SET open_count = l.open_count + v.n, opened_at = coalesce(l.opened_at, now()), updated_at = now()
       FROM (SELECT id, count(*)::int AS n FROM unnest($1::uuid[]) AS id GROUP BY id) AS v
       WHERE l.id = v.id RETURNING l.id`,
      [ids],
    );
    const updated = new Set(rows.map((r) => r.id));
    return ids.map((id) => updated.has(id));
  }

  /** The link behind a genuine click token; null for anything else (forged, altered, unknown link). */
  async resolveClick(token: string): Promise<ResolvedClick | null> {
    const claims = await this.urls.verify('click', token);
    if (!claims?.linkId) return null;
    const link = await this.links.find(claims.linkId);
    return link ? { emailLogId: claims.emailLogId, url: link.url, campaignId: link.campaignId } : null;
  }

  /** Records a click (it also counts as an open) on the email, if the link belongs to its campaign. */
  recordClick(click: ResolvedClick): Promise<void> {
    return this.clicks.call(click);
  }

  private async writeClicks(batch: ResolvedClick[]): Promise<void[]> {
    // One row per email: an UPDATE … FROM applies only one source row to each target row.
    const byLog = new Map<string, { n: number; urls: string[]; campaignId: string | null }>();
    for (const click of batch) {
      const entry = byLog.get(click.emailLogId) ?? { n: 0, urls: [], campaignId: click.campaignId };
      // A link of another campaign is not counted (a genuine token never pairs them; defence in depth).
      if (entry.campaignId !== click.campaignId) continue;
      entry.n++;
      if (!entry.urls.includes(click.url)) entry.urls.push(click.url);
      byLog.set(click.emailLogId, entry);
    }
    const entries = [...byLog.entries()];
    await this.dataSource.query(
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
       WHERE l.id = v.id AND l.campaign_id IS NOT DISTINCT FROM v.campaign_id`,
      [entries.map(([id]) => id), entries.map(([, e]) => e.n), entries.map(([, e]) => JSON.stringify(e.urls)), entries.map(([, e]) => e.campaignId)],
    );
    return batch.map(() => undefined);
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
