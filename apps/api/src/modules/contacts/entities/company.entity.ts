import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { CustomValues } from '../../fields/custom-field-rules';

@Entity('company')
export class Company extends BaseEntity {
  @Column()
  name: string;

  @Column({ type: 'varchar', nullable: true })
  domain: string | null;

  @Column({ type: 'varchar', nullable: true })
  industry: string | null;

  @Column({ type: 'varchar', nullable: true })
  size: string | null;

  /** Values of the company custom fields by key (fields module). */
  @Column({ type: 'jsonb', default: {} })
  customFields: CustomValues;
}
