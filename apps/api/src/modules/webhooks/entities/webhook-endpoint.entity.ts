import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { WebhookEventType } from '../webhook-event-types';

/** A URL that receives the events it subscribes to, signed with its own secret. */
@Entity('webhook_endpoint')
export class WebhookEndpoint extends BaseEntity {
  @Column({ type: 'text' })
  url: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'text', array: true })
  events: WebhookEventType[];

  @Column({ default: true })
  isActive: boolean;

  /** Never leaves the API except in the answers of create and rotate-secret. */
  @Column({ type: 'text' })
  secret: string;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** The first failed attempt since the last success; null while the endpoint answers. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  /** Set (with isActive false) when the product turned the endpoint off after days of failures. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'text', nullable: true })
  disabledReason: string | null;
}
