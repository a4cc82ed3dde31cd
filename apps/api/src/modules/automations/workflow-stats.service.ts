import { Injectable } from '@nestjs/common';
import { Caller } from '../../common/access/access-policy';
import { WorkflowStatsDto } from './dto/workflow-stats.dto';
import { WorkflowExecutionsRepository } from './workflow-executions.repository';

/**
 * Workflow figures for the dashboard, computed in SQL. The access policy limits executions,
 * failed steps and activity to the contacts the caller may see; workflows themselves
 * are shared, so `active` is always the global count.
 */
@Injectable()
export class WorkflowStatsService {
  constructor(private readonly executions: WorkflowExecutionsRepository) {}

  async getStats(options: { caller: Caller; recentLimit?: number }): Promise<WorkflowStatsDto> {
    const [counts, recent] = await Promise.all([this.executions.figures(options.caller), this.executions.recentSteps(options.caller, options.recentLimit ?? 10)]);
    return {
      active: Number(counts.active),
      completedExecutions: Number(counts.completedExecutions),
      failedSteps: Number(counts.failedSteps),
      recentActivity: recent.map((r) => ({
        stepExecutionId: r.id,
        executionId: r.executionId,
        workflowId: r.workflowId,
        workflowName: r.workflowName,
        contactId: r.contactId,
        contactName: `${r.firstName} ${r.lastName}`.trim() || r.email,
        action: r.action,
        status: r.status,
        errorMessage: r.errorMessage,
        executedAt: r.executedAt.toISOString(),
      })),
    };
  }
}
