import { InjectQueue, Process, Processor } from '@nestjs/bull';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job, Queue } from 'bull';
import { DataSource } from 'typeorm';
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
 * Redis holds the queue only: an import saved while Redis was down, or whose job was lost with
 * Redis, is still `queued`/`running` in PostgreSQL. This puts such imports back on the queue, at
 * worker start and every minute; the job id is the import id, so a job still queued is not doubled.
 */
@Injectable()
export class ContactImportSweeper implements OnApplicationBootstrap {
  private readonly logger = new Logger(ContactImportSweeper.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.ContactImport) private readonly queue: Queue<ContactImportJob>,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep(0);
  }

  @Interval(60_000)
  async sweepStale(): Promise<void> {
    await this.sweep(120);
  }

  private async sweep(idleSeconds: number): Promise<void> {
    try {
      const stale: { id: string }[] = await this.dataSource.query(
        `SELECT id FROM contact_import WHERE status IN ('queued', 'running') AND updated_at < now() - make_interval(secs => $1)`,
        [idleSeconds],
      );
      for (const { id } of stale) await this.queue.add({ importId: id }, importJobOptions(id));
    } catch (error) {
      this.logger.warn(`Import sweep failed: ${(error as Error).message}`);
    }
  }
}
