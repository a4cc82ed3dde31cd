import { Injectable } from '@nestjs/common';
import { randomUUID } from 'crypto';
import { EmailSettingsService } from '../settings/email-settings.service';
import { MailTransportService } from './mail-transport.service';

export interface TransactionalEmail {
  to: string;
  subject: string;
  html: string;
  text: string;
}

/**
 * Account emails (invites, password resets) through the pooled transport, SEND_RATE and DKIM of
 * every other email, from the sender in Settings → Email sending. Unlike marketing email they are
 * untracked, carry no unsubscribe link and ignore the suppression list: someone who unsubscribed
 * from campaigns still needs the link to their own account.
 */
@Injectable()
export class TransactionalEmailService {
  constructor(
    private readonly transport: MailTransportService,
    private readonly settings: EmailSettingsService,
  ) {}

  /** Throws TransientEmailError or PermanentEmailError when the SMTP server does not take it. */
  async send(email: TransactionalEmail): Promise<void> {
    const sender = await this.settings.get();
    const release = await this.transport.acquireSlot();
    try {
      await this.transport.send({
        from: { name: sender.fromName, address: sender.fromEmail },
        ...email,
        messageId: `<account-${randomUUID()}@${this.transport.messageDomain}>`,
      });
    } finally {
      release();
    }
  }
}
