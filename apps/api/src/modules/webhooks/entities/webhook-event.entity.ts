import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredWebhookEventType } from '../webhook-event-types';

/** One published event; its id is the `webhook-id` of every attempt at every endpoint. */
@Entity('webhook_event')
export class WebhookEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  type: StoredWebhookEventType;

  /** The body's `data`. */
  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  /** The body's `timestamp`. */
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
