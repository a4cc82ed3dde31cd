import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/**
 * The raw SQL of deleting a workflow with its executions, inside the caller's transaction. Rows
 * are locked in the engine's order (step executions by execution and step order, then their
 * executions), so a step being recorded right now finishes first instead of deadlocking against
 * the cascade, which would lock executions before their steps.
 */
@Injectable()
export class WorkflowsRepository {
  /** Locks the workflow for its deletion, which also holds back new executions (enrolling key-share locks it); false when it does not exist. */
  async lockForDelete(manager: EntityManager, id: string): Promise<boolean> {
    const rows = await manager.query(`SELECT id FROM workflow WHERE id = $1 FOR UPDATE`, [id]);
    return rows.length > 0;
  }

  async lockStepExecutionsOf(manager: EntityManager, workflowId: string): Promise<void> {
    await manager.query(
      `SELECT s.id FROM workflow_step_execution s JOIN workflow_execution e ON e.id = s.execution_id
       WHERE e.workflow_id = $1 ORDER BY s.execution_id, s.step_order FOR UPDATE OF s`,
      [workflowId],
    );
  }

  async deleteStepExecutionsOf(manager: EntityManager, workflowId: string): Promise<void> {
    await manager.query(`DELETE FROM workflow_step_execution s USING workflow_execution e WHERE e.id = s.execution_id AND e.workflow_id = $1`, [workflowId]);
  }

  /** Names of the workflows a contact_updated trigger narrows to this custom field (`cf.<key>`). */
  async namesNarrowingOn(manager: EntityManager, field: string): Promise<string[]> {
    const rows: { name: string }[] = await manager.query(
      `SELECT name FROM workflow WHERE trigger_event = 'contact_updated' AND trigger_data ->> 'field' = $1 ORDER BY name`,
      [field],
    );
    return rows.map((row) => row.name);
  }

  /** Deletes the workflow; its steps and executions go with it (foreign keys ON DELETE CASCADE). */
  async delete(manager: EntityManager, id: string): Promise<void> {
    await manager.query(`DELETE FROM workflow WHERE id = $1`, [id]);
  }
}
