import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';

export const CAMPAIGN_STATUSES = ['draft', 'scheduled', 'sending', 'sent', 'paused', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Who receives a campaign: contacts matching every given criterion (archived contacts never). */
export interface SegmentFilter {
  status?: string | string[];
  tags?: string[];
  tagMatch?: 'any' | 'all';
  companyId?: string;
  assignedToId?: string;
}

/** The template as it was when sending started: editing the template later does not change a running campaign. */
export interface TemplateSnapshot {
  subject: string;
  htmlBody: string;
  textBody: string | null;
  fromEmail: string | null;
  fromName: string | null;
}

@Entity('campaign')
export class Campaign extends BaseEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  templateId: string | null;

  @Column({ type: 'jsonb', default: {} })
  segmentFilter: SegmentFilter;

  /** Segments whose union the campaign aims at (narrowed by `segmentFilter`); empty: `segmentFilter` alone. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  segmentIds: string[];

  /** Contacts of any of these segments are skipped (recorded as `excluded_segment` when the audience is frozen). */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  excludeSegmentIds: string[];

  /** The kind of email (consent topic): contacts who left it are skipped, and only subscribers get a topic that requires opt-in. */
  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'varchar', default: 'draft' })
  status: CampaignStatus;

  @Column({ type: 'timestamptz', nullable: true })
  scheduledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  /** Adds the open pixel to each email. */
  @Column({ default: true })
  trackOpens: boolean;

  /** Rewrites links to signed click-tracking redirects (the unsubscribe link never is). */
  @Column({ default: true })
  trackClicks: boolean;

  @Column({ type: 'jsonb', nullable: true })
  templateSnapshot: TemplateSnapshot | null;

  /** Last contact id expanded into email logs, so an interrupted expansion resumes where it stopped. */
  @Column({ type: 'uuid', nullable: true })
  expansionCursor: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  audienceExpandedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
