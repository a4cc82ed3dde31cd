import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Keyset position in the due steps; the time travels as text so microseconds survive the round trip through JS. */
export interface DueStepCursor {
  at: string;
  id: string;
}

export interface DueStep {
  id: string;
  attempts: number;
  cursor: DueStepCursor;
}

/** Reads of workflow_step_execution for the scheduler. */
@Injectable()
export class WorkflowStepsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Pending steps that are due, whose earlier steps are done and that no worker holds, of executions
   * still running: at most `limit`, in due order, after `after`.
   */
  async due(after: DueStepCursor | null, limit: number): Promise<DueStep[]> {
    const rows: { id: string; attempts: number; cursor_at: string }[] = await this.dataSource.query(
      `SELECT s.id, s.attempts, s.scheduled_for::text AS cursor_at
       FROM workflow_step_execution s
       JOIN workflow_execution e ON e.id = s.execution_id AND e.status IN ('pending','in_progress')
       WHERE s.status = 'pending' AND s.scheduled_for <= now()
         AND (s.locked_until IS NULL OR s.locked_until < now())
         AND ($1::timestamptz IS NULL OR (s.scheduled_for, s.id) > ($1::timestamptz, $2::uuid))
         AND NOT EXISTS (SELECT 1 FROM workflow_step_execution p
                         WHERE p.execution_id = s.execution_id AND p.step_order < s.step_order AND p.status = 'pending')
       ORDER BY s.scheduled_for, s.id
       LIMIT $3`,
      [after?.at ?? null, after?.id ?? null, limit],
    );
    return rows.map((row) => ({ id: row.id, attempts: row.attempts, cursor: { at: row.cursor_at, id: row.id } }));
  }
}
