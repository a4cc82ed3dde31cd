import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { classifySmtpError } from './email-errors';
import { SendRateLimiter } from './send-rate-limiter';
import { SendSlots } from './send-slots';

export interface OutgoingEmail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per email log, so a provider's events and a recipient's client can refer to it. */
  messageId: string;
  headers?: Record<string, string | { prepared: true; foldLines?: boolean; value: string }>;
  /** The email log, told to SendGrid (only) so that its event webhooks name it. */
  emailLogId?: string;
}

/**
 * Whether SMTP_URL is SendGrid's relay (smtp.sendgrid.net, or a regional host under sendgrid.net).
 * Only SendGrid reads and strips X-SMTPAPI; any other relay would deliver it to the recipient,
 * exposing our ids to them and to spam filters.
 */
export function relaysThroughSendgrid(smtpUrl: string): boolean {
  const host = new URL(smtpUrl).hostname.toLowerCase().replace(/\.$/, '');
  return host === 'sendgrid.net' || host.endsWith('.sendgrid.net');
}

/** The headers an email goes out with: its own, plus X-SMTPAPI when the relay is SendGrid. */
export function outgoingHeaders(email: OutgoingEmail, viaSendgrid: boolean): OutgoingEmail['headers'] {
  if (!viaSendgrid || !email.emailLogId) return email.headers;
  // SendGrid copies unique_args into its event webhooks and strips this header before delivery.
  // `prepared`: sent as is, because an RFC 2047-encoded value is not JSON to SendGrid.
  return { ...email.headers, 'X-SMTPAPI': { prepared: true, value: JSON.stringify({ unique_args: { emailLogId: email.emailLogId } }) } };
}

/** Connections kept open to the SMTP server. */
export const SMTP_POOL_SIZE = 5;
/**
 * Emails a process may have claimed and not yet recorded: one per pooled connection, so an email is
 * claimed only when a connection can take it at once. This is the most emails one crashed process
 * can leave in the "delivery unknown" state, and each of them was really on an SMTP connection.
 * Four times the pool kept the connections busier during the claim and record commits (bench/campaign:
 * 0.56 against 0.46 of a bare nodemailer loop), but three quarters of a crash's "delivery unknown"
 * emails then sat in nodemailer's queue and had never left the process (issue #18).
 */
export const MAX_IN_FLIGHT = SMTP_POOL_SIZE;

/**
 * The one pooled SMTP transport of a process (campaigns, workflow emails and test sends share it),
 * DKIM-signing when DKIM_* is configured, with SEND_RATE and the pool size applied by `acquireSlot()`.
 * Timeouts are bounded so that a send can never hang for longer than about a minute.
 */
@Injectable()
export class MailTransportService implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly slots: SendSlots;
  private readonly sendgrid: boolean;
  readonly messageDomain: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = nodemailer.createTransport({
      url: config.smtpUrl,
      pool: true,
      maxConnections: SMTP_POOL_SIZE,
      maxMessages: 1000,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
      // nodemailer's default DKIM header list includes List-Unsubscribe and List-Unsubscribe-Post,
      // which RFC 8058 requires the signature to cover for one-click unsubscribe.
      ...(config.dkim && { dkim: config.dkim }),
    });
    this.slots = new SendSlots(MAX_IN_FLIGHT, new SendRateLimiter(config.sendRate));
    this.messageDomain = config.dkim?.domainName ?? new URL(config.publicUrl).hostname;
    this.sendgrid = relaysThroughSendgrid(config.smtpUrl);
  }

  /**
   * Waits until this process may start one more email (a free pooled connection and SEND_RATE);
   * returns the function that gives the slot back.
   */
  acquireSlot(): Promise<() => void> {
    return this.slots.acquire();
  }

  /** Hands one email to SMTP; throws TransientEmailError or PermanentEmailError. */
  async send(email: OutgoingEmail): Promise<{ response: string }> {
    try {
      const info = await this.transport.sendMail({
        from: email.from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        messageId: email.messageId,
        headers: outgoingHeaders(email, this.sendgrid),
      });
      return { response: String(info.response ?? '') };
    } catch (error) {
      throw classifySmtpError(error);
    }
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
