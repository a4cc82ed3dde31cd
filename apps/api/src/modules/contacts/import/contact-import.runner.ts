import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CsvError } from 'csv-parse';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { withinConfinement } from '../../../common/access/access-policy';
import { AdvisoryLockClass } from '../../../common/locks';
import { DomainEvent, PendingDomainEvent } from '../../../common/events';
import { OutboxService } from '../../outbox/outbox.service';
import { ContactImport } from '../entities/contact-import.entity';
import { mergeTags, tagsProblem } from '../contact-rules';
import { ContactStatus } from '../entities/contact.entity';
import { Delimiter, ImportRow, createCsvParser, isBlankRecord, readRow } from './csv-format';

/** Rows written per transaction: large enough to amortize round trips, small enough for steady progress. */
const BATCH_ROWS = 1000;
/** Runs of one import (job attempts plus sweeps) before it is marked failed. */
const MAX_RUNS = 5;
/** Separates tags inside one SQL array element; readRow strips control characters from cells. */
const TAG_SEPARATOR = '\u001f';

type Item = { row: number; result: { ok: true; row: ImportRow } | { ok: false; message: string } };

interface Counters {
  processed: number;
  created: number;
  updated: number;
  skipped: number;
  errorCount: number;
}

interface ExistingContact {
  id: string;
  key: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  company_id: string | null;
  status: ContactStatus;
  tags: string[];
  notes: string | null;
  assigned_to_id: string | null;
}

/** What batches of one run share: companies resolved so far, and the users an `owner` cell can name. */
interface RunContext {
  companyIds: Map<string, string>;
  /** Lower-cased email, or a name no other active user has → user id. */
  owners: Map<string, string>;
}

/**
 * The worker side of CSV import. Idempotent and resumable: each batch of rows, its error rows and
 * the import's counters (including `processed`) commit in one transaction, so a run that dies is
 * resumed by the next one from the last committed row, and a row is either imported whole or
 * reported. A batch the database refuses is retried row by row so one bad row cannot sink 999 good ones.
 */
