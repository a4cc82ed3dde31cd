import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A URL that appeared in a campaign's emails (campaignId null: single sends). Clicks redirect only here. */
@Entity('campaign_link')
export class CampaignLink {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'char', length: 64 })
  urlHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
