import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const CONSENT_ACTIONS = ['subscribed', 'confirmed', 'unsubscribed'] as const;
export type ConsentAction = (typeof CONSENT_ACTIONS)[number];

export const CONSENT_SOURCES = ['form', 'import', 'api', 'manual', 'unsubscribe_link', 'one_click', 'preference_centre'] as const;
export type ConsentSource = (typeof CONSENT_SOURCES)[number];

/** One entry of the append-only consent ledger (a trigger refuses edits; see the consent migration). */
@Entity('consent_event')
export class ConsentEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  contactId: string;

  @Column({ type: 'varchar' })
  action: ConsentAction;

  /** Null: about all email (an unsubscribe from everything). */
  @Column({ type: 'uuid', nullable: true })
  topicId: string | null;

  @Column({ type: 'varchar' })
  source: ConsentSource;

  @Column({ type: 'uuid', nullable: true })
  formId: string | null;

  @Column({ type: 'varchar', nullable: true })
  ip: string | null;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  /** The exact consent text the person was shown. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** The user who made the change (manual, api), or the user an API key acts as. */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
