import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { createPublicKey, KeyObject, verify } from 'crypto';
import { DataSource, EntityManager } from 'typeorm';
import { validationProblem } from '../../../common/filters/problem';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { ActivitiesService } from '../../contacts/activities.service';
import type { SuppressionReason } from '../entities/suppression.entity';
import { EmailLogsRepository, EmailRecipientRef } from '../sending/email-logs.repository';
import { SuppressionsService } from '../suppressions/suppressions.service';
import { EmailEventType, EmailLogEventsService } from '../sending/email-log-events.service';
import { TrackingRepository } from '../tracking/tracking.repository';

interface SendgridEvent {
  event?: unknown;
  email?: unknown;
  reason?: unknown;
  response?: unknown;
  'smtp-id'?: unknown;
  sg_message_id?: unknown;
  /** Our unique_arg (X-SMTPAPI), copied by SendGrid onto every event. */
  emailLogId?: unknown;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Events older than this are refused when signatures are checked, so a captured request cannot be replayed later. */
const MAX_SIGNATURE_AGE_S = 10 * 60;

export interface WebhookResult {
  received: number;
  applied: number;
}

/**
 * SendGrid drops mail to an address on its own unsubscribe list with this reason: the recipient
 * unsubscribed (through SendGrid's link or an earlier email), the address did not bounce.
 */
const UNSUBSCRIBED_DROP = /^unsubscribed address$/i;

/**
 * SendGrid event webhooks: bounce/dropped → log bounced + suppressed; unsubscribe and
 * group_unsubscribe → log unsubscribed + suppressed (unsubscribed), and a drop for an
 * "Unsubscribed Address" → log failed + suppressed (unsubscribed); spamreport → suppressed
 * (complained); delivered → log delivered. With SENDGRID_VERIFICATION_KEY set, requests must
 * carry SendGrid's ECDSA signature over timestamp + raw body.
 */
@Injectable()
export class SendgridWebhookService {
  private readonly key?: KeyObject;

  constructor(
    private readonly dataSource: DataSource,
    private readonly logs: EmailLogsRepository,
    private readonly tracking: TrackingRepository,
    private readonly suppressions: SuppressionsService,
    private readonly activities: ActivitiesService,
    private readonly events: EmailLogEventsService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    if (config.sendgridVerificationKey) {
      const raw = config.sendgridVerificationKey.trim();
      this.key = raw.includes('BEGIN PUBLIC KEY')
        ? createPublicKey(raw)
        : createPublicKey({ key: Buffer.from(raw, 'base64'), format: 'der', type: 'spki' });
    }
  }

  verifySignature(rawBody: Buffer | undefined, signature: string | undefined, timestamp: string | undefined): void {
    if (!this.key) return;
    if (!rawBody || !signature || !timestamp) throw new UnauthorizedException('Missing SendGrid signature headers');
    const age = Math.abs(Date.now() / 1000 - Number(timestamp));
    if (!Number.isFinite(age) || age > MAX_SIGNATURE_AGE_S) throw new UnauthorizedException('The SendGrid signature timestamp is too old');
    const payload = Buffer.concat([Buffer.from(timestamp, 'utf8'), rawBody]);
    let valid = false;
    try {
      valid = verify('sha256', payload, this.key, Buffer.from(signature, 'base64'));
    } catch {
      valid = false;
    }
    if (!valid) throw new UnauthorizedException('Invalid SendGrid signature');
  }

  async handle(body: unknown): Promise<WebhookResult> {
    if (!Array.isArray(body)) throw validationProblem([{ field: 'body', message: 'must be an array of SendGrid events' }]);
    if (body.length > 10_000) throw validationProblem([{ field: 'body', message: 'Send at most 10000 events per request' }]);
    let applied = 0;
    for (const event of body as SendgridEvent[]) {
      if (event && typeof event === 'object' && (await this.apply(event))) applied++;
    }
    return { received: body.length, applied };
  }

  /** The email log an event is about: our unique arg, else the Message-ID we set (`<log-id@domain>`). */
  private logIdOf(event: SendgridEvent): string | null {
    if (typeof event.emailLogId === 'string' && UUID.test(event.emailLogId)) return event.emailLogId;
    const smtpId = typeof event['smtp-id'] === 'string' ? event['smtp-id'] : '';
    const match = /^<?([0-9a-f-]{36})@/i.exec(smtpId);
    return match && UUID.test(match[1]) ? match[1] : null;
  }

