import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const UNSUBSCRIBE_REASONS = ['too_frequent', 'not_relevant', 'never_signed_up', 'other'] as const;
export type UnsubscribeReason = (typeof UNSUBSCRIBE_REASONS)[number];

/** The optional answer of the unsubscribe page, counted per campaign in its report (not tied to the person). */
@Entity('unsubscribe_reason')
export class UnsubscribeReasonEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  campaignId: string;

  @Column({ type: 'varchar' })
  reason: UnsubscribeReason;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
