import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CsvError } from 'csv-parse';
import { Readable } from 'stream';
import { pipeline } from 'stream/promises';
import { DataSource, QueryRunner } from 'typeorm';
import { AdvisoryLockClass, isClassLockHeld, whileHoldingClassLock } from '../../../common/locks';
import { DomainEvent, PendingDomainEvent } from '../../../common/events';
import { ShutdownCoordinator } from '../../../common/shutdown';
import { FieldRule } from '../../fields/custom-field-rules';
import { FieldsService } from '../../fields/fields.service';
import { OutboxService } from '../../outbox/outbox.service';
import { UsersService } from '../../users/users.service';
import { WebhookEventsService } from '../../webhooks/webhook-events.service';
import { asEventData } from '../contacts.service';
import { ContactsRepository } from '../contacts.repository';
import { ImportStatusDto } from '../dto/import.dto';
import { ContactImport } from '../entities/contact-import.entity';
import { ContactImportsRepository, ImportCounters } from './contact-imports.repository';
import { Delimiter, createCsvParser, isBlankRecord, readRow } from './csv-format';
import { PlanItem, RowResult, firstOccurrence, planBatch, updateActivities } from './import-plan';

/** Rows written per transaction: large enough to amortize round trips, small enough for steady progress. */
const BATCH_ROWS = 1000;
/** Runs of one import (job attempts plus sweeps) before it is marked failed. */
const MAX_RUNS = 5;
/** A run stopped between batches because the process is shutting down; the next worker resumes it. */
class RunInterrupted extends Error {}