  private async apply(event: SendgridEvent): Promise<boolean> {
    const type = typeof event.event === 'string' ? event.event : '';
    const email = typeof event.email === 'string' && event.email.includes('@') && event.email.length <= 254 ? event.email.trim() : null;
    const logId = this.logIdOf(event);
    const reason = [event.reason, event.response].find((v): v is string => typeof v === 'string')?.slice(0, 1000) ?? null;
    const providerId = typeof event.sg_message_id === 'string' ? event.sg_message_id.slice(0, 300) : null;
    if (type === 'dropped' && reason !== null && UNSUBSCRIBED_DROP.test(reason.trim())) return this.applyUnsubscribedDrop(logId, email, reason);
    switch (type) {
      case 'unsubscribe':
      case 'group_unsubscribe':
        return this.applyUnsubscribe(logId, email);
      case 'bounce':
      case 'dropped':
        return this.recordAndSuppress({
          logId,
          email,
          update: (id, manager) => this.logs.markBounced(id, { reason, providerMessageId: providerId }, manager),
          event: 'email.bounced',
          reason: 'bounced',
          note: reason,
          activity: (address) => [`Email to ${address} bounced; address suppressed`, reason],
        });
      case 'spamreport':
        return this.recordAndSuppress({
          logId,
          email,
          update: (id, manager) => this.logs.markComplained(id, manager),
          event: 'email.complained',
          reason: 'complained',
          note: 'Marked as spam by the recipient',
          activity: (address) => [`Marked an email as spam; ${address} suppressed`, null],
        });
      case 'delivered': {
        if (!logId) return false;
        return this.dataSource.transaction(async (manager) => {
          const delivered = await this.logs.markDelivered(logId, providerId, manager);
          if (delivered) await this.events.publish(manager, 'email.delivered', await this.logs.findLogRows([logId], manager));
          return delivered;
        });
      }
      default:
        return false;
    }
  }

  /** The recipient unsubscribed through SendGrid: the same outcome as our own unsubscribe link. */
  private applyUnsubscribe(logId: string | null, email: string | null): Promise<boolean> {
    return this.recordAndSuppress({
      logId,
      email,
      update: (id, manager) => this.tracking.markUnsubscribed(id, manager),
      reason: 'unsubscribed',
      note: 'Unsubscribed through SendGrid',
      activity: (address) => [`Unsubscribed from emails (${address})`, 'Through SendGrid'],
    });
  }

  /**
   * SendGrid did not deliver the email because the address is on its unsubscribe list: the email
   * failed (it is no bounce, and this recipient did not unsubscribe from this email), and the
   * address is suppressed here too so that Corral stops trying.
   */
  private applyUnsubscribedDrop(logId: string | null, email: string | null, reason: string): Promise<boolean> {
    return this.recordAndSuppress({
      logId,
      email,
      update: (id, manager) => this.logs.markDropped(id, `Dropped by SendGrid: ${reason}`, manager),
      reason: 'unsubscribed',
      note: `SendGrid dropped an email: ${reason}`,
      activity: (address) => [`Email to ${address} not delivered: unsubscribed at SendGrid; address suppressed`, reason],
    });
  }

  /**
   * One event's outcome in one transaction: the email log's update (whom the email went to, or
   * null when it changed nothing), the address suppressed (the event's own address, else the log's), and one timeline entry on the
   * contact the first time the address is suppressed (neither for an erased person's). Whether anything changed, so a resent event is a no-op.
   */
  private recordAndSuppress(outcome: {
    logId: string | null;
    email: string | null;
    update: (logId: string, manager: EntityManager) => Promise<EmailRecipientRef | null>;
    /** The webhook event of the email's change, when it has one. */
    event?: EmailEventType;
    reason: SuppressionReason;
    note: string | null;
    activity: (address: string) => [title: string, description: string | null];
  }): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const log = outcome.logId ? await outcome.update(outcome.logId, manager) : null;
      if (log && outcome.event) await this.events.publish(manager, outcome.event, await this.logs.findLogRows([outcome.logId as string], manager));
      const address = outcome.email ?? log?.toEmail;
      if (!address) return false;
      // An erased person's log is detached and their address kept only as a hash: suppressing the
      // plain address would store it again, and there is no contact left for a timeline entry.
      if (log?.contactId === null || (await this.suppressions.isErased(manager, address))) return log !== null;
      const added = await this.suppressions.suppress(address, outcome.reason, outcome.note, manager);
      if (log && added) {
        const [title, description] = outcome.activity(address);
        await this.activities.recordSystem(log.contactId, title, description, manager);
      }
      return log !== null || added !== null;
    });
  }
}
