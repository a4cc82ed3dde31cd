import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { isDatabaseUnavailable, retryWhileDatabaseAway } from '../../../common/database-retry';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { ActivitiesService } from '../../contacts/activities.service';
import { EmailTemplate } from '../entities/email-template.entity';
import { RecipientsRepository } from '../recipients.repository';
import { CompiledTemplateCache } from '../rendering/compiled-templates';
import { EmailComposerService, TrackingChoice } from '../rendering/email-composer.service';
import { CompiledTemplate, TEMPLATE_PART_NAMES, TemplateSyntaxError } from '../rendering/merge-tags';
import { EmailSettings, EmailSettingsService } from '../settings/email-settings.service';
import { EmailSendError, PermanentEmailError, TransientEmailError } from './email-errors';
import { ClaimedEmail, EmailLogsRepository, ORPHANED_SEND_MESSAGE } from './email-logs.repository';
import { listIdHeader } from './list-id';
import { MailTransportService } from './mail-transport.service';
import { SenderLivenessService } from './sender-liveness.service';

export interface SendTemplateToContactInput {
  templateId: string;
  contactId: string;
  /**
   * Idempotency key of a workflow step: a second call with the same id (a retried step) returns the
   * first call's email instead of sending another.
   */
  workflowStepExecutionId?: string | null;
}

export interface SendTemplateToContactResult {
  /** Null when skipped: nothing was written. */
  emailLogId: string | null;
  status: 'sent' | 'skipped';
  /** Why it was skipped: `contact_archived` or `address_suppressed`. */
  reason?: 'contact_archived' | 'address_suppressed';
}

/** A template ready to send many times: compiled once, sender resolved. */
export interface PreparedTemplate {
  compiled: CompiledTemplate;
  fromEmail: string | null;
  fromName: string | null;
  /** The campaign's tracking switches; workflow emails track both. */
  tracking: TrackingChoice;
}

export type DeliveryOutcome =
  | { kind: 'sent' }
  | { kind: 'skipped'; reason: 'contact_archived' | 'address_suppressed' }
  | { kind: 'retry'; error: TransientEmailError; nextAttemptAt: Date }
  | { kind: 'failed'; error: EmailSendError };

/** Attempts per email before a transient failure becomes permanent (about 20 minutes of backoff in all). */
export const MAX_ATTEMPTS = 6;

/**
 * How long the outcome of an SMTP hand-off ("sent", "retry later", "failed") is retried while the
 * database is unreachable, so that a PostgreSQL restart never turns a delivered email into a
 * failed one. The records wait in memory, at most MAX_IN_FLIGHT per process (the send slot is held
 * until the record is written, so nothing new is claimed meanwhile). Past 5 minutes, or if the
 * process stops first, the email is resolved as "delivery unknown" like any interrupted hand-off.
 */
export const OUTCOME_RECORD_RETRY_MS = 5 * 60_000;

/** 10 s, 30 s, 90 s, 270 s, 810 s after attempts 1..5. */
export function retryDelayMs(attempts: number): number {
  return 10_000 * 3 ** Math.max(0, attempts - 1);
}

/**
 * The one path by which an email leaves Corral: campaigns (through the send processor) and
 * workflows (through sendTemplateToContact) both claim an email log, render, track, add the
 * unsubscribe link and headers, and hand the message to the pooled SMTP transport.
 *
 * Crash window — at-most-once at the SMTP boundary. An email is claimed (status `sending`, tagged
 * with this process's liveness key) immediately before the SMTP hand-off and marked `sent` right
 * after the server's 250. If the process dies between the two, nobody can know whether the server
 * accepted the message. Corral then marks the email `failed` with ORPHANED_SEND_MESSAGE instead of
 * sending it again: a recipient may (rarely) miss one email, but never receives two. The window is
 * the emails in flight (at most MAX_IN_FLIGHT per process), because an email is claimed only once a
 * send slot is free (see SendSlots). Emails still `pending` when a
 * process dies are simply claimed by the next one. (A dropped connection without an SMTP reply is
 * retried like any transient error, as MTAs do; that is SMTP's own, much narrower, duplicate window.)
 */
@Injectable()
export class EmailSendingService {
  private readonly logger = new Logger(EmailSendingService.name);
  private readonly templates = new CompiledTemplateCache();

