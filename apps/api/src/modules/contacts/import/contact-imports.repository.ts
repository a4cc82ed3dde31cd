import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { ImportErrorDto, ImportWorkflowDto } from '../dto/import.dto';
import { ContactImport, ImportStatus, OnDuplicate } from '../entities/contact-import.entity';
import { ImportColumn, ValueMapping } from './csv-format';
import { ExistingContact, PlannedCreate, PlannedUpdate } from './import-plan';

/** Separates tags inside one SQL array element; readRow strips control characters from cells. */
const TAG_SEPARATOR = '\u001f';

/** What the API learns of an upload once it is received whole. */
export interface UploadDescription {
  fileName: string;
  fileSize: number;
  delimiter: string;
  columns: ImportColumn[];
  onDuplicate: OnDuplicate;
  total: number;
  valueMapping: ValueMapping;
  runWorkflows: boolean;
}

export interface ImportCounters {
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
}

/**
 * The SQL of contact imports: the upload, the status and error report, the sweeper's reads, the
 * run's state changes and the set-based writes of one batch. Batch methods take the runner's
 * QueryRunner: a batch, its error rows and its counters commit together. `manager`, elsewhere:
 * inside the caller's transaction, or on the connection holding the import's lock.
 */
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

  findById(id: string, manager?: EntityManager): Promise<ContactImport | null> {
    return (manager ?? this.dataSource.manager).findOneBy(ContactImport, { id });
  }

  /**
   * A `queued` import with placeholder values, so that the chunks of the upload have a row to
   * belong to while it streams in; `describeUpload` fills in the rest once the file is whole.
   */
  async createDraft(createdById: string, ownerId: string | null, manager: EntityManager): Promise<string> {
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO contact_import (file_name, file_size, delimiter, columns, on_duplicate, created_by_id, owner_id)
       VALUES ('', 0, ',', '[]', 'skip', $1, $2) RETURNING id`,
      [createdById, ownerId],
    );
    return id;
  }

  async insertChunk(importId: string, seq: number, data: Buffer, manager: EntityManager): Promise<void> {
    await manager.query(`INSERT INTO contact_import_chunk (import_id, seq, data) VALUES ($1, $2, $3)`, [importId, seq, data]);
  }

  async describeUpload(importId: string, upload: UploadDescription, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE contact_import SET file_name = $2, file_size = $3, delimiter = $4, columns = $5, on_duplicate = $6, total = $7,
              value_mapping = $8, run_workflows = $9
       WHERE id = $1`,
      [
        importId,
        upload.fileName,
        upload.fileSize,
        upload.delimiter,
        JSON.stringify(upload.columns),
        upload.onDuplicate,
        upload.total,
        JSON.stringify(upload.valueMapping),
        upload.runWorkflows,
      ],
    );
  }

  /** One chunk of the stored upload (`seq` from 0), or null past the last. */
  async chunk(importId: string, seq: number): Promise<Buffer | null> {
    const rows: { data: Buffer }[] = await this.dataSource.query(`SELECT data FROM contact_import_chunk WHERE import_id = $1 AND seq = $2`, [
      importId,
      seq,
    ]);
    return rows[0]?.data ?? null;
  }

  /** The stored upload goes once the import is over, completed or failed. */
  async deleteChunks(importId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(`DELETE FROM contact_import_chunk WHERE import_id = $1`, [importId]);
  }

  /** A run starts: counted against the limit of runs, `started_at` kept from the first. */
  async markRunning(importId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE contact_import SET status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()
       WHERE id = $1`,
      [importId],
    );
  }

  /** Undoes markRunning's attempt count for a run that stopped because its process was shutting down. */
  async giveBackRun(importId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(`UPDATE contact_import SET attempts = greatest(attempts - 1, 0), updated_at = now() WHERE id = $1`, [importId]);
  }

  async markCompleted(importId: string, total: number, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager).query(
      `UPDATE contact_import SET status = 'completed', total = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
      [importId, total],
    );
  }

  async markFailed(importId: string, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE contact_import SET status = 'failed', failure_reason = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
      [importId, reason.slice(0, 1000)],
    );
  }

  /** The first `limit` errors of an import, in row order. */
  errors(importId: string, limit: number): Promise<ImportErrorDto[]> {
    return this.dataSource.query(`SELECT row, message FROM contact_import_error WHERE import_id = $1 ORDER BY row LIMIT $2`, [importId, limit]);
  }

  /** Every error of an import, in row order, 5,000 at a time by keyset on the row number. */
  async *iterateErrors(importId: string): AsyncGenerator<ImportErrorDto[]> {
    let after = 0;
    for (;;) {
      const page: ImportErrorDto[] = await this.dataSource.query(
        `SELECT row, message FROM contact_import_error WHERE import_id = $1 AND row > $2 ORDER BY row LIMIT 5000`,
        [importId, after],
      );
      if (page.length === 0) return;
      yield page;
      after = page[page.length - 1].row;
    }
  }

  /**
   * Active workflows an import can start: on a new contact, on an updated one, or on a tag (a
   * given one, or any; an empty tag or field counts as none). Read here rather than through the
   * automations module because that module depends on this one (it acts on contacts): asking it
   * would make the two modules import each other.
   */
  activeImportTriggers(): Promise<Omit<ImportWorkflowDto, 'rows'>[]> {
    return this.dataSource.query(
      `SELECT id, name, trigger_event AS "triggerEvent", nullif(trigger_data->>'tag', '') AS tag, nullif(trigger_data->>'field', '') AS field
       FROM workflow
       WHERE is_active AND trigger_event IN ('contact_created', 'contact_updated', 'tag_added') ORDER BY created_at`,
    );
  }

  /** How many of these (lower-cased, distinct) addresses a contact already has; asked 10,000 at a time to keep each statement small. */
  async countKnownEmails(emails: string[]): Promise<number> {
    let count = 0;
    for (let i = 0; i < emails.length; i += 10_000) {
      const [{ n }]: { n: number }[] = await this.dataSource.query(
        `SELECT count(*)::int AS n FROM unnest($1::text[]) AS e(email) WHERE EXISTS (SELECT 1 FROM contact c WHERE lower(c.email) = e.email)`,
        [emails.slice(i, i + 10_000)],
      );
      count += n;
    }
    return count;
  }

  /** The contacts with these (lower-cased) emails, locked until the batch commits; keyed by lower-cased email. */
  async lockContactsByEmail(runner: QueryRunner, keys: string[]): Promise<Map<string, ExistingContact>> {
    const existing = new Map<string, ExistingContact>();
    if (!keys.length) return existing;
    const found: ExistingContact[] = await runner.query(
      `SELECT c.id, lower(c.email) AS key, c.first_name AS "firstName", c.last_name AS "lastName", c.phone, c.company_id AS "companyId",
              lower(co.name) AS "companyKey", c.status, c.tags, c.notes, c.assigned_to_id AS "assignedToId", c.created_at AS "createdAt",
              c.custom_fields AS "customFields"
       FROM contact c LEFT JOIN company co ON co.id = c.company_id
       WHERE lower(c.email) = ANY($1::text[]) FOR UPDATE OF c`,
      [keys],
    );
    for (const contact of found) existing.set(contact.key, contact);
    return existing;
  }

  /** Ids of these companies (lower-cased name → name as spelled), creating those that do not exist yet. */
  async ensureCompanies(runner: QueryRunner, wanted: Map<string, string>): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    if (!wanted.size) return ids;
    await runner.query(`INSERT INTO company (name) SELECT n FROM unnest($1::text[]) AS n ON CONFLICT ((lower(name))) DO NOTHING`, [
      [...wanted.values()],
    ]);
    const found: { id: string; key: string }[] = await runner.query(`SELECT id, lower(name) AS key FROM company WHERE lower(name) = ANY($1::text[])`, [
      [...wanted.keys()],
    ]);
    for (const { id, key } of found) ids.set(key, id);
    return ids;
  }

  /**
   * Inserts the planned contacts; returns lower-cased email → id of those inserted. An email another
   * writer created since the lookup is left out rather than failing the batch.
   */
  async insertContacts(runner: QueryRunner, creates: PlannedCreate[], companyIds: Map<string, string>): Promise<Map<string, string>> {
    if (!creates.length) return new Map();
    const created: { id: string; key: string }[] = await runner.query(
      `INSERT INTO contact (first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id, created_at, custom_fields)
       SELECT v.first_name, v.last_name, v.email, v.phone, v.company_id, v.status,
              string_to_array(v.tags, E'\\x1f'), v.notes, v.assigned_to_id, coalesce(v.created_at, now()), v.custom_fields
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::timestamptz[],
                   $11::jsonb[])
            AS v(first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id, created_at, custom_fields)
       ON CONFLICT ((lower(email))) DO NOTHING
       RETURNING id, lower(email) AS key`,
      [
        creates.map(({ data }) => data.firstName ?? ''),
        creates.map(({ data }) => data.lastName ?? ''),
        creates.map(({ data }) => data.email),
        creates.map(({ data }) => data.phone ?? null),
        creates.map(({ data }) => (data.company ? (companyIds.get(data.company.toLowerCase()) ?? null) : null)),
        creates.map(({ data }) => data.status ?? 'lead'),
        creates.map(({ data }) => data.tags.join(TAG_SEPARATOR)),
        creates.map(({ data }) => data.notes ?? null),
        creates.map(({ ownerId }) => ownerId),
        creates.map(({ data }) => data.createdAt ?? null),
        creates.map(({ data }) => JSON.stringify(data.customFields)),
      ],
    );
    return new Map(created.map((c) => [c.key, c.id]));
  }

  /** Writes the planned updates: what a row leaves out keeps the contact's value. */
  async updateContacts(runner: QueryRunner, updates: PlannedUpdate[], companyIds: Map<string, string>): Promise<void> {
    if (!updates.length) return;
    const companyOf = (u: PlannedUpdate) => (u.data.company ? (companyIds.get(u.data.company.toLowerCase()) ?? null) : null);
    await runner.query(
      `UPDATE contact AS c SET first_name = v.first_name, last_name = v.last_name, phone = v.phone, company_id = v.company_id,
              status = v.status, tags = string_to_array(v.tags, E'\\x1f'), notes = v.notes, assigned_to_id = v.assigned_to_id,
              created_at = coalesce(v.created_at, c.created_at), custom_fields = c.custom_fields || v.custom_fields, updated_at = now()
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[], $10::timestamptz[],
                   $11::jsonb[])
            AS v(id, first_name, last_name, phone, company_id, status, tags, notes, assigned_to_id, created_at, custom_fields)
       WHERE c.id = v.id`,
      [
        updates.map((u) => u.contact.id),
        updates.map((u) => u.data.firstName ?? u.contact.firstName),
        updates.map((u) => u.data.lastName ?? u.contact.lastName),
        updates.map((u) => u.data.phone ?? u.contact.phone),
        updates.map((u) => companyOf(u) ?? u.contact.companyId),
        updates.map((u) => u.data.status ?? u.contact.status),
        updates.map((u) => u.tags.join(TAG_SEPARATOR)),
        updates.map((u) => u.data.notes ?? u.contact.notes),
        updates.map((u) => u.ownerId),
        // Only a changed date is written: the column keeps microseconds that a JavaScript Date would drop.
        updates.map((u) => (u.changed.includes('createdAt') ? u.createdAt : null)),
        // The row's values over the contact's: a blank cell keeps what the contact holds.
        updates.map((u) => JSON.stringify(u.data.customFields)),
      ],
    );
  }

  /** System timeline entries, one per (contact, title) pair. */
  async insertSystemActivities(runner: QueryRunner, contactIds: string[], titles: string[]): Promise<void> {
    if (!contactIds.length) return;
    await runner.query(
      `INSERT INTO activity (contact_id, type, title) SELECT a.contact_id, 'system', a.title
       FROM unnest($1::uuid[], $2::text[]) AS a(contact_id, title)`,
      [contactIds, titles],
    );
  }

  /** Error rows of the report; a row already reported by an earlier run stays as it was. */
  async insertErrors(runner: QueryRunner, importId: string, errors: { row: number; message: string }[]): Promise<void> {
    if (!errors.length) return;
    await runner.query(
      `INSERT INTO contact_import_error (import_id, row, message) SELECT $1, e.row, e.message
       FROM unnest($2::int[], $3::text[]) AS e(row, message) ON CONFLICT DO NOTHING`,
      [importId, errors.map((e) => e.row), errors.map((e) => e.message)],
    );
  }

  saveCounters(runner: QueryRunner, importId: string, counters: ImportCounters): Promise<void> {
    return runner.query(
      `UPDATE contact_import SET processed = $2, created = $3, updated = $4, skipped = $5, error_count = $6, updated_at = now()
       WHERE id = $1`,
      [importId, counters.processed, counters.created, counters.updated, counters.skipped, counters.errorCount],
    );
  }
}
