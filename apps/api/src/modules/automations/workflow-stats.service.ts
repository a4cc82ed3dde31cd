import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { andScopeToOwner, Caller, scopeToOwner } from '../../common/access/access-policy';
import { WorkflowActivityDto, WorkflowStatsDto } from './dto/workflow-stats.dto';

/**
 * Workflow figures for the dashboard, computed in SQL. The access policy limits executions,
 * failed steps and activity to the contacts the caller may see; workflows themselves
 * are shared, so `active` is always the global count.
 */
@Injectable()
export class WorkflowStatsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async getStats(options: { caller: Caller; recentLimit?: number }): Promise<WorkflowStatsDto> {
    const params: unknown[] = [];
    const scope = scopeToOwner('c', options.caller, params);
    // Managers and admins count without touching contact at all; the join (a hash over a million
    // contacts in bench/dashboard) is only there to narrow a member's figures.
    const own = scope ? `JOIN contact c ON c.id = e.contact_id AND ${scope}` : '';
    const [[counts], recentActivity] = await Promise.all([
      this.dataSource.query(
        `SELECT
           (SELECT count(*) FROM workflow WHERE is_active) AS active,
           (SELECT count(*) FROM workflow_execution e ${own} WHERE e.status = 'completed') AS completed_executions,
           (SELECT count(*) FROM workflow_step_execution s ${own ? `JOIN workflow_execution e ON e.id = s.execution_id ${own}` : ''}
             WHERE s.status = 'failed') AS failed_steps`,
        params,
      ) as Promise<{ active: string; completed_executions: string; failed_steps: string }[]>,
      this.recentActivity(options.caller, options.recentLimit ?? 10),
    ]);
    return {
      active: Number(counts.active),
      completedExecutions: Number(counts.completed_executions),
      failedSteps: Number(counts.failed_steps),
      recentActivity,
    };
  }

  private async recentActivity(caller: Caller, limit: number): Promise<WorkflowActivityDto[]> {
    const params: unknown[] = [limit];
    const rows: {
      id: string;
      execution_id: string;
      workflow_id: string;
      workflow_name: string;
      contact_id: string;
      first_name: string;
      last_name: string;
      email: string;
      action: WorkflowActivityDto['action'];
      status: WorkflowActivityDto['status'];
      error_message: string | null;
      executed_at: Date;
    }[] = await this.dataSource.query(
      `SELECT s.id, s.execution_id, e.workflow_id, w.name AS workflow_name, e.contact_id, c.first_name, c.last_name, c.email,
              s.action, s.status, s.error_message, s.executed_at
       FROM workflow_step_execution s
       JOIN workflow_execution e ON e.id = s.execution_id
       JOIN workflow w ON w.id = e.workflow_id
       JOIN contact c ON c.id = e.contact_id
       WHERE s.executed_at IS NOT NULL${andScopeToOwner('c', caller, params)}
       ORDER BY s.executed_at DESC, s.id
       LIMIT $1`,
      params,
    );
    return rows.map((r) => ({
      stepExecutionId: r.id,
      executionId: r.execution_id,
      workflowId: r.workflow_id,
      workflowName: r.workflow_name,
      contactId: r.contact_id,
      contactName: `${r.first_name} ${r.last_name}`.trim() || r.email,
      action: r.action,
      status: r.status,
      errorMessage: r.error_message,
      executedAt: r.executed_at.toISOString(),
    }));
  }
}
