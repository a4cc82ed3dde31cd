import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';

/** `sending` is internal: a worker claimed the email and is handing it to SMTP. */
export const EMAIL_LOG_STATUSES = ['pending', 'sending', 'sent', 'delivered', 'failed', 'bounced'] as const;
export type EmailLogStatus = (typeof EMAIL_LOG_STATUSES)[number];

@Entity('email_log')
export class EmailLog extends BaseEntity {
  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  /** Null once the contact was erased: the log stays for the campaign's counts, without the person. */
  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ type: 'uuid', nullable: true })
  workflowStepExecutionId: string | null;

  /** Null once the contact was erased. */
  @Column({ type: 'varchar', nullable: true })
  toEmail: string | null;

  @Column({ type: 'varchar', default: 'pending' })
  status: EmailLogStatus;

  @Column({ default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz' })
  nextAttemptAt: Date;

  /** Liveness-lock key of the process that claimed this email (see SenderLivenessService). */
  @Column({ type: 'integer', nullable: true })
  claimedBy: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  @Column({ type: 'varchar', nullable: true })
  messageId: string | null;

  @Column({ type: 'varchar', nullable: true })
  providerMessageId: string | null;

  @Column({ type: 'varchar', nullable: true })
  renderedSubject: string | null;

  @Column({ type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  clickedAt: Date | null;

  @Column({ default: 0 })
  openCount: number;

  @Column({ default: 0 })
  clickCount: number;

  /** Distinct URLs this recipient clicked, in the order of their first click. */
  @Column({ type: 'jsonb', default: [] })
  clickedLinks: string[];

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  complainedAt: Date | null;
}
