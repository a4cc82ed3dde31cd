import { Column, Entity, OneToMany } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import { Stage } from './stage.entity';

@Entity('pipeline')
export class Pipeline extends BaseEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** The pipeline a deal lands in when none is named; exactly one after the migration. */
  @Column({ default: false })
  isDefault: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @OneToMany(() => Stage, (stage) => stage.pipeline)
  stages?: Relation<Stage[]>;
}