  constructor(
    @InjectRepository(EmailTemplate) private readonly templateRepository: Repository<EmailTemplate>,
    private readonly logs: EmailLogsRepository,
    private readonly recipients: RecipientsRepository,
    private readonly composer: EmailComposerService,
    private readonly transport: MailTransportService,
    private readonly liveness: SenderLivenessService,
    private readonly settings: EmailSettingsService,
    private readonly activities: ActivitiesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Sends one template to one contact (workflow `send_email` steps). Skips archived contacts and
   * suppressed addresses. Idempotent per `workflowStepExecutionId`: once sent, further calls return
   * the same log. Throws TransientEmailError (retry later; the log stays pending) or
   * PermanentEmailError (the log is failed, or the template/contact is missing or broken).
   */
  async sendTemplateToContact(input: SendTemplateToContactInput): Promise<SendTemplateToContactResult> {
    const stepId = input.workflowStepExecutionId ?? null;
    let logId = stepId ? await this.logs.findIdByStep(stepId) : null;
    if (!logId) {
      const contact = await this.recipients.findSendable(input.contactId);
      if (!contact) throw new PermanentEmailError(`Contact ${input.contactId} does not exist`);
      if (contact.status === 'archived') return { emailLogId: null, status: 'skipped', reason: 'contact_archived' };
      if (contact.suppressed) return { emailLogId: null, status: 'skipped', reason: 'address_suppressed' };
      const template = await this.templateRepository.findOne({ where: { id: input.templateId }, select: { id: true } });
      if (!template) throw new PermanentEmailError(`Email template ${input.templateId} does not exist`);
      const inserted = await this.logs.createSingle({
        contactId: input.contactId,
        templateId: input.templateId,
        workflowStepExecutionId: stepId,
        toEmail: contact.email,
      });
      // A concurrent call for the same step inserted first: continue with its log.
      logId = inserted ?? (stepId ? await this.logs.findIdByStep(stepId) : null);
      if (!logId) throw new TransientEmailError('The email log could not be created; try again');
    }
    return this.sendSingleLog(logId, input.templateId);
  }

  private async sendSingleLog(logId: string, templateId: string): Promise<SendTemplateToContactResult> {
    const release = await this.transport.acquireSlot();
    try {
      return await this.sendClaimable(logId, templateId);
    } finally {
      release();
    }
  }

  private async sendClaimable(logId: string, templateId: string): Promise<SendTemplateToContactResult> {
    const claimed = await this.logs.claimById(logId, await this.liveness.senderKey());
    if (!claimed) return this.existingOutcome(logId);
    const template = await this.templateRepository.findOne({ where: { id: claimed.templateId ?? templateId } });
    if (!template) {
      await this.logs.markFailed(claimed.id, 'The email template was deleted');
      throw new PermanentEmailError(`Email template ${templateId} does not exist`);
    }
    let prepared: PreparedTemplate;
    try {
      prepared = this.prepare(`${template.id}:${template.updatedAt.getTime()}`, template);
    } catch (error) {
      const message = error instanceof TemplateSyntaxError ? `The template “${template.name}” cannot be sent: its ${TEMPLATE_PART_NAMES[error.field]} has an error (${error.message})` : String(error);
      await this.logs.markFailed(claimed.id, message);
      throw new PermanentEmailError(message);
    }
    const outcome = await this.deliverClaimed(claimed, prepared);
    switch (outcome.kind) {
      case 'sent':
        return { emailLogId: claimed.id, status: 'sent' };
      case 'skipped':
        return { emailLogId: null, status: 'skipped', reason: outcome.reason };
      case 'retry':
      case 'failed':
        throw outcome.error;
    }
  }

  /** Someone else holds or finished this log: report its state the way a first call would have. */
  private async existingOutcome(logId: string): Promise<SendTemplateToContactResult> {
    const row = await this.logs.findState(logId);
    if (!row) throw new TransientEmailError('The email log disappeared while claiming it; try again');
    if (['sent', 'delivered', 'bounced'].includes(row.status)) return { emailLogId: logId, status: 'sent' };
    if (row.status === 'failed') throw new PermanentEmailError(row.errorMessage ?? 'The email failed');
    if (row.status === 'sending') {
      await this.logs.resolveOrphans(logId);
      const after = await this.logs.findState(logId);
      if (after?.status === 'failed') throw new PermanentEmailError(ORPHANED_SEND_MESSAGE);
      throw new TransientEmailError('Another process is sending this email right now');
    }
    throw new TransientEmailError('The email is not due yet; try again');
  }

  /** Compiles (cached by `version`) and resolves the sender. Throws TemplateSyntaxError. */
  prepare(
    version: string,
    source: { subject: string; htmlBody: string; textBody: string | null; fromEmail: string | null; fromName: string | null },
    tracking: TrackingChoice = { opens: true, clicks: true },
  ): PreparedTemplate {
    return { compiled: this.templates.get(version, source), fromEmail: source.fromEmail, fromName: source.fromName, tracking };
  }

  private listId(settings: EmailSettings): string {
    return listIdHeader({ senderName: settings.fromName, publicUrl: this.config.publicUrl, senderAddress: settings.fromEmail });
  }

  /** This process's sender key, for claims made outside this service (the campaign send loop). */
  senderKey(): Promise<number> {
    return this.liveness.senderKey();
  }

  /** Waits for a send slot (pool size and SEND_RATE); claim only after it, and release it when done. */
  acquireSlot(): Promise<() => void> {
    return this.transport.acquireSlot();
  }

  /** Writes an email's outcome, retrying for OUTCOME_RECORD_RETRY_MS while the database is away. */
  private recordOutcome(write: () => Promise<void>): Promise<void> {
    return retryWhileDatabaseAway(write, {
      deadlineMs: OUTCOME_RECORD_RETRY_MS,
      onRetry: (error, attempt) => {
        if (attempt === 1) this.logger.warn(`Database unreachable while recording an email's outcome (${(error as Error).message}); keeping it and retrying`);
        // The liveness lock's connection went the same way: take a fresh key for the next claims
        // now rather than at the next heartbeat.
        void this.liveness.verify();
      },
    });
  }

  /**
   * Sends a claimed email and records the outcome on its log. Never throws for a failed send: the
   * outcome says what happened. Database errors do throw: before the hand-off the email goes back to
   * pending; after it, once its record has been retried for OUTCOME_RECORD_RETRY_MS, it resolves as an orphan.
   */
  async deliverClaimed(claimed: ClaimedEmail, prepared: PreparedTemplate): Promise<DeliveryOutcome> {
    if (claimed.contactStatus === 'archived' || claimed.suppressed) {
      await this.logs.discardClaimed(claimed.id);
      return { kind: 'skipped', reason: claimed.suppressed ? 'address_suppressed' : 'contact_archived' };
    }
    let subject: string | undefined;
    let handedOff = false;
    try {
      const settings = await this.settings.get();
      const composed = await this.composer.compose({
        template: prepared.compiled,
        recipient: claimed.recipient,
        postalAddress: settings.postalAddress,
        log: { id: claimed.id, campaignId: claimed.campaignId },
        tracking: prepared.tracking,
      });
      subject = composed.subject;
      const messageId = `<${claimed.id}@${this.transport.messageDomain}>`;
      handedOff = true;
      await this.transport.send({
        from: { name: prepared.fromName || settings.fromName, address: prepared.fromEmail || settings.fromEmail },
        to: claimed.recipient.email,
        subject: composed.subject,
        html: composed.html,
        text: composed.text,
        messageId,
        emailLogId: claimed.id,
        headers: {
          // `prepared`: nodemailer would encode the whole value as one RFC 2047 word because of the quoted phrase.
          'List-Id': { prepared: true, foldLines: true, value: this.listId(settings) },
          'List-Unsubscribe': `<${composed.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      });
      await this.recordOutcome(() => this.logs.markSent(claimed.id, messageId, composed.subject));
      if (!claimed.campaignId) {
        await this.activities
          .record({ contactId: claimed.recipient.id, type: 'email', title: `Email sent: ${composed.subject}` })
          .catch((error) => this.logger.warn(`Could not record the email activity: ${(error as Error).message}`));
      }
      return { kind: 'sent' };
    } catch (error) {
      if (!(error instanceof EmailSendError)) {
        // Nothing reached SMTP (rendering needed the database, and it was away): the email goes back
        // to pending for a later attempt instead of waiting to be resolved as "delivery unknown".
        if (!handedOff && isDatabaseUnavailable(error)) await this.recordOutcome(() => this.logs.release(claimed.id, `Not sent: ${(error as Error).message}`, new Date(Date.now() + retryDelayMs(1))));
        throw error;
      }
      if (error instanceof TransientEmailError && claimed.attempts < MAX_ATTEMPTS) {
        const nextAttemptAt = new Date(Date.now() + retryDelayMs(claimed.attempts));
        await this.recordOutcome(() => this.logs.release(claimed.id, error.message, nextAttemptAt));
        return { kind: 'retry', error, nextAttemptAt };
      }
      const message = error.transient ? `Gave up after ${claimed.attempts} attempts: ${error.message}` : error.message;
      await this.recordOutcome(() => this.logs.markFailed(claimed.id, message, subject));
      return { kind: 'failed', error: error.transient ? new PermanentEmailError(message, error.responseCode) : error };
    }
  }
}
