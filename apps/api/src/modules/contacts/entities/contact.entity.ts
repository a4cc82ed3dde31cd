import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import { User } from '../../users/entities/user.entity';
import type { CustomValues } from '../../fields/custom-field-rules';
import { Company } from './company.entity';

export const CONTACT_STATUSES = ['lead', 'prospect', 'customer', 'archived'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

@Entity('contact')
export class Contact extends BaseEntity {
  @Column({ default: '' })
  firstName: string;

  @Column({ default: '' })
  lastName: string;

  @Column()
  email: string;

  @Column({ type: 'varchar', nullable: true })
  phone: string | null;

  @Column({ type: 'uuid', nullable: true })
  companyId: string | null;

  @ManyToOne(() => Company, { onDelete: 'SET NULL' })
  @JoinColumn()
  company?: Relation<Company> | null;

  @Column({ type: 'varchar', default: 'lead' })
  status: ContactStatus;

  @Column({ type: 'text', array: true, default: '{}' })
  tags: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  assignedToId: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  assignedTo?: Relation<User> | null;

  /** Values of the contact custom fields by key (fields module); checked by FieldsService before every write. */
  @Column({ type: 'jsonb', default: {} })
  customFields: CustomValues;
}
