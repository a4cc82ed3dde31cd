import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation, ValueTransformer } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import { Company } from '../../contacts/entities/company.entity';
import { Contact } from '../../contacts/entities/contact.entity';
import type { CustomValues } from '../../fields/custom-field-rules';
import { User } from '../../users/entities/user.entity';
import { Pipeline } from './pipeline.entity';
import { Stage } from './stage.entity';

export const DEAL_STATUSES = ['open', 'won', 'lost'] as const;
export type DealStatus = (typeof DEAL_STATUSES)[number];

/** numeric(14,2) arrives from pg as a string; cents fit a double exactly up to 14 digits. */
export const moneyTransformer: ValueTransformer = {
  to: (value: number | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

@Entity('deal')
export class Deal extends BaseEntity {
  @Column()
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'numeric', precision: 14, scale: 2, transformer: moneyTransformer })
  value: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'uuid', nullable: true })
  contactId: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL' })
  @JoinColumn()
  contact?: Relation<Contact> | null;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL' })
  @JoinColumn()
  company?: Relation<Company> | null;

  @Column('uuid')
  pipelineId: string;

  @ManyToOne(() => Pipeline)
  @JoinColumn()
  pipeline?: Relation<Pipeline>;

  @Column('uuid')
  stageId: string;

  @ManyToOne(() => Stage)
  @JoinColumn()
  stage?: Relation<Stage>;

  @Column({ type: 'varchar', default: 'open' })
  status: DealStatus;

  @Column({ type: 'uuid', nullable: true })
  assignedToId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  assignedTo?: Relation<User> | null;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** Expected close date while open; the day it was won or lost once closed. `YYYY-MM-DD`. */
  @Column({ type: 'date', nullable: true })
  closeDate: string | null;

  /** Order within the stage's column on the board (ascending). */
  @Column({ type: 'int', default: 0 })
  position: number;

  @Column({ type: 'timestamptz' })
  stageChangedAt: Date;

  /** Values of the deal custom fields by key (fields module). */
  @Column({ type: 'jsonb', default: {} })
  customFields: CustomValues;
}
