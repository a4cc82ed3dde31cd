import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { SegmentDefinition } from '../segment-rules';

/** A saved audience: its definition is evaluated at every count, list and campaign expansion, never stored as members. */
@Entity('segment')
export class Segment extends BaseEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'jsonb' })
  definition: SegmentDefinition;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;
}
