import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { ApiKey } from '../../api-keys/entities/api-key.entity';
import { User } from '../../users/entities/user.entity';
import { Contact } from './contact.entity';

export const ACTIVITY_TYPES = ['note', 'call', 'meeting', 'email', 'task', 'system'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

@Entity('activity')
export class Activity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  contactId: string;

  @ManyToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn()
  contact?: Relation<Contact>;

  @Column({ type: 'varchar' })
  type: ActivityType;

  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdBy?: Relation<User> | null;

  /** The API key the entry was written with (its request, however indirectly); shown as "via API key '<name>'". */
  @Column({ type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @ManyToOne(() => ApiKey, { onDelete: 'SET NULL' })
  @JoinColumn()
  apiKey?: Relation<ApiKey> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
