import { ApiProperty } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { ImportColumn, IMPORT_FIELDS, ImportField } from '../import/csv-format';
import { ContactImport, IMPORT_STATUSES, ImportStatus, ON_DUPLICATE, OnDuplicate } from '../entities/contact-import.entity';

export class ImportStartedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
}

export class ImportErrorDto {
  /** Spreadsheet row number: the header is row 1, the first contact row 2. */
  @ApiProperty()
  row: number;
  @ApiProperty()
  message: string;
}

export class ImportColumnDto {
  @ApiProperty()
  header: string;
  /** The contact field this column fills, or null when it is ignored. */
  @ApiProperty({ enum: IMPORT_FIELDS, nullable: true, type: String })
  field: ImportField | null;
}

/**
 * Progress and result. When finished, `created + updated + skipped + errorCount = total`;
 * `skipped` counts rows whose email already belonged to a contact left unchanged (`onDuplicate=skip`).
 */
export class ImportStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty({ enum: IMPORT_STATUSES })
  status: ImportStatus;
  @ApiProperty()
  fileName: string;
  @ApiProperty({ enum: ON_DUPLICATE })
  onDuplicate: OnDuplicate;
  @ApiProperty({ type: [ImportColumnDto] })
  columns: ImportColumnDto[];
  /** Data rows in the file (blank rows excluded). */
  @ApiProperty()
  total: number;
  /** Rows handled so far. */
  @ApiProperty()
  processed: number;
  @ApiProperty()
  created: number;
  @ApiProperty()
  updated: number;
  @ApiProperty()
  skipped: number;
  @ApiProperty()
  errorCount: number;
  /** The first 1,000 row errors; `GET /api/contacts/imports/:id/errors` has them all as CSV. */
  @ApiProperty({ type: [ImportErrorDto] })
  errors: ImportErrorDto[];
  /** Why a failed import stopped (rows committed before that stay imported). */
  @ApiProperty({ type: String, nullable: true })
  failureReason: string | null;
  @ApiProperty({ format: 'date-time' })
  createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  startedAt: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  finishedAt: string | null;

  static from(job: ContactImport, errors: ImportErrorDto[]): ImportStatusDto {
    return {
      id: job.id,
      status: job.status,
      fileName: job.fileName,
      onDuplicate: job.onDuplicate,
      columns: job.columns,
      total: job.total,
      processed: job.processed,
      created: job.created,
      updated: job.updated,
      skipped: job.skipped,
      errorCount: job.errorCount,
      errors,
      failureReason: job.failureReason,
      createdAt: job.createdAt.toISOString(),
      startedAt: job.startedAt?.toISOString() ?? null,
      finishedAt: job.finishedAt?.toISOString() ?? null,
    };
  }
}

export class ImportPreviewDto {
  @ApiProperty({ enum: [',', ';', '\t'] })
  delimiter: string;
  /** Every column with the field detected from its header. */
  @ApiProperty({ type: [ImportColumnDto] })
  columns: ImportColumn[];
  /** The first rows, cell by cell in column order. */
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } })
  rows: string[][];
  /** Fields a column can be mapped to. */
  @ApiProperty({ enum: IMPORT_FIELDS, isArray: true })
  fields: ImportField[];
}

/** The multipart body of `POST /api/contacts/import`, for the OpenAPI document. */
export const IMPORT_BODY_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'CSV, UTF-8, header row; at most 50 MB' },
    onDuplicate: { type: 'string', enum: [...ON_DUPLICATE], default: 'skip', description: 'What to do with a row whose email already exists' },
    mapping: {
      type: 'string',
      description:
        'Optional JSON object header → field (one of ' + IMPORT_FIELDS.join(', ') + ', or "" to ignore the column), overriding the detected mapping',
      example: '{"E-Mail Address":"email","Org":"company","Internal id":""}',
    },
  },
};

export const PREVIEW_BODY_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['file'],
  properties: { file: { type: 'string', format: 'binary', description: 'The CSV, or just its first kilobytes' } },
};
