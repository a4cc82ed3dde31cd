import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ImportStatus } from '../entities/contact-import.entity';

/** Reads of contact_import for the sweeper. */
@Injectable()
export class ContactImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Imports a worker may have lost: every `running` one, and `queued` ones untouched for `queuedIdleSeconds`. */
  unfinished(queuedIdleSeconds: number): Promise<{ id: string; status: Extract<ImportStatus, 'queued' | 'running'> }[]> {
    return this.dataSource.query(
      `SELECT id, status FROM contact_import
       WHERE status = 'running' OR (status = 'queued' AND updated_at < now() - make_interval(secs => $1))`,
      [queuedIdleSeconds],
    );
  }
}
