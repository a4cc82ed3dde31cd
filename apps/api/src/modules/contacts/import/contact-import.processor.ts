import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger } from '@nestjs/common';
import type { Job, Queue } from 'bull';
import { AdvisoryLock } from '../../../common/locks';
import { Periodic, PeriodicJob } from '../../../common/periodic';
import { ShutdownCoordinator } from '../../../common/shutdown';
import { ContactImportJob, QueueName } from '../../../queue/queue-names';
import { ContactImportRunner } from './contact-import.runner';
import { ContactImportsRepository } from './contact-imports.repository';
import { importJobOptions } from './contact-imports.service';

@Processor(QueueName.ContactImport)
export class ContactImportProcessor {
  constructor(
    private readonly runner: ContactImportRunner,
    private readonly shutdown: ShutdownCoordinator,
  ) {}

  /** Tracked, so a shutdown lets the batch being written commit (the run then stops between batches). */
  @Process()
  async handle(job: Job<ContactImportJob>): Promise<void> {
    if (this.shutdown.stopping) return;
    await this.shutdown.track(() => this.runner.run(job.data.importId));
  }
}

/**
 * Redis holds the queue only, and a worker can die mid-import. This finds imports whose job went
 * missing: `queued` ones never picked up (saved while Redis was down, or lost with Redis) are
 * queued again under their own job id (a job still waiting is not doubled); `running` ones whose
 * runner no longer holds the import's advisory lock (its process died) get a resume job at once
 * instead of waiting for Bull's stalled-job check.
 */
@Injectable()
@Periodic({ name: 'contact-import-sweeper', lock: AdvisoryLock.ContactImportSweeper })
export class ContactImportSweeper implements PeriodicJob {
  private readonly logger = new Logger(ContactImportSweeper.name);

  constructor(
    private readonly imports: ContactImportsRepository,
    private readonly runner: ContactImportRunner,
    @InjectQueue(QueueName.ContactImport) private readonly queue: Queue<ContactImportJob>,
  ) {}

  /** At start every queued import is taken; later ones only after two minutes (their job may just be waiting). */
  async tick(atStart: boolean): Promise<void> {
    for (const { id, status } of await this.imports.unfinished(atStart ? 0 : 120)) {
      if (status === 'queued') {
        await this.queue.add({ importId: id }, importJobOptions(id));
      } else if (!(await this.runner.isBeingRun(id))) {
        this.logger.warn(`Import ${id} was left running by a stopped worker; resuming it`);
        await this.queue.add({ importId: id }, { ...importJobOptions(id), jobId: `${id}:resume:${Date.now()}` });
      }
    }
  }
}
