import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { StepAction, StepExecutionStatus } from '../workflow.constants';
import { WorkflowExecution } from './workflow-execution.entity';

/**
 * One step of one execution. It stays `pending` while a worker runs it: the claim is a lease
 * (`claimToken` + `lockedUntil`), so a worker that dies mid-step hands the step back to the
 * scheduler when the lease runs out.
 */
@Entity('workflow_step_execution')
export class WorkflowStepExecution extends BaseEntity {
  @Column('uuid')
  executionId: string;

  @ManyToOne(() => WorkflowExecution, { onDelete: 'CASCADE' })
  @JoinColumn()
  execution?: Relation<WorkflowExecution>;

  /** Null once the step was removed from the workflow; order and action stay as a snapshot. */
  @Column({ type: 'uuid', nullable: true })
  stepId: string | null;

  @Column({ name: 'step_order', type: 'integer' })
  order: number;

  @Column({ type: 'varchar' })
  action: StepAction;

  @Column({ type: 'varchar', default: 'pending' })
  status: StepExecutionStatus;

  @Column({ type: 'timestamptz' })
  scheduledFor: Date;

  @Column({ type: 'timestamptz', nullable: true })
  executedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  errorMessage: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'uuid', nullable: true, select: false })
  claimToken: string | null;

  /** The sender key of the process holding the lease: a dead holder's lease is free at once. */
  @Column({ type: 'integer', nullable: true, select: false })
  claimedBy: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'uuid', nullable: true })
  emailLogId: string | null;
}
