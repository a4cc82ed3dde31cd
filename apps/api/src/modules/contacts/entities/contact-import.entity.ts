import { Column, Entity } from 'typeorm';
import { BaseEntity } from '../../../common/entities/base.entity';
import type { ImportColumn, ValueMapping } from '../import/csv-format';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export const ON_DUPLICATE = ['skip', 'update'] as const;
export type OnDuplicate = (typeof ON_DUPLICATE)[number];

/**
 * One CSV import. The file itself is in `contact_import_chunk` until the import finishes; errors
 * are in `contact_import_error` (one row per failed CSV row). Counters and `processed` are updated
 * in the same transaction as each batch of contacts, so a restarted job resumes where it stopped.
 */
@Entity('contact_import')
export class ContactImport extends BaseEntity {
  @Column({ type: 'varchar' })
  status: ImportStatus;

  @Column()
  fileName: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  fileSize: number;

  @Column()
  delimiter: string;

  /** What each CSV column holds, by position; null columns are ignored. */
  @Column({ type: 'jsonb' })
  columns: ImportColumn[];

  @Column({ type: 'varchar' })
  onDuplicate: OnDuplicate;

  /** Values of the file translated before import, per field (`{status: {Subscriber: 'lead'}}`). */
  @Column({ type: 'jsonb' })
  valueMapping: ValueMapping;

  /** Whether the contacts it creates and the tags it adds start `contact_created` / `tag_added` workflows. */
  @Column()
  runWorkflows: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  /** Owner of the contacts the import creates (the importing member), null for unassigned. */
  @Column({ type: 'uuid', nullable: true })
  ownerId: string | null;

  @Column()
  total: number;

  @Column()
  processed: number;

  @Column()
  created: number;

  @Column()
  updated: number;

  @Column()
  skipped: number;

  @Column()
  errorCount: number;

  @Column()
  attempts: number;

  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
