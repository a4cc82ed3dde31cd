import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { Transporter } from 'nodemailer';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { classifySmtpError } from './email-errors';
import { SendRateLimiter } from './send-rate-limiter';

export interface OutgoingEmail {
  from: { name: string; address: string };
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Stable per email log, so a provider's events and a recipient's client can refer to it. */
  messageId: string;
  headers?: Record<string, string | { prepared: true; value: string }>;
}

/** Connections kept open to the SMTP server; sends beyond this wait in nodemailer's queue. */
export const SMTP_POOL_SIZE = 5;

/**
 * The one pooled SMTP transport of a process (campaigns, workflow emails and test sends share it),
 * DKIM-signing when DKIM_* is configured, with SEND_RATE applied by `acquireSlot()`.
 * Timeouts are bounded so that a send can never hang for longer than about a minute.
 */
@Injectable()
export class MailTransportService implements OnApplicationShutdown {
  private readonly transport: Transporter;
  private readonly limiter: SendRateLimiter;
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
    this.limiter = new SendRateLimiter(config.sendRate);
    this.messageDomain = config.dkim?.domainName ?? new URL(config.publicUrl).hostname;
  }

  /** Waits until SEND_RATE allows one more email from this process. */
  acquireSlot(): Promise<void> {
    return this.limiter.take();
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
        headers: email.headers,
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
