import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bull';
import { DataSource } from 'typeorm';
import { everySchedulerInterval } from '../../../common/scheduler-interval';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { ContactImportJob, QueueName } from '../../../queue/queue-names';
import { ContactImportRunner } from './contact-import.runner';
import { importJobOptions } from './contact-imports.service';

@Processor(QueueName.ContactImport)
export class ContactImportProcessor {
  constructor(private readonly runner: ContactImportRunner) {}

  @Process()
  async handle(job: Job<ContactImportJob>): Promise<void> {
    await this.runner.run(job.data.importId);
  }
}

/**
 * Redis holds the queue only, and a worker can die mid-import. This finds, at worker start and
 * every SCHEDULER_INTERVAL_SECONDS (a minute in production), imports whose job went missing: `queued` ones never picked up (saved while Redis
 * was down, or lost with Redis) are queued again under their own job id (a job still waiting is
 * not doubled); `running` ones whose runner no longer holds the import's advisory lock (its
 * process died) get a resume job at once instead of waiting for Bull's stalled-job check.
 */
@Injectable()
export class ContactImportSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger(ContactImportSweeper.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly registry: SchedulerRegistry,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runner: ContactImportRunner,
    @InjectQueue(QueueName.ContactImport) private readonly queue: Queue<ContactImportJob>,
  ) {}

  onApplicationBootstrap(): void {
    everySchedulerInterval(this.registry, this.config, 'contact-import-sweeper', () => this.sweep(120));
    void this.sweep(0);
  }

  private async sweep(queuedIdleSeconds: number): Promise<void> {
    try {
      const unfinished: { id: string; status: string }[] = await this.dataSource.query(
        `SELECT id, status FROM contact_import
         WHERE status = 'running' OR (status = 'queued' AND updated_at < now() - make_interval(secs => $1))`,
        [queuedIdleSeconds],
      );
      for (const { id, status } of unfinished) {
        if (status === 'queued') {
          await this.queue.add({ importId: id }, importJobOptions(id));
        } else if (!(await this.runner.isBeingRun(id))) {
          this.logger.warn(`Import ${id} was left running by a stopped worker; resuming it`);
          await this.queue.add({ importId: id }, { ...importJobOptions(id), jobId: `${id}:resume:${Date.now()}` });
        }
      }
    } catch (error) {
      this.logger.warn(`Import sweep failed: ${(error as Error).message}`);
    }
  }
}
