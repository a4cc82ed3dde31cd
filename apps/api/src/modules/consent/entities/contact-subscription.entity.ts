import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const SUBSCRIPTION_STATUSES = ['subscribed', 'unsubscribed', 'pending'] as const;
export type SubscriptionStatus = (typeof SUBSCRIPTION_STATUSES)[number];

/** A contact's decision about one topic; no row means no decision (see the consent migration). */
@Entity('contact_subscription')
export class ContactSubscription {
  @PrimaryColumn('uuid')
  contactId: string;

  @PrimaryColumn('uuid')
  topicId: string;

  @Column({ type: 'varchar' })
  status: SubscriptionStatus;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