@Injectable()
export class ContactImportRunner {
  private readonly logger = new Logger(ContactImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async run(importId: string): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [AdvisoryLockClass.ContactImportRun, importId]);
      // Another worker holds it (a stalled-job false alarm): it finishes the work, this run has nothing to do.
      if (!locked) return;
      try {
        await this.runLocked(runner, importId);
      } finally {
        await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [AdvisoryLockClass.ContactImportRun, importId]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Whether some runner (in any worker process) holds this import's lock right now. */
  async isBeingRun(importId: string): Promise<boolean> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query(`SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked`, [AdvisoryLockClass.ContactImportRun, importId]);
      if (locked) await runner.query(`SELECT pg_advisory_unlock($1, hashtext($2))`, [AdvisoryLockClass.ContactImportRun, importId]);
      return !locked;
    } finally {
      await runner.release();
    }
  }

  private async runLocked(runner: QueryRunner, importId: string): Promise<void> {
    const job = await runner.manager.findOneBy(ContactImport, { id: importId });
    if (!job || job.status === 'completed' || job.status === 'failed') return;
    if (job.attempts >= MAX_RUNS) {
      await this.fail(importId, `stopped after ${MAX_RUNS} attempts`);
      return;
    }
    await runner.query(
      `UPDATE contact_import SET status = 'running', attempts = attempts + 1, started_at = coalesce(started_at, now()), updated_at = now()
       WHERE id = $1`,
      [importId],
    );
    try {
      const counters = await this.importRows(runner, job);
      await runner.query(
        `UPDATE contact_import SET status = 'completed', total = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
        [importId, counters.processed],
      );
      await runner.query(`DELETE FROM contact_import_chunk WHERE import_id = $1`, [importId]);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (job.attempts + 1 >= MAX_RUNS) {
        await this.fail(importId, (error as Error).message);
        return;
      }
      throw error;
    }
  }

  private async fail(importId: string, reason: string): Promise<void> {
    this.logger.error(`Import ${importId} failed: ${reason}`);
    await this.dataSource.query(
      `UPDATE contact_import SET status = 'failed', failure_reason = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
      [importId, reason.slice(0, 1000)],
    );
    await this.dataSource.query(`DELETE FROM contact_import_chunk WHERE import_id = $1`, [importId]);
  }

  /** The stored upload, one chunk at a time (at most a few MB in memory however large the file). */
  private async *chunks(importId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const rows: { data: Buffer }[] = await this.dataSource.query(
        `SELECT data FROM contact_import_chunk WHERE import_id = $1 AND seq = $2`,
        [importId, seq],
      );
      if (rows.length === 0) return;
      yield rows[0].data;
    }
  }

  private async importRows(runner: QueryRunner, job: ContactImport): Promise<Counters> {
    const counters: Counters = {
      processed: job.processed,
      created: job.created,
      updated: job.updated,
      skipped: job.skipped,
      errorCount: job.errorCount,
    };
    const resumeAfter = job.processed;
    const skips: CsvError[] = [];
    const parser = createCsvParser(job.delimiter as Delimiter, (error) => skips.push(error));
    // One chunk read ahead is enough to keep the parser busy; the default (16) would hold 16 MB.
    const feeding = pipeline(Readable.from(this.chunks(job.id), { highWaterMark: 1 }), parser);
    // Awaited below; this only keeps an early exit from the loop (which closes the parser) from
    // surfacing as an unhandled rejection.
    feeding.catch(() => undefined);
    // The parser reports unreadable records on the side; a spreadsheet still counts them as rows.
    let skipped = 0;
    let index = 0;
    let header = true;
    const seen = new Map<string, number>();
    const context: RunContext = { companyIds: new Map(), owners: await this.ownersByKey(runner, job) };
    let batch: Item[] = [];

    const classify = (row: number, item: Item['result']): Item | null => {
      if (item.ok) {
        const key = item.row.email.toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) item = { ok: false, message: `duplicate of row ${first} (same email ${item.row.email})` };
        else seen.set(key, row);
      }
      // Rows committed by an earlier run only rebuild the duplicate map.
      return index++ < resumeAfter ? null : { row, result: item };
    };
    const add = async (item: Item | null) => {
      if (!item) return;
      batch.push(item);
      if (batch.length >= BATCH_ROWS) {
        await this.flush(runner, job, batch, counters, context);
        batch = [];
      }
    };
    const drainSkips = async (before: number) => {
      while (skips.length && (skips[0].records as number) < before) {
        const error = skips.shift() as CsvError;
        skipped++;
        const row = (error.records as number) + skipped;
        if (header) continue;
        await add(classify(row, { ok: false, message: `unreadable CSV: ${error.message.replace(/ at line \d+$/, '')}` }));
      }
    };

    let records = 0;
    for await (const record of parser as AsyncIterable<string[]>) {
      records++;
      await drainSkips(records);
      if (header) {
        header = false;
        continue;
      }
      if (isBlankRecord(record)) continue;
      const row = records + skipped;
      await add(classify(row, readRow(record, job.columns, job.valueMapping)));
    }
    await feeding;
    await drainSkips(Number.MAX_SAFE_INTEGER);
    if (batch.length) await this.flush(runner, job, batch, counters, context);
    return counters;
  }

  /**
   * Users an `owner` column can name, by email or by name (a name two active users share names
   * neither). Empty when the file has no owner column, or when a member imports: their contacts are theirs.
   */
  private async ownersByKey(runner: QueryRunner, job: ContactImport): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    if (job.ownerId || !job.columns.some((c) => c.field === 'owner')) return owners;
    const users: { id: string; email: string; name: string }[] = await runner.query(
      `SELECT id, lower(email) AS email, lower(name) AS name FROM app_user WHERE is_active`,
    );
    const names = new Map<string, string | null>();
    for (const user of users) {
      owners.set(user.email, user.id);
      names.set(user.name, names.has(user.name) ? null : user.id);
    }
    for (const [name, id] of names) if (id && !owners.has(name)) owners.set(name, id);
    return owners;
  }

  /** Writes one batch; if the database refuses it as a whole, writes its rows one by one to find the culprit. */
  private async flush(runner: QueryRunner, job: ContactImport, items: Item[], counters: Counters, context: RunContext): Promise<void> {
    try {
      await this.writeBatch(runner, job, items, counters, context);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (!isDataError(error)) throw error;
      if (items.length === 1) {
        const message = `could not be saved: ${(error as Error).message}`;
        await this.writeBatch(runner, job, [{ row: items[0].row, result: { ok: false, message } }], counters, context);
        return;
      }
      for (const item of items) await this.flush(runner, job, [item], counters, context);
    }
  }

  private async writeBatch(runner: QueryRunner, job: ContactImport, items: Item[], counters: Counters, context: RunContext): Promise<void> {
    const { companyIds, owners } = context;
    const next = { ...counters };
    const errors: { row: number; message: string }[] = [];
    const rows: { row: number; data: ImportRow; ownerId: string | null | undefined }[] = [];
    for (const item of items) {
      if (!item.result.ok) {
        errors.push({ row: item.row, message: item.result.message });
        continue;
      }
      const owner = item.result.row.owner;
      // A member's import assigns everything to them (job.ownerId); otherwise undefined leaves the owner as it is.
      const ownerId = job.ownerId ? job.ownerId : owner ? owners.get(owner.toLowerCase()) : undefined;
      if (owner && !ownerId) errors.push({ row: item.row, message: `owner "${owner}" is not the email or name of an active user` });
      else rows.push({ row: item.row, data: item.result.row, ownerId });
    }
    // Without runWorkflows, contacts the import creates or updates and tags it adds start no workflow.
    const quiet = job.runWorkflows ? {} : { startsWorkflows: false };
    const events: PendingDomainEvent[] = [];
    const newCompanies = new Map<string, string>();

    await runner.startTransaction();
    const companyOf = await this.resolveCompanies(runner, rows, companyIds, newCompanies);
    const existing = new Map<string, ExistingContact>();
    if (rows.length) {
      const found: ExistingContact[] = await runner.query(
        `SELECT id, lower(email) AS key, first_name, last_name, phone, company_id, status, tags, notes, assigned_to_id
         FROM contact WHERE lower(email) = ANY($1::text[]) FOR UPDATE`,
        [rows.map((r) => r.data.email.toLowerCase())],
      );
      for (const contact of found) existing.set(contact.key, contact);
    }

    const toCreate: { data: ImportRow; ownerId: string | null }[] = [];
    const toUpdate: {
      contact: ExistingContact;
      data: ImportRow;
      companyId: string | null;
      ownerId: string | null;
      changed: string[];
      tags: string[];
      added: string[];
    }[] = [];
    for (const { row, data, ownerId } of rows) {
      const current = existing.get(data.email.toLowerCase());
      const companyId = data.company ? (companyOf.get(data.company.toLowerCase()) ?? null) : null;
      if (!current) {
        toCreate.push({ data, ownerId: ownerId ?? null });
      } else if (job.onDuplicate === 'skip') {
        next.skipped++;
      } else if (!withinConfinement(job.ownerId, current.assigned_to_id)) {
        errors.push({ row, message: 'a contact with this email exists and is assigned to another user' });
      } else {
        const { tags, added } = mergeTags(current.tags, data.tags);
        const tagProblem = tagsProblem(tags);
        if (tagProblem) {
          errors.push({ row, message: `${tagProblem}; this one would have ${tags.length}` });
          continue;
        }
        const newOwner = ownerId === undefined || job.ownerId ? current.assigned_to_id : ownerId;
        const changed = [
          data.firstName !== undefined && data.firstName !== current.first_name && 'firstName',
          data.lastName !== undefined && data.lastName !== current.last_name && 'lastName',
          data.phone !== undefined && data.phone !== current.phone && 'phone',
          companyId !== null && companyId !== current.company_id && 'companyId',
          data.status !== undefined && data.status !== current.status && 'status',
          added.length > 0 && 'tags',
          data.notes !== undefined && data.notes !== current.notes && 'notes',
          newOwner !== current.assigned_to_id && 'assignedToId',
        ].filter((f): f is string => Boolean(f));
        toUpdate.push({ contact: current, data, companyId, ownerId: newOwner, changed, tags, added });
        next.updated++;
      }
    }

    if (toCreate.length) {
      const created: { id: string; key: string }[] = await runner.query(
        `INSERT INTO contact (first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id)
         SELECT v.first_name, v.last_name, v.email, v.phone, v.company_id, v.status,
                string_to_array(v.tags, E'\\x1f'), v.notes, v.assigned_to_id
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[])
              AS v(first_name, last_name, email, phone, company_id, status, tags, notes, assigned_to_id)
         ON CONFLICT ((lower(email))) DO NOTHING
         RETURNING id, lower(email) AS key`,
        [
          toCreate.map(({ data }) => data.firstName ?? ''),
          toCreate.map(({ data }) => data.lastName ?? ''),
          toCreate.map(({ data }) => data.email),
          toCreate.map(({ data }) => data.phone ?? null),
          toCreate.map(({ data }) => (data.company ? (companyOf.get(data.company.toLowerCase()) ?? null) : null)),
          toCreate.map(({ data }) => data.status ?? 'lead'),
          toCreate.map(({ data }) => data.tags.join(TAG_SEPARATOR)),
          toCreate.map(({ data }) => data.notes ?? null),
          toCreate.map(({ ownerId }) => ownerId),
        ],
      );
      const createdKeys = new Map(created.map((c) => [c.key, c.id]));
      for (const { data } of toCreate) {
        const id = createdKeys.get(data.email.toLowerCase());
        // Not returned: another writer created this email between our lookup and the insert.
        if (!id) {
          next.skipped++;
          continue;
        }
        next.created++;
        events.push({ name: DomainEvent.ContactCreated, payload: { contactId: id, actorId: null, ...quiet } });
        for (const tag of data.tags) events.push({ name: DomainEvent.TagAdded, payload: { contactId: id, actorId: null, tag, ...quiet } });
      }
    }

    const changedRows = toUpdate.filter((u) => u.changed.length > 0);
    if (changedRows.length) {
      await runner.query(
        `UPDATE contact AS c SET first_name = v.first_name, last_name = v.last_name, phone = v.phone, company_id = v.company_id,
                status = v.status, tags = string_to_array(v.tags, E'\\x1f'), notes = v.notes, assigned_to_id = v.assigned_to_id,
                updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::uuid[])
              AS v(id, first_name, last_name, phone, company_id, status, tags, notes, assigned_to_id)
         WHERE c.id = v.id`,
        [
          changedRows.map((u) => u.contact.id),
          changedRows.map((u) => u.data.firstName ?? u.contact.first_name),
          changedRows.map((u) => u.data.lastName ?? u.contact.last_name),
          changedRows.map((u) => u.data.phone ?? u.contact.phone),
          changedRows.map((u) => u.companyId ?? u.contact.company_id),
          changedRows.map((u) => u.data.status ?? u.contact.status),
          changedRows.map((u) => u.tags.join(TAG_SEPARATOR)),
          changedRows.map((u) => u.data.notes ?? u.contact.notes),
          changedRows.map((u) => u.ownerId),
        ],
      );
      const activityContacts: string[] = [];
      const activityTitles: string[] = [];
      for (const u of changedRows) {
        if (u.changed.includes('status')) {
          activityContacts.push(u.contact.id);
          activityTitles.push(`Status changed from ${u.contact.status} to ${u.data.status} (CSV import)`);
        }
        if (u.added.length) {
          activityContacts.push(u.contact.id);
          activityTitles.push(`${u.added.length === 1 ? 'Tag' : 'Tags'} added: ${u.added.join(', ')} (CSV import)`);
        }
        if (u.changed.includes('assignedToId')) {
          activityContacts.push(u.contact.id);
          activityTitles.push(`Assigned to ${u.data.owner} (CSV import)`);
        }
        events.push({ name: DomainEvent.ContactUpdated, payload: { contactId: u.contact.id, actorId: null, changedFields: u.changed, ...quiet } });
        for (const tag of u.added) events.push({ name: DomainEvent.TagAdded, payload: { contactId: u.contact.id, actorId: null, tag, ...quiet } });
      }
      if (activityContacts.length) {
        await runner.query(
          `INSERT INTO activity (contact_id, type, title) SELECT a.contact_id, 'system', a.title
           FROM unnest($1::uuid[], $2::text[]) AS a(contact_id, title)`,
          [activityContacts, activityTitles],
        );
      }
    }

    if (errors.length) {
      await runner.query(
        `INSERT INTO contact_import_error (import_id, row, message) SELECT $1, e.row, e.message
         FROM unnest($2::int[], $3::text[]) AS e(row, message) ON CONFLICT DO NOTHING`,
        [job.id, errors.map((e) => e.row), errors.map((e) => e.message)],
      );
      next.errorCount += errors.length;
    }
    next.processed += items.length;
    await runner.query(
      `UPDATE contact_import SET processed = $2, created = $3, updated = $4, skipped = $5, error_count = $6, updated_at = now()
       WHERE id = $1`,
      [job.id, next.processed, next.created, next.updated, next.skipped, next.errorCount],
    );
    const recorded = await this.outbox.record(runner.manager, events);
    await runner.commitTransaction();

    Object.assign(counters, next);
    for (const [key, id] of newCompanies) companyIds.set(key, id);
    // Awaited, batch by batch: listeners (workflow triggers) then keep pace with the import instead
    // of piling up a quarter of a million pending calls in memory.
    await this.outbox.deliver(recorded);
  }

  /** Company name (lower-case) → id for this batch, creating the companies that do not exist yet. */
  private async resolveCompanies(
    runner: QueryRunner,
    rows: { data: ImportRow }[],
    known: Map<string, string>,
    added: Map<string, string>,
  ): Promise<Map<string, string>> {
    const wanted = new Map<string, string>();
    for (const { data } of rows) {
      const key = data.company?.toLowerCase();
      if (key && !known.has(key) && !wanted.has(key)) wanted.set(key, data.company as string);
    }
    if (wanted.size) {
      await runner.query(
        `INSERT INTO company (name) SELECT n FROM unnest($1::text[]) AS n ON CONFLICT ((lower(name))) DO NOTHING`,
        [[...wanted.values()]],
      );
      const found: { id: string; key: string }[] = await runner.query(
        `SELECT id, lower(name) AS key FROM company WHERE lower(name) = ANY($1::text[])`,
        [[...wanted.keys()]],
      );
      for (const { id, key } of found) added.set(key, id);
    }
    return new Map([...known, ...added]);
  }
}

/** Errors caused by the data of a row (too long, bad value, constraint), as opposed to the database being unavailable. */
function isDataError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
