import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { User } from '../../users/entities/user.entity';
import { Deal } from './deal.entity';

/** One row each time a deal enters a stage (including the first, with no `fromStage`). */
@Entity('deal_stage_history')
export class DealStageHistory {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'CASCADE' })
  @JoinColumn()
  deal?: Relation<Deal>;

  @Column('uuid')
  pipelineId: string;

  @Column({ type: 'uuid', nullable: true })
  fromStageId: string | null;

  @Column({ type: 'uuid', nullable: true })
  toStageId: string | null;

  @Column({ type: 'varchar', nullable: true })
  fromStageName: string | null;

  @Column()
  toStageName: string;

  @Column({ type: 'uuid', nullable: true })
  changedById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn()
  changedBy?: Relation<User> | null;

  /** The API key of the request that made the change, if any (request-context). */
  @Column({ type: 'uuid', nullable: true })
  apiKeyId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  changedAt: Date;
}
