import { Column, Entity, OneToMany } from 'typeorm';
import type { Relation } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { TriggerEvent } from '../workflow.constants';
import { WorkflowStep } from './workflow-step.entity';

/** Narrows a trigger: `{tag}` for tag_added, `{pipelineId?, stageId?}` for deal_stage_changed, `{field}` for contact_updated. */
export interface TriggerData {
  tag?: string;
  pipelineId?: string;
  stageId?: string;
  field?: string;
  formId?: string;
}

@Entity('workflow')
export class Workflow extends BaseEntity {
  @Column()
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'varchar' })
  triggerEvent: TriggerEvent;

  @Column({ type: 'jsonb', default: {} })
  triggerData: TriggerData;

  @Column({ default: true })
  isActive: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @OneToMany(() => WorkflowStep, (step) => step.workflow)
  steps?: Relation<WorkflowStep>[];
}
