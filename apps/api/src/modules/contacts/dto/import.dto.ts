import { ApiProperty } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { FIELD_TYPES, FieldType } from '../../fields/custom-field-rules';
import { ImportColumn, IMPORT_FIELDS, ImportField, ImportTarget, VALUE_MAPPED_FIELDS } from '../import/csv-format';
import type { ColumnValue } from '../import/preview-figures';
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

/** `cf.<key>`: a custom field of contacts. */
const CUSTOM_TARGET_SCHEMA: SchemaObject = { type: 'string', pattern: '^cf\\.[a-z][a-z0-9_]*$', example: 'cf.member_rating' };

export class ImportColumnDto {
  @ApiProperty()
  header: string;
  /** The contact field this column fills (a built-in one, or `cf.<key>` for a custom field), or null when it is ignored. */
  @ApiProperty({ oneOf: [{ type: 'string', enum: [...IMPORT_FIELDS], nullable: true }, CUSTOM_TARGET_SCHEMA] })
  field: ImportTarget | null;
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
  /** Whether the contacts it creates and the tags it adds start `contact_created` / `tag_added` workflows. */
  @ApiProperty()
  runWorkflows: boolean;
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
      runWorkflows: job.runWorkflows,
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

export class ColumnValueDto {
  @ApiProperty()
  value: string;
  /** Rows holding it. */
  @ApiProperty()
  count: number;
}

export class PreviewColumnDto extends ImportColumnDto {
  /** The distinct values of the column, most frequent first (for value mapping); null when it has more than 50. */
  @ApiProperty({ type: [ColumnValueDto], nullable: true })
  values: ColumnValue[] | null;
  /** The existing custom field whose key or label the header names (`MEMBER_RATING` → `cf.member_rating`), mapped or not. */
  @ApiProperty({ type: String, pattern: CUSTOM_TARGET_SCHEMA.pattern, example: CUSTOM_TARGET_SCHEMA.example, nullable: true })
  suggestedField: `cf.${string}` | null;
  /** The custom field type the column's values look like, for "create a field from this column". */
  @ApiProperty({ enum: FIELD_TYPES })
  guessedType: FieldType;
}

/** An active workflow the import would start with `runWorkflows=true`. */
export class ImportWorkflowDto {
  @ApiProperty({ format: 'uuid' })
  id: string;
  @ApiProperty()
  name: string;
  @ApiProperty({ enum: ['contact_created', 'contact_updated', 'tag_added'] })
  triggerEvent: 'contact_created' | 'contact_updated' | 'tag_added';
  /** For `tag_added`: the tag it waits for, or null for any tag. */
  @ApiProperty({ type: String, nullable: true })
  tag: string | null;
  /** For `contact_updated`: the contact field it waits for a change of, or null for any field. */
  @ApiProperty({ type: String, nullable: true })
  field: string | null;
  /**
   * Rows it would start for: new contacts (contact_created); with `onDuplicate=update`, rows naming an
   * existing contact (contact_updated; at most: a row that changes nothing, or not the field the
   * workflow waits for, starts nothing); rows carrying the tag (tag_added).
   */
  @ApiProperty()
  rows: number;
}

export class ImportPreviewDto {
  @ApiProperty({ enum: [',', ';', '\t'] })
  delimiter: string;
  /** Every column with its field (detected from the header, or as `mapping` says) and its values. */
  @ApiProperty({ type: [PreviewColumnDto] })
  columns: (ImportColumn & Pick<PreviewColumnDto, 'values' | 'suggestedField' | 'guessedType'>)[];
  /** The first rows, cell by cell in column order. */
  @ApiProperty({ type: 'array', items: { type: 'array', items: { type: 'string' } } })
  rows: string[][];
  /** Data rows in what was sent (blank rows excluded). */
  @ApiProperty()
  total: number;
  /** Built-in fields a column can be mapped to; so can every custom field of contacts (`cf.<key>`, `GET /api/fields?objectType=contact`). */
  @ApiProperty({ enum: IMPORT_FIELDS, isArray: true })
  fields: ImportField[];
  /** Active workflows that would start for at least one row if the import ran them; empty when none. */
  @ApiProperty({ type: [ImportWorkflowDto] })
  workflows: ImportWorkflowDto[];
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
        'Optional JSON object header → field (one of ' +
        IMPORT_FIELDS.join(', ') +
        ', cf.<key> for a custom field, or "" to ignore the column), overriding the detected mapping. A createdAt column keeps the creation date ' +
        '(ISO 8601, YYYY-MM-DD HH:mm[:ss], MM/DD/YYYY [h:mm AM], DD.MM.YYYY; a time without zone is UTC). Custom field cells are read by type: ' +
        'numbers as 1234.5, booleans as true/false/yes/no, dates as YYYY-MM-DD, select values by value or label, multiselect values separated by , or ;',
      example: '{"E-Mail Address":"email","Org":"company","MEMBER_RATING":"cf.member_rating","Internal id":""}',
    },
    valueMapping: {
      type: 'string',
      description:
        'Optional JSON object field (' +
        VALUE_MAPPED_FIELDS.join(', ') +
        ' or cf.<key> of a select or multiselect custom field) → {value in the file: value to import}; a status must be one Corral knows, ' +
        'an owner the email of an active user, a custom value one of its option values (each value of a multiselect cell is mapped on its own), "" leaves the field empty. ' +
        'Values are matched exactly, then ignoring case; unmapped values are imported as they are',
      example: '{"status":{"Subscriber":"lead","Opportunity":"prospect","Customer":"customer"}}',
    },
    runWorkflows: {
      type: 'string',
      enum: ['true', 'false'],
      default: 'false',
      description:
        'true: the contacts the import creates or updates and the tags it adds start their contact_created / contact_updated / tag_added workflows',
    },
  },
};

export const PREVIEW_BODY_SCHEMA: SchemaObject = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'The CSV (figures and workflow counts cover what is sent)' },
    mapping: { type: 'string', description: 'Optional, as for the import: the workflow counts follow it' },
    onDuplicate: {
      type: 'string',
      enum: [...ON_DUPLICATE],
      default: 'skip',
      description: 'As for the import: with update, the counts include the contact_updated workflows of existing contacts',
    },
  },
};
