import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import { Pipeline } from './pipeline.entity';

export const STAGE_OUTCOMES = ['won', 'lost'] as const;
export type StageOutcome = (typeof STAGE_OUTCOMES)[number];

@Entity('stage')
export class Stage extends BaseEntity {
  @Column('uuid')
  pipelineId: string;

  @ManyToOne(() => Pipeline, (pipeline) => pipeline.stages, { onDelete: 'CASCADE' })
  @JoinColumn()
  pipeline?: Relation<Pipeline>;

  @Column()
  name: string;

  /** 0-based place in the pipeline; `order` is an SQL keyword, hence the column name. */
  @Column({ name: 'sort_order', type: 'int' })
  order: number;

  /** Chance, 0–100, that a deal in this stage closes as won; weights the board's forecast. */
  @Column({ type: 'smallint' })
  probability: number;

  /** Set on closing stages: a deal entering a `won` stage is won, a `lost` stage lost. */
  @Column({ type: 'varchar', nullable: true })
  outcome: StageOutcome | null;
}
