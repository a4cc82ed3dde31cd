import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { ExecutionStatus, TriggerEvent } from '../workflow.constants';
import { Workflow } from './workflow.entity';

@Entity('workflow_execution')
export class WorkflowExecution extends BaseEntity {
  @Column('uuid')
  workflowId: string;

  @ManyToOne(() => Workflow, { onDelete: 'CASCADE' })
  @JoinColumn()
  workflow?: Relation<Workflow>;

  @Column('uuid')
  contactId: string;

  @Column({ type: 'varchar', default: 'pending' })
  status: ExecutionStatus;

  /** What started it (a domain event or `manual`), kept for the history view. */
  @Column({ type: 'varchar' })
  triggerEvent: TriggerEvent;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  errorMessage: string | null;
}
