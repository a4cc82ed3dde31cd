import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { everySchedulerInterval } from '../../common/scheduler-interval';
import { APP_CONFIG, AppConfig } from '../../config/config';
import { WorkflowStepQueue } from './workflow-step-queue';

/** Only the worker holding this transaction-scoped advisory lock schedules in a given tick. */
const SCHEDULER_LOCK_KEY = 7_412_601;
const BATCH = 1000;
/** Enough for a burst (an import's worth of delayed steps falling due at once) without an endless tick. */
const MAX_BATCHES_PER_TICK = 50;

/**
 * Every SCHEDULER_INTERVAL_SECONDS (a minute in production): finds pending steps that are due,
 * whose earlier steps are done and that no worker holds, and enqueues them. This is what makes
 * delayed steps run, and what recovers every step after Redis is flushed or a worker dies.
 */
@Injectable()
export class WorkflowScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(WorkflowScheduler.name);
  private running = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: SchedulerRegistry,
    private readonly queue: WorkflowStepQueue,
  ) {}

  onApplicationBootstrap(): void {
    everySchedulerInterval(this.registry, this.config, 'workflow-steps-scheduler', () => this.tick());
    void this.tick();
  }

  /** One pass; returns how many steps it enqueued (0 when another worker holds the lock). */
  async tick(): Promise<number> {
    if (this.running) return 0;
    this.running = true;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [SCHEDULER_LOCK_KEY]);
        if (!locked) return 0;
        let enqueued = 0;
        // Keyset cursor; the time travels as text so microseconds survive the round trip through JS.
        let after: { at: string; id: string } | null = null;
        for (let batch = 0; batch < MAX_BATCHES_PER_TICK; batch++) {
          const due: { id: string; attempts: number; cursor_at: string }[] = await manager.query(
            `SELECT s.id, s.attempts, s.scheduled_for::text AS cursor_at
             FROM workflow_step_execution s
             JOIN workflow_execution e ON e.id = s.execution_id AND e.status IN ('pending','in_progress')
             WHERE s.status = 'pending' AND s.scheduled_for <= now()
               AND (s.locked_until IS NULL OR s.locked_until < now())
               AND ($1::timestamptz IS NULL OR (s.scheduled_for, s.id) > ($1::timestamptz, $2::uuid))
               AND NOT EXISTS (SELECT 1 FROM workflow_step_execution p
                               WHERE p.execution_id = s.execution_id AND p.step_order < s.step_order AND p.status = 'pending')
             ORDER BY s.scheduled_for, s.id
             LIMIT ${BATCH}`,
            [after?.at ?? null, after?.id ?? null],
          );
          await this.queue.enqueue(due.map((row) => ({ id: row.id, attempts: row.attempts })));
          enqueued += due.length;
          if (due.length < BATCH) break;
          const last = due[due.length - 1];
          after = { at: last.cursor_at, id: last.id };
        }
        if (enqueued) this.logger.log(`Enqueued ${enqueued} due workflow step(s)`);
        return enqueued;
      });
    } catch (error) {
      this.logger.error(`Workflow scheduler tick failed: ${(error as Error).message}`);
      return 0;
    } finally {
      this.running = false;
    }
  }
}
