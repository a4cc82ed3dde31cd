import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ConsentService } from '../../consent/consent.service';
import { UnsubscribeReason, UnsubscribeReasonEntry } from '../../consent/entities/unsubscribe-reason.entity';
import { ActivitiesService } from '../../contacts/activities.service';
import { Batcher } from '../sending/batcher';
import { EmailLogEventsService } from '../sending/email-log-events.service';
import { SuppressionsService } from '../suppressions/suppressions.service';
import { LinkRegistryService } from './link-registry.service';
import { EmailClicks, TrackingRepository } from './tracking.repository';
import { TrackingUrlsService } from './tracking-urls.service';

export interface ResolvedClick {
  emailLogId: string;
  url: string;
  campaignId: string | null;
}

export interface UnsubscribeTarget {
  email: string;
  alreadyUnsubscribed: boolean;
  /** The email's topic: the link leaves it (and only it); null: the link suppresses the address. */
  topicName: string | null;
  /** The same email's preference centre. */
  preferencesUrl: string;
}

/** How the unsubscribe arrived, for the consent ledger, and the page's optional answer. */
export interface UnsubscribeRequest {
  /** RFC 8058 one-click from the mail client, or the page's button. */
  oneClick: boolean;
  reason?: UnsubscribeReason;
  ip?: string | null;
  userAgent?: string | null;
}

/**
 * Opens, clicks and unsubscribes arriving through the public links in emails. Every entry point
 * verifies the token's HMAC first; an invalid token changes nothing.
 */
@Injectable()
export class TrackingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TrackingRepository,
    private readonly urls: TrackingUrlsService,
    private readonly links: LinkRegistryService,
    private readonly suppressions: SuppressionsService,
    private readonly activities: ActivitiesService,
    private readonly consent: ConsentService,
    private readonly events: EmailLogEventsService,
  ) {}

  /**
   * Opens and clicks arrive in bursts (a newsletter lands in many inboxes at once): concurrent
   * hits are written with one statement per database round trip instead of one commit each, and
   * the HTTP answer does not wait for it. The trade-off: a crash loses the hits of the batch in
   * flight (statistics only; unsubscribes and emails are always written before answering). A
   * batch's webhook events (`email.opened` on an email's first open, `email.clicked` for each email
   * clicked in the batch) are published in its transaction: one statement more per batch, not per hit.
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
    const updated = await this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.recordOpens(ids, manager);
      await this.events.publish(
        manager,
        'email.opened',
        rows.filter((row) => row.first),
      );
      return new Set(rows.map((row) => row.id));
    });
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
    // One entry per email (see recordClicks).
    const byLog = new Map<string, EmailClicks>();
    for (const click of batch) {
      const entry = byLog.get(click.emailLogId) ?? { emailLogId: click.emailLogId, count: 0, urls: [], campaignId: click.campaignId };
      // A link of another campaign is not counted (a genuine token never pairs them; defence in depth).
      if (entry.campaignId !== click.campaignId) continue;
      entry.count++;
      if (!entry.urls.includes(click.url)) entry.urls.push(click.url);
      byLog.set(click.emailLogId, entry);
    }
    await this.dataSource.transaction(async (manager) => {
      const rows = await this.repository.recordClicks([...byLog.values()], manager);
      await this.events.publish(manager, 'email.clicked', rows);
    });
    return batch.map(() => undefined);
  }

  /** Who a genuine unsubscribe token is for (for the confirmation page); null otherwise. */
  async unsubscribeTarget(token: string): Promise<UnsubscribeTarget | null> {
    const claims = await this.urls.verify('unsubscribe', token);
    if (!claims) return null;
    const row = await this.repository.findUnsubscribeTarget(claims.emailLogId);
    if (!row) return null;
    return { email: row.toEmail, alreadyUnsubscribed: row.suppressed || row.leftTopic, topicName: row.topicName, preferencesUrl: await this.urls.preferencesUrl(claims.emailLogId) };
  }

  /**
   * An email about a topic leaves that topic (the address still gets other email); any other
   * email suppresses the address. Either way the log is marked, the consent ledger and the
   * contact's timeline say so, and the page's answer is counted for the campaign, all in one
   * transaction; repeating it changes nothing. Null for an invalid token.
   */
  async unsubscribe(token: string, request: UnsubscribeRequest): Promise<UnsubscribeTarget | null> {
    const claims = await this.urls.verify('unsubscribe', token);
    if (!claims) return null;
    return this.dataSource.transaction(async (manager) => {
      const log = await this.repository.lockForUnsubscribe(claims.emailLogId, manager);
      if (!log) return null;
      const context = { source: request.oneClick ? ('one_click' as const) : ('unsubscribe_link' as const), ip: request.ip ?? null, userAgent: request.userAgent ?? null };
      const through = log.campaignName ? `Through the unsubscribe link of campaign "${log.campaignName}"` : 'Through the unsubscribe link of an email';
      let changed: boolean;
      if (log.topicId) {
        changed = (await this.consent.setSubscriptions(manager, log.contactId, [{ topicId: log.topicId, status: 'unsubscribed' }], context)).length > 0;
        if (changed) await this.activities.recordSystem(log.contactId, `Unsubscribed from the topic "${log.topicName}"`, through, manager);
      } else {
        changed = (await this.suppressions.suppress(log.toEmail, 'unsubscribed', log.campaignName ? `From campaign "${log.campaignName}"` : null, manager)) !== null;
        if (changed) {
          await this.consent.record(manager, [{ ...context, contactId: log.contactId, action: 'unsubscribed', topicId: null }]);
          await this.activities.recordSystem(log.contactId, `Unsubscribed from emails (${log.toEmail})`, through, manager);
        }
      }
      await this.repository.markUnsubscribed(log.id, manager);
      if (changed && request.reason && log.campaignId) await manager.getRepository(UnsubscribeReasonEntry).insert({ campaignId: log.campaignId, reason: request.reason });
      return { email: log.toEmail, alreadyUnsubscribed: !changed, topicName: log.topicName, preferencesUrl: await this.urls.preferencesUrl(log.id) };
    });
  }
}
