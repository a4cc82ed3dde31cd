import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { StepAction } from '../workflow.constants';
import { Workflow } from './workflow.entity';

/** `{tag}` for add_tag/remove_tag, `{status}` for change_status, `{userId}` for assign_to. */
export interface ActionData {
  tag?: string;
  status?: string;
  userId?: string;
  /** send_webhook: the webhook endpoint (Settings → Webhooks) whose URL receives it and whose secret signs it. */
  endpointId?: string;
}

@Entity('workflow_step')
export class WorkflowStep extends BaseEntity {
  @Column('uuid')
  workflowId: string;

  @ManyToOne(() => Workflow, (workflow) => workflow.steps, { onDelete: 'CASCADE' })
  @JoinColumn()
  workflow?: Relation<Workflow>;

  /** 1-based position; `order` is an SQL keyword, hence the column name. */
  @Column({ name: 'step_order', type: 'integer' })
  order: number;

  @Column({ type: 'varchar' })
  action: StepAction;

  /** Minutes after the previous step (or the trigger, for the first step). */
  @Column({ type: 'integer', default: 0 })
  delayMinutes: number;

  /** Plain column: the template belongs to the emails module (FK in the migration; a used template cannot be deleted). */
  @Column({ type: 'uuid', nullable: true })
  emailTemplateId: string | null;

  @Column({ type: 'jsonb', default: {} })
  actionData: ActionData;

  @Column({ default: true })
  isEnabled: boolean;
}
