import { InjectQueue } from '@nestjs/bull';
import { HttpStatus, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bull';
import type { Request, Response } from 'express';
import multer, { MulterError } from 'multer';
import { DataSource } from 'typeorm';
import { confinedToOwner, maySeeOwnedBy, notFound } from '../../../common/access/access-policy';
import { AuthUser } from '../../../common/decorators/auth.decorators';
import { ProblemException, validationProblem } from '../../../common/filters/problem';
import { ContactImportJob, QueueName } from '../../../queue/queue-names';
import { UsersService } from '../../users/users.service';
import { parseStatus } from '../contact-rules';
import { ContactImport, ON_DUPLICATE, OnDuplicate } from '../entities/contact-import.entity';
import { ImportErrorDto, ImportPreviewDto, ImportWorkflowDto } from '../dto/import.dto';
import {
  IMPORT_FIELDS,
  ImportColumn,
  ImportField,
  VALUE_MAPPED_FIELDS,
  ValueMapping,
  detectColumns,
  mappingProblems,
} from './csv-format';
import { ContactImportsRepository } from './contact-imports.repository';
import { CsvUploadInfo, CsvUploadStorage } from './csv-upload.storage';
import { PreviewFigures } from './preview-figures';

export const IMPORT_MAX_BYTES = 50 * 1024 * 1024;
const PREVIEW_ROWS = 5;
/**
 * The import fields that can change each contact field a `contact_updated` workflow narrows on;
 * an import never changes an email (it finds contacts by it).
 */
const UPDATED_BY: Record<string, ImportField[]> = {
  firstName: ['firstName', 'fullName'],
  lastName: ['lastName', 'fullName'],
  phone: ['phone'],
  companyId: ['company'],
  status: ['status'],
  tags: ['tags'],
  notes: ['notes'],
  assignedToId: ['owner'],
};
/** How many errors the status answer carries; the CSV error report has all of them. */
const STATUS_ERRORS = 1000;

/** Bull options of every import job: the job id is the import id, so enqueueing twice runs it once. */
export function importJobOptions(importId: string) {
  return {
    jobId: importId,
    attempts: 5,
    backoff: { type: 'exponential', delay: 2000 },
    removeOnComplete: true,
    removeOnFail: true,
  };
}

function runMulter(handler: ReturnType<ReturnType<typeof multer>['single']>, req: Request, res: Response): Promise<void> {
  return new Promise((resolve, reject) => handler(req, res, (error?: unknown) => (error ? reject(error) : resolve())));
}

function uploadProblem(error: unknown): unknown {
  if (!(error instanceof MulterError)) return error;
  if (error.code === 'LIMIT_FILE_SIZE') {
    return new ProblemException(HttpStatus.PAYLOAD_TOO_LARGE, `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB`);
  }
  const field = error.code === 'LIMIT_UNEXPECTED_FILE' || error.code === 'LIMIT_FILE_COUNT' ? 'file' : (error.field ?? 'body');
  return validationProblem([{ field, message: error.code === 'LIMIT_UNEXPECTED_FILE' ? 'Send exactly one file, in the field "file"' : error.message }]);
}

/**
 * The API side of CSV import: receives the upload into PostgreSQL, checks it, and queues the job
 * (ContactImportRunner does the work in a worker). Also answers progress and the error report.
 */
@Injectable()
export class ContactImportsService {
  private readonly logger = new Logger(ContactImportsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly imports: ContactImportsRepository,
    private readonly users: UsersService,
    @InjectQueue(QueueName.ContactImport) private readonly queue: Queue<ContactImportJob>,
  ) {}

  /**
   * Streams the multipart upload into `contact_import_chunk` inside one transaction: an upload that
   * is too large, not a CSV, cut off or badly described leaves nothing behind. The job is queued
   * only after commit; if Redis is down then, the worker's sweep queues it later.
   */
  async start(user: AuthUser, req: Request, res: Response): Promise<ContactImport> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    let job: ContactImport;
    let storage: CsvUploadStorage | undefined;
    try {
      await runner.startTransaction();
      const id = await this.imports.createDraft(user.id, confinedToOwner(user) ?? null, runner.manager);
      storage = new CsvUploadStorage((seq, data) => this.imports.insertChunk(id, seq, data, runner.manager));
      const info = await this.receive(storage, req, res, IMPORT_MAX_BYTES);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const onDuplicate = this.readOnDuplicate(body.onDuplicate);
      const columns = this.readColumns(info.headers, body.mapping);
      const valueMapping = await this.readValueMapping(body.valueMapping);
      const runWorkflows = this.readRunWorkflows(body.runWorkflows);
      if (info.rows === 0) throw validationProblem([{ field: 'file', message: 'has a header row but no contact rows' }]);
      await this.imports.describeUpload(
        id,
        {
          fileName: req.file?.originalname.slice(0, 255) ?? 'upload.csv',
          fileSize: info.size,
          delimiter: info.delimiter,
          columns,
          onDuplicate,
          total: info.rows,
          valueMapping,
          runWorkflows,
        },
        runner.manager,
      );
      await runner.commitTransaction();
      job = (await this.imports.findById(id)) as ContactImport;
    } catch (error) {
      storage?.close();
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw uploadProblem(error);
    } finally {
      await runner.release();
    }
    await this.enqueue(job.id);
    return job;
  }

  /**
   * Reads a CSV (the whole file, or just its beginning) without storing it: proposes a column
   * mapping, shows the first rows and each column's values, and says which active workflows the
   * import would start with `runWorkflows=true`, for how many rows, under the mapping given (or
   * the detected one) and `onDuplicate` (only `update` touches existing contacts).
   */
  async preview(req: Request, res: Response): Promise<ImportPreviewDto> {
    const candidates = await this.imports.activeImportTriggers();
    const watchedTags = [...new Set(candidates.map((w) => w.tag).filter((t): t is string => Boolean(t)))];
    const figures = new PreviewFigures(watchedTags);
    const storage = new CsvUploadStorage(async () => undefined, { sampleRows: PREVIEW_ROWS, preview: true, onRecord: (r) => figures.add(r) });
    let info: CsvUploadInfo;
    try {
      info = await this.receive(storage, req, res, IMPORT_MAX_BYTES);
    } catch (error) {
      throw uploadProblem(error);
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const columns = this.applyMapping(info.headers, body.mapping);
    const onDuplicate = this.readOnDuplicate(body.onDuplicate);
    const emailIndex = columns.findIndex((c) => c.field === 'email');
    const tagsIndex = columns.findIndex((c) => c.field === 'tags');
    const emails = emailIndex < 0 ? [] : figures.emailsOf(emailIndex);
    const known = await this.imports.countKnownEmails(emails);
    const mapped = new Set(columns.map((c) => c.field));
    const rowsOf = (w: Omit<ImportWorkflowDto, 'rows'>): number => {
      if (w.triggerEvent === 'contact_created') return emails.length - known;
      if (w.triggerEvent === 'contact_updated') {
        return onDuplicate === 'update' && (!w.field || UPDATED_BY[w.field]?.some((f) => mapped.has(f))) ? known : 0;
      }
      return tagsIndex < 0 ? 0 : figures.rowsWithTag(tagsIndex, w.tag);
    };
    const workflows: ImportWorkflowDto[] = candidates.map((w) => ({ ...w, rows: rowsOf(w) })).filter((w) => w.rows > 0);
    return {
      delimiter: info.delimiter,
      columns: columns.map((column, index) => ({ ...column, values: figures.valuesOf(index) })),
      rows: info.sample.map((row) => info.headers.map((_, i) => row[i] ?? '')),
      total: info.rows,
      fields: [...IMPORT_FIELDS],
      workflows,
    };
  }

  async enqueue(importId: string): Promise<void> {
    try {
      await this.queue.add({ importId }, importJobOptions(importId));
    } catch (error) {
      this.logger.warn(`Import ${importId} saved but not queued (${(error as Error).message}); the worker sweep will queue it`);
    }
  }

  /** An import as its creator sees it; a member sees only their own imports, others are 404. */
  async getVisible(user: AuthUser, id: string): Promise<ContactImport> {
    const job = await this.imports.findById(id);
    // A member's imports are theirs: the creator stands for the owner.
    if (!job || !maySeeOwnedBy(user, job.createdById)) throw notFound('Import', id);
    return job;
  }

  errors(importId: string, limit = STATUS_ERRORS): Promise<ImportErrorDto[]> {
    return this.imports.errors(importId, limit);
  }

  /** Every error of an import, in row order, a page at a time (for the CSV error report). */
  allErrors(importId: string): AsyncGenerator<ImportErrorDto[]> {
    return this.imports.iterateErrors(importId);
  }

  private async receive(storage: CsvUploadStorage, req: Request, res: Response, maxBytes: number): Promise<CsvUploadInfo> {
    const upload = multer({ storage, limits: { fileSize: maxBytes, files: 1, fields: 6, parts: 7, fieldSize: 64 * 1024 } }).single('file');
    await runMulter(upload, req, res);
    if (!req.file || !storage.info) {
      throw validationProblem([{ field: 'file', message: 'Attach a CSV file as multipart/form-data in the field "file"' }]);
    }
    return storage.info;
  }

  private readOnDuplicate(value: unknown): OnDuplicate {
    if (value === undefined || value === '') return 'skip';
    if (typeof value === 'string' && (ON_DUPLICATE as readonly string[]).includes(value)) return value as OnDuplicate;
    throw validationProblem([{ field: 'onDuplicate', message: `must be one of ${ON_DUPLICATE.join(', ')}` }]);
  }

  /** The column mapping of an import: it must name an email column and fill each field once. */
  private readColumns(headers: string[], raw: unknown): ImportColumn[] {
    const columns = this.applyMapping(headers, raw);
    const problems = mappingProblems(columns);
    if (problems.length) throw validationProblem(problems.map((message) => ({ field: raw ? 'mapping' : 'file', message })));
    return columns;
  }

  /** The detected mapping, overridden column by column by the optional `mapping` JSON (header → field or ""). */
  private applyMapping(headers: string[], raw: unknown): ImportColumn[] {
    let columns = detectColumns(headers);
    if (raw !== undefined && raw !== '') {
      let mapping: unknown;
      try {
        mapping = typeof raw === 'string' ? JSON.parse(raw) : raw;
      } catch {
        throw validationProblem([{ field: 'mapping', message: 'must be a JSON object of header → field' }]);
      }
      if (!mapping || typeof mapping !== 'object' || Array.isArray(mapping)) {
        throw validationProblem([{ field: 'mapping', message: 'must be a JSON object of header → field' }]);
      }
      const entries = Object.entries(mapping as Record<string, unknown>);
      for (const [header, field] of entries) {
        if (!headers.includes(header)) throw validationProblem([{ field: 'mapping', message: `names a column the file does not have: "${header}"` }]);
        if (field !== '' && field !== null && !(IMPORT_FIELDS as readonly unknown[]).includes(field)) {
          throw validationProblem([{ field: 'mapping', message: `names the field "${String(field)}", which is not one of ${IMPORT_FIELDS.join(', ')}` }]);
        }
      }
      const overrides = new Map(entries);
      columns = columns.map((column) =>
        overrides.has(column.header) ? { header: column.header, field: (overrides.get(column.header) || null) as ImportField | null } : column,
      );
    }
    return columns;
  }

  /**
   * `valueMapping`: JSON `{field: {fileValue: value}}` for status and owner; a status must be one
   * Corral knows, an owner the email of an active user, and "" leaves the field empty.
   */
  private async readValueMapping(raw: unknown): Promise<ValueMapping> {
    if (raw === undefined || raw === '') return {};
    const invalid = (message: string) => validationProblem([{ field: 'valueMapping', message }]);
    let parsed: unknown;
    try {
      parsed = typeof raw === 'string' ? JSON.parse(raw) : raw;
    } catch {
      throw invalid('must be a JSON object of field → {value in the file: value to import}');
    }
    const isObject = (v: unknown): v is Record<string, unknown> => Boolean(v) && typeof v === 'object' && !Array.isArray(v);
    if (!isObject(parsed)) throw invalid('must be a JSON object of field → {value in the file: value to import}');
    const mapping: ValueMapping = {};
    for (const [field, values] of Object.entries(parsed)) {
      if (!(VALUE_MAPPED_FIELDS as readonly string[]).includes(field)) throw invalid(`"${field}" has no fixed values to map (use ${VALUE_MAPPED_FIELDS.join(', ')})`);
      if (!isObject(values) || Object.values(values).some((v) => typeof v !== 'string')) {
        throw invalid(`${field} must map each value in the file to a text`);
      }
      const entries = Object.entries(values as Record<string, string>);
      if (field === 'status') {
        const bad = entries.find(([, v]) => v.trim() !== '' && !parseStatus(v));
        if (bad) throw invalid(`status "${bad[1]}" (for "${bad[0]}") is not one of lead, prospect, customer, archived`);
        mapping.status = Object.fromEntries(entries.map(([k, v]) => [k, v.trim() && (parseStatus(v) as string)]));
      } else {
        const emails = [...new Set(entries.map(([, v]) => v.trim().toLowerCase()).filter(Boolean))];
        const known = new Set((await this.users.findActiveLowerCased(emails)).map((u) => u.email));
        const bad = entries.find(([, v]) => v.trim() !== '' && !known.has(v.trim().toLowerCase()));
        if (bad) throw invalid(`owner "${bad[1]}" (for "${bad[0]}") is not the email of an active user`);
        mapping.owner = Object.fromEntries(entries.map(([k, v]) => [k, v.trim()]));
      }
    }
    return mapping;
  }

  /** `runWorkflows`: "true" or "false" (the default), as a form field sends it. */
  private readRunWorkflows(value: unknown): boolean {
    if (value === undefined || value === '' || value === 'false') return false;
    if (value === 'true') return true;
    throw validationProblem([{ field: 'runWorkflows', message: 'must be true or false' }]);
  }
}