/** What batches of one run share: companies resolved so far, and the users an `owner` cell can name. */
interface RunContext {
  companyIds: Map<string, string>;
  /** Lower-cased email, or a name no other active user has → user id. */
  owners: Map<string, string>;
  /** The custom fields of contacts as the run began: the columns' cells are read and checked by them. */
  fields: Map<string, FieldRule>;
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
    private readonly imports: ContactImportsRepository,
    private readonly users: UsersService,
    private readonly fields: FieldsService,
    private readonly contacts: ContactsRepository,
    private readonly webhooks: WebhookEventsService,
    private readonly shutdown: ShutdownCoordinator,
  ) {}

  async run(importId: string): Promise<void> {
    // When another worker holds the lock (a stalled-job false alarm), it finishes the work and this run has nothing to do.
    await whileHoldingClassLock(this.dataSource, AdvisoryLockClass.ContactImportRun, importId, (runner) => this.runLocked(runner, importId));
  }

  /** Whether some runner (in any worker process) holds this import's lock right now. */
  isBeingRun(importId: string): Promise<boolean> {
    return isClassLockHeld(this.dataSource, AdvisoryLockClass.ContactImportRun, importId);
  }

  private async runLocked(runner: QueryRunner, importId: string): Promise<void> {
    const job = await this.imports.findById(importId, runner.manager);
    if (!job || job.status === 'completed' || job.status === 'failed') return;
    if (job.attempts >= MAX_RUNS) {
      await this.fail(importId, `stopped after ${MAX_RUNS} attempts`);
      return;
    }
    await this.imports.markRunning(importId, runner.manager);
    try {
      const counters = await this.importRows(runner, job);
      // Read before the transaction: it must not wait for a second pooled connection.
      const errors = await this.imports.errors(importId, 1000);
      await runner.startTransaction();
      await this.imports.markCompleted(importId, counters.processed, runner.manager);
      const completed = (await this.imports.findById(importId, runner.manager)) as ContactImport;
      await this.webhooks.publish(runner.manager, [{ type: 'import.completed', data: { ...ImportStatusDto.from(completed, errors) } }]);
      await runner.commitTransaction();
      await this.imports.deleteChunks(importId, runner.manager);
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      if (error instanceof RunInterrupted) {
        // Stays `running`; the lock goes with this run, so the next worker's sweep resumes it at
        // once from the last committed batch. A deploy is not a failed run: its attempt is given back.
        await this.imports.giveBackRun(importId, runner.manager);
        this.logger.log(`Import ${importId} paused for shutdown; the next worker resumes it from its last committed batch`);
        return;
      }
      if (job.attempts + 1 >= MAX_RUNS) {
        await this.fail(importId, (error as Error).message);
        return;
      }
      throw error;
    }
  }

  private async fail(importId: string, reason: string): Promise<void> {
    this.logger.error(`Import ${importId} failed: ${reason}`);
    await this.imports.markFailed(importId, reason);
    await this.imports.deleteChunks(importId);
  }

  /** The stored upload, one chunk at a time (at most a few MB in memory however large the file). */
  private async *chunks(importId: string): AsyncGenerator<Buffer> {
    for (let seq = 0; ; seq++) {
      const data = await this.imports.chunk(importId, seq);
      if (data === null) return;
      yield data;
    }
  }

  private async importRows(runner: QueryRunner, job: ContactImport): Promise<ImportCounters> {
    const counters: ImportCounters = {
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
    const rules = await this.fields.definitions('contact');
    const context: RunContext = { companyIds: new Map(), owners: await this.ownersByKey(job), fields: new Map(rules.map((r) => [r.key, r])) };
    let batch: PlanItem[] = [];

    const classify = (row: number, result: RowResult): PlanItem | null => {
      const item = firstOccurrence(seen, row, result);
      // Rows committed by an earlier run only rebuild the duplicate map.
      return index++ < resumeAfter ? null : { row, result: item };
    };
    const add = async (item: PlanItem | null) => {
      if (!item) return;
      batch.push(item);
      if (batch.length >= BATCH_ROWS) {
        await this.flush(runner, job, batch, counters, context);
        batch = [];
        if (this.shutdown.stopping) throw new RunInterrupted();
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
      await add(classify(row, readRow(record, job.columns, job.valueMapping, context.fields)));
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
  private async ownersByKey(job: ContactImport): Promise<Map<string, string>> {
    const owners = new Map<string, string>();
    if (job.ownerId || !job.columns.some((c) => c.field === 'owner')) return owners;
    const users = await this.users.findActiveLowerCased();
    const names = new Map<string, string | null>();
    for (const user of users) {
      owners.set(user.email, user.id);
      names.set(user.name, names.has(user.name) ? null : user.id);
    }
    for (const [name, id] of names) if (id && !owners.has(name)) owners.set(name, id);
    return owners;
  }

  /** Writes one batch; if the database refuses it as a whole, writes its rows one by one to find the culprit. */
  private async flush(runner: QueryRunner, job: ContactImport, items: PlanItem[], counters: ImportCounters, context: RunContext): Promise<void> {
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

  /** Plans one batch against the contacts it names, and writes the plan with its events in one transaction. */
  private async writeBatch(runner: QueryRunner, job: ContactImport, items: PlanItem[], counters: ImportCounters, context: RunContext): Promise<void> {
    await runner.startTransaction();
    const keys = items.flatMap(({ result }) => (result.ok ? [result.row.email.toLowerCase()] : []));
    const existing = await this.imports.lockContactsByEmail(runner, keys);
    const required = [...context.fields.values()].filter((f) => f.required);
    const plan = planBatch(existing, items, { onDuplicate: job.onDuplicate, confinedTo: job.ownerId, owners: context.owners, required });
    const newCompanies = await this.imports.ensureCompanies(runner, new Map([...plan.companies].filter(([key]) => !context.companyIds.has(key))));
    const companyIds = new Map([...context.companyIds, ...newCompanies]);

    // Without runWorkflows, contacts the import creates or updates and tags it adds start no workflow.
    const quiet = job.runWorkflows ? {} : { startsWorkflows: false };
    const events: PendingDomainEvent[] = [];
    const createdIds: string[] = [];
    const next = { ...counters, skipped: counters.skipped + plan.skipped, updated: counters.updated + plan.updates.length };

    const created = await this.imports.insertContacts(runner, plan.creates, companyIds);
    for (const { data } of plan.creates) {
      const id = created.get(data.email.toLowerCase());
      // Not returned: another writer created this email between our lookup and the insert.
      if (!id) {
        next.skipped++;
        continue;
      }
      next.created++;
      createdIds.push(id);
      events.push({ name: DomainEvent.ContactCreated, payload: { contactId: id, actorId: null, ...quiet } });
      for (const tag of data.tags) events.push({ name: DomainEvent.TagAdded, payload: { contactId: id, actorId: null, tag, ...quiet } });
    }

    const changed = plan.updates.filter((u) => u.changed.length > 0);
    await this.imports.updateContacts(runner, changed, companyIds);
    const activityContacts: string[] = [];
    const activityTitles: string[] = [];
    for (const u of changed) {
      for (const title of updateActivities(u)) {
        activityContacts.push(u.contact.id);
        activityTitles.push(title);
      }
      events.push({ name: DomainEvent.ContactUpdated, payload: { contactId: u.contact.id, actorId: null, changedFields: u.changed, ...quiet } });
      for (const tag of u.added) events.push({ name: DomainEvent.TagAdded, payload: { contactId: u.contact.id, actorId: null, tag, ...quiet } });
    }
    await this.imports.insertSystemActivities(runner, activityContacts, activityTitles);

    await this.imports.insertErrors(runner, job.id, plan.errors);
    next.errorCount += plan.errors.length;
    next.processed += items.length;
    await this.imports.saveCounters(runner, job.id, next);
    const recorded = await this.outbox.record(runner.manager, events);
    // One publish per batch: the contacts as their GET answers them, read inside the batch's transaction.
    const views = new Map((await this.contacts.findViews([...createdIds, ...changed.map((u) => u.contact.id)], runner.manager)).map((v) => [v.id, v]));
    await this.webhooks.publish(runner.manager, [
      ...createdIds.flatMap((id) => (views.has(id) ? [{ type: 'contact.created' as const, data: asEventData(views.get(id)!) }] : [])),
      ...changed.flatMap((u) => (views.has(u.contact.id) ? [{ type: 'contact.updated' as const, data: asEventData(views.get(u.contact.id)!) }] : [])),
    ]);
    await runner.commitTransaction();

    Object.assign(counters, next);
    for (const [key, id] of newCompanies) context.companyIds.set(key, id);
    // Awaited, batch by batch: listeners (workflow triggers) then keep pace with the import instead
    // of piling up a quarter of a million pending calls in memory.
    await this.outbox.deliver(recorded);
  }
}

/** Errors caused by the data of a row (too long, bad value, constraint), as opposed to the database being unavailable. */
function isDataError(error: unknown): boolean {
  const code = (error as { driverError?: { code?: string }; code?: string })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && (code.startsWith('22') || code.startsWith('23'));
}
