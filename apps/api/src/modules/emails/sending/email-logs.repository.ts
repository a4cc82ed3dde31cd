import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { MERGE_RECIPIENT_FROM, MERGE_RECIPIENT_SELECT } from '../rendering/merge-recipient.sql';
import { MergeRecipient } from '../rendering/merge-tags';
import { preparedRows, preparedRowsIn, queryRows } from '../../../common/sql-rows';
import type { LogRow } from '../campaigns/campaigns.repository';
import { EmailLogEventsService } from './email-log-events.service';
import { Batcher } from './batcher';
import { LIVE_SENDER_KEYS_SQL } from './sender-liveness.repository';
import { addressSuppressedSql } from '../suppressions/suppressed.sql';

/**
 * An email log's columns as the email-log DTO reads them (LogRow), for a RETURNING clause or a
 * select over `email_log l`: a change's webhook event carries the email as the API answers it
 * without another round trip.
 */
export const LOG_ROW_COLUMNS = `l.id, l.campaign_id, (SELECT cp.name FROM campaign cp WHERE cp.id = l.campaign_id) AS campaign_name, l.contact_id,
  (SELECT trim(ct.first_name || ' ' || ct.last_name) FROM contact ct WHERE ct.id = l.contact_id) AS contact_name,
  l.template_id, l.to_email, l.status, l.rendered_subject, l.error_message, l.sent_at, l.opened_at, l.clicked_at,
  l.open_count, l.click_count, l.clicked_links, l.unsubscribed_at, l.created_at`;

/** What a segment's email condition asks of a contact's campaign emails. */
export interface EngagementQuery {
  op: 'received' | 'opened' | 'clicked' | 'not_opened' | 'not_clicked';
  /** One campaign; any campaign when absent (emails of workflows are not campaigns). */
  campaignId?: string;
  /** Only events since this time (sent, opened or clicked, per what is asked). */
  since?: Date;
}

/**
 * The condition over `contact c` that its campaign emails meet `query`, for segments. A contact
 * received an email accepted by the SMTP server and not bounced; "not opened" / "not clicked" mean
 * received (in the window) but not opened / clicked (in the window), the resend-to-non-openers
 * audience. Each test is a semi-join on email_log's (contact_id, …) index.
 */
export function engagementCondition(query: EngagementQuery, param: (value: unknown) => string): string {
  const campaign = query.campaignId ? `l.campaign_id = ${param(query.campaignId)}::uuid` : 'l.campaign_id IS NOT NULL';
  const since = query.since ? param(query.since.toISOString()) : null;
  const event = (column: string) => `EXISTS (SELECT 1 FROM email_log l WHERE l.contact_id = c.id AND ${campaign} AND ${column} IS NOT NULL${since ? ` AND ${column} >= ${since}::timestamptz` : ''}${column === 'l.sent_at' ? ` AND l.status IN ('sent', 'delivered')` : ''})`;
  switch (query.op) {
    case 'received':
      return event('l.sent_at');
    case 'opened':
      return event('l.opened_at');
    case 'clicked':
      return event('l.clicked_at');
    case 'not_opened':
      return `(${event('l.sent_at')} AND NOT ${event('l.opened_at')})`;
    case 'not_clicked':
      return `(${event('l.sent_at')} AND NOT ${event('l.clicked_at')})`;
  }
}

/** An email log a process has claimed (status `sending`), with what rendering needs. */
export interface ClaimedEmail {
  id: string;
  campaignId: string | null;
  templateId: string | null;
  /** Attempts including this one. */
  attempts: number;
  recipient: MergeRecipient;
  contactStatus: string;
  suppressed: boolean;
}

/** Whom an email went to, as a provider event that changed it reports. */
export interface EmailRecipientRef {
  /** Null (with the address) once the contact was erased: the log stays for the campaign's counts. */
  contactId: string | null;
  toEmail: string | null;
}

/** What an interrupted hand-off to SMTP is recorded as (see EmailSendingService for the trade-off). */
export const ORPHANED_SEND_MESSAGE =
  'Delivery unknown: the sending process stopped while handing this email to the SMTP server. ' +
  'It was not sent again, so that nobody receives two copies.';

/** Where the last claim of a campaign stopped in the due index (next_attempt_at in epoch microseconds: full precision). */
interface ClaimCursor {
  dueUs: bigint;
  id: string;
}

interface ClaimRow {
  id: string;
  campaignId: string | null;
  templateId: string | null;
  attempts: number;
  recipient: MergeRecipient;
  suppressed: boolean;
}

const CLAIM_RETURNING = `
  RETURNING l.id, l.campaign_id AS "campaignId", l.template_id AS "templateId", l.attempts, ${MERGE_RECIPIENT_SELECT},
    ${addressSuppressedSql('ct.email')} AS suppressed`;

/**
 * The claim of a campaign's next due emails, in two spellings so that each keeps one plan when
 * prepared: from the start of the due index, or after the last email this process claimed.
 */
function claimForCampaignSql(afterCursor: boolean): string {
  return `WITH next AS (
     SELECT l.id FROM email_log l
     WHERE l.campaign_id = $1 AND l.status = 'pending' AND l.next_attempt_at <= now()
       ${afterCursor ? 'AND (l.next_attempt_at, l.id) > (to_timestamp($4::bigint / 1000000.0), $5::uuid)' : ''}
       AND EXISTS (SELECT 1 FROM campaign c WHERE c.id = $1 AND c.status = 'sending')
     ORDER BY l.next_attempt_at, l.id
     LIMIT $3
     FOR UPDATE OF l SKIP LOCKED
   )
   UPDATE email_log l
   SET status = 'sending', claimed_by = $2, claimed_at = now(), attempts = l.attempts + 1, to_email = ct.email, updated_at = now()
   FROM next, ${MERGE_RECIPIENT_FROM}
   WHERE l.id = next.id AND ct.id = l.contact_id
   ${CLAIM_RETURNING}, (extract(epoch FROM l.next_attempt_at) * 1000000)::bigint::text AS due_us`;
}
const CLAIM_FIRST_SQL = claimForCampaignSql(false);
const CLAIM_AFTER_CURSOR_SQL = claimForCampaignSql(true);

/**
 * Still this hand-off's to record: being sent, or given up on as an orphan while this process had
 * lost its liveness lock. Any other failure (or a row already recorded) is left alone, so no
 * email.sent goes out twice and a dropped email does not turn into a sent one.
 */
function recordable(alias: string): string {
  // A row detached by an erasure while it was being sent stays as the erasure left it (see RECORD_SENT_SQL).
  return `(${alias}status = 'sending' OR (${alias}status = 'failed' AND ${alias}error_message LIKE 'Delivery unknown%')) AND ${alias}contact_id IS NOT NULL`;
}

/**
 * A batch of successful hand-offs. A `failed` row is corrected too: if this process lost its
 * liveness lock mid-send, another process may have written the orphan verdict meanwhile. A row
 * detached by an erasure while it was being sent stays as the erasure left it (failed, without the
 * subject that names the person): this and the other outcome writes skip `contact_id IS NULL`.
 */
const RECORD_SENT_SQL = `UPDATE email_log l
  SET status = 'sent', sent_at = now(), message_id = v.message_id, rendered_subject = v.subject, claimed_by = NULL,
      error_message = NULL, updated_at = now()
  FROM unnest($1::uuid[], $2::text[], $3::text[]) AS v(id, message_id, subject)
  WHERE l.id = v.id AND ${recordable('l.')}
  RETURNING ${LOG_ROW_COLUMNS}`;

function toClaimed(row: ClaimRow): ClaimedEmail {
  return {
    id: row.id,
    campaignId: row.campaignId,
    templateId: row.templateId,
    attempts: row.attempts,
    recipient: row.recipient,
    contactStatus: row.recipient.status,
    suppressed: row.suppressed,
  };
}

/**
 * Claims and "sent" records wait up to 5 ms for 3 of the process's MAX_IN_FLIGHT (5) emails to share
 * their statement. Without waiting, a statement carried only the two or three emails that
 * arrived during the previous round trip, and each statement is a commit: bench/campaign's
 * PostgreSQL CPU per email fell from ~450 to ~200 µs and the send rate rose from 0.67 to ~0.8 of a
 * bare nodemailer loop (measured with 20 in flight and batches of 8; with 5 in flight, waiting for 8
 * would always wait the full 5 ms). A lone email (a workflow step) is recorded 5 ms later.
 */
const GATHER = { size: 3, waitMs: 5 };

/**
 * The state machine of one email, as conditional updates (each a single statement, so two
 * processes can never both win): pending → sending (claimed by a live process) → sent | failed,
 * or back to pending for a later attempt after a transient error.
 */
@Injectable()
export class EmailLogsRepository {
  /**
   * Concurrent claims and "sent" records are coalesced into one statement each (see GATHER):
   * every statement is a round trip and a commit. Batching changes no guarantee: each row still
   * moves by its own conditional update, and a process still holds at most MAX_IN_FLIGHT claims.
   */
  private readonly claimers = new Map<string, { batcher: Batcher<number, ClaimedEmail | null>; cursor: ClaimCursor | null }>();
  private readonly sentRecorder = new Batcher<{ id: string; messageId: string; subject: string }, void>((batch) => this.recordSent(batch), {
    gather: GATHER,
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EmailLogEventsService,
  ) {}

  /**
   * Claims the next due email of a campaign that is still `sending` (pausing or cancelling the
   * campaign stops claims at once). SKIP LOCKED lets many senders take different rows.
   * Null when nothing is due.
   */
  claimNextForCampaign(campaignId: string, senderKey: number): Promise<ClaimedEmail | null> {
    let claimer = this.claimers.get(campaignId);
    if (!claimer) {
      if (this.claimers.size > 1000) this.claimers.clear();
      const state: { batcher: Batcher<number, ClaimedEmail | null>; cursor: ClaimCursor | null } = {
        cursor: null,
        batcher: new Batcher<number, ClaimedEmail | null>(async (keys) => {
          const claimed = await this.claimBatch(campaignId, keys[0], keys.length, state);
          return keys.map((_, i) => claimed[i] ?? null);
        }, { gather: GATHER }),
      };
      claimer = state;
      this.claimers.set(campaignId, claimer);
    }
    return claimer.batcher.call(senderKey);
  }

  /**
   * One claim statement for `limit` emails. It continues after the last email this process
   * claimed (keyset cursor on the due index) rather than from the start: the index entries of
   * emails already sent stay in the index until vacuum — longer while any long transaction runs
   * anywhere in the cluster — and walking them on every claim made a 20k campaign quadratic.
   * When the cursor finds nothing, one scan from the start picks up anything skipped.
   */
  private async claimBatch(campaignId: string, senderKey: number, limit: number, state: { cursor: ClaimCursor | null }): Promise<ClaimedEmail[]> {
    for (;;) {
      const cursor = state.cursor;
      const rows = cursor
        ? await preparedRows<ClaimRow & { due_us: string }>(this.dataSource, 'email_log_claim_after', CLAIM_AFTER_CURSOR_SQL, [
            campaignId,
            senderKey,
            limit,
            cursor.dueUs.toString(),
            cursor.id,
          ])
        : await preparedRows<ClaimRow & { due_us: string }>(this.dataSource, 'email_log_claim_first', CLAIM_FIRST_SQL, [campaignId, senderKey, limit]);
      if (rows.length || !cursor) {
        const last = rows.reduce<ClaimCursor | null>((max, r) => {
          const candidate = { dueUs: BigInt(r.due_us), id: r.id };
          return !max || candidate.dueUs > max.dueUs || (candidate.dueUs === max.dueUs && candidate.id > max.id) ? candidate : max;
        }, null);
        if (last) state.cursor = last;
        return rows.map(toClaimed);
      }
      state.cursor = null;
    }
  }

  /**
   * A pending single send. With a workflow step execution id it is created only once per step (a
   * retried step finds the first one): null when the step already has its email.
   */
  async createSingle(input: { contactId: string; templateId: string; workflowStepExecutionId: string | null; toEmail: string; topicId?: string | null }): Promise<string | null> {
    const inserted: { id: string }[] = await this.dataSource.query(
      `INSERT INTO email_log (contact_id, template_id, workflow_step_execution_id, to_email, topic_id)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (workflow_step_execution_id) WHERE workflow_step_execution_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [input.contactId, input.templateId, input.workflowStepExecutionId, input.toEmail, input.topicId ?? null],
    );
    return inserted[0]?.id ?? null;
  }

  /** The email a workflow step execution sent (or is sending), if any. */
  async findIdByStep(workflowStepExecutionId: string): Promise<string | null> {
    const [row]: { id: string }[] = await this.dataSource.query('SELECT id FROM email_log WHERE workflow_step_execution_id = $1', [workflowStepExecutionId]);
    return row?.id ?? null;
  }

  /** Where an email stands; null when the log does not exist. */
  async findState(id: string): Promise<{ status: string; errorMessage: string | null } | null> {
    const [row]: { status: string; errorMessage: string | null }[] = await this.dataSource.query(
      'SELECT status, error_message AS "errorMessage" FROM email_log WHERE id = $1',
      [id],
    );
    return row ?? null;
  }

  /** Claims one pending email (single sends); null when it is not pending any more. */
  async claimById(id: string, senderKey: number): Promise<ClaimedEmail | null> {
    const rows = await queryRows<ClaimRow>(
      this.dataSource,
      `UPDATE email_log l
       SET status = 'sending', claimed_by = $2, claimed_at = now(), attempts = l.attempts + 1, to_email = ct.email, updated_at = now()
       FROM ${MERGE_RECIPIENT_FROM}
       WHERE l.id = $1 AND l.status = 'pending' AND ct.id = l.contact_id
       ${CLAIM_RETURNING}`,
      [id, senderKey],
    );
    return rows[0] ? toClaimed(rows[0]) : null;
  }

  /** Records a successful hand-off (see RECORD_SENT_SQL). */
  markSent(id: string, messageId: string, renderedSubject: string): Promise<void> {
    return this.sentRecorder.call({ id, messageId, subject: renderedSubject.slice(0, 1000) });
  }

  /** The batch's `email.sent` events commit with it: one transaction per batch, its statement still prepared. */
  private async recordSent(batch: { id: string; messageId: string; subject: string }[]): Promise<void[]> {
    await this.dataSource.transaction(async (manager) => {
      const rows = await preparedRowsIn<LogRow>(manager, 'email_log_record_sent', RECORD_SENT_SQL, [
        batch.map((b) => b.id),
        batch.map((b) => b.messageId),
        batch.map((b) => b.subject),
      ]);
      await this.events.publish(manager, 'email.sent', rows);
    });
    return batch.map(() => undefined);
  }

  /** Email logs by id as the DTO reads them; `manager`: inside the caller's transaction. */
  findLogRows(ids: string[], manager: EntityManager): Promise<LogRow[]> {
    if (!ids.length) return Promise.resolve([]);
    return queryRows<LogRow>(manager, `SELECT ${LOG_ROW_COLUMNS} FROM email_log l WHERE l.id = ANY($1::uuid[])`, [ids]);
  }

  async markFailed(id: string, message: string, renderedSubject?: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_log
       SET status = 'failed', error_message = $2, rendered_subject = coalesce($3, rendered_subject), claimed_by = NULL, updated_at = now()
       WHERE id = $1 AND ${recordable('')}`,
      [id, message.slice(0, 2000), renderedSubject?.slice(0, 1000) ?? null],
    );
  }

  /** Back to pending for another attempt at `nextAttemptAt` (the error is kept for the report). */
  async release(id: string, message: string, nextAttemptAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE email_log
       SET status = 'pending', error_message = $2, next_attempt_at = $3, claimed_by = NULL, updated_at = now()
       WHERE id = $1 AND ${recordable('')}`,
      [id, message.slice(0, 2000), nextAttemptAt],
    );
  }

  /** Drops a claimed email that must not go out (address suppressed or contact archived since). */
  async discardClaimed(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM email_log WHERE id = $1 AND status = 'sending'`, [id]);
  }

  /**
   * The provider reports a bounce or a drop of a handed-off email; null when no such email has this
   * id. An erased person's (detached) log counts the bounce without the reason, which quotes the address.
   */
  async markBounced(id: string, details: { reason: string | null; providerMessageId: string | null }, manager: EntityManager): Promise<EmailRecipientRef | null> {
    const [row] = await queryRows<EmailRecipientRef>(
      manager,
      `UPDATE email_log SET status = 'bounced', error_message = CASE WHEN contact_id IS NULL THEN error_message ELSE coalesce($2, error_message) END,
         provider_message_id = coalesce($3, provider_message_id), updated_at = now()
       WHERE id = $1 AND status IN ('sent', 'delivered', 'failed') RETURNING contact_id AS "contactId", to_email AS "toEmail"`,
      [id, details.reason, details.providerMessageId],
    );
    return row ?? null;
  }

  /** The provider did not deliver a handed-off email for a reason that is no bounce (as markBounced for a detached log). */
  async markDropped(id: string, message: string, manager: EntityManager): Promise<EmailRecipientRef | null> {
    const [row] = await queryRows<EmailRecipientRef>(
      manager,
      `UPDATE email_log SET status = 'failed', error_message = CASE WHEN contact_id IS NULL THEN error_message ELSE $2 END, updated_at = now()
       WHERE id = $1 AND status IN ('sent', 'delivered', 'failed') RETURNING contact_id AS "contactId", to_email AS "toEmail"`,
      [id, message],
    );
    return row ?? null;
  }

  /** The recipient reported the email as spam; the first report's time is kept. */
  async markComplained(id: string, manager: EntityManager): Promise<EmailRecipientRef | null> {
    const [row] = await queryRows<EmailRecipientRef>(
      manager,
      `UPDATE email_log SET complained_at = coalesce(complained_at, now()), updated_at = now() WHERE id = $1 RETURNING contact_id AS "contactId", to_email AS "toEmail"`,
      [id],
    );
    return row ?? null;
  }

  /** Whether a sent email became delivered (a repeated or late event changes nothing). */
  async markDelivered(id: string, providerMessageId: string | null, manager: EntityManager): Promise<boolean> {
    const rows = await queryRows(
      manager,
      `UPDATE email_log SET status = 'delivered', delivered_at = now(), provider_message_id = coalesce($2, provider_message_id), updated_at = now()
       WHERE id = $1 AND status = 'sent' RETURNING 1`,
      [id, providerMessageId],
    );
    return rows.length > 0;
  }

  /**
   * A bulk insert leaves the planner believing a campaign has almost no pending emails; it would
   * then sort all of them for every claim instead of walking the due index (seen: O(n²) at 20k).
   */
  async refreshPlannerStatistics(): Promise<void> {
    await this.dataSource.query('ANALYZE email_log');
  }

  /**
   * Emails claimed by processes that have died (or stuck for 15 minutes): their SMTP hand-off may or may not have completed,
   * so they are marked failed rather than sent again (at-most-once). Returns affected campaigns.
   */
  async resolveOrphans(onlyId?: string): Promise<string[]> {
    const rows = await queryRows<{ campaign_id: string | null }>(
      this.dataSource,
      `UPDATE email_log
       SET status = 'failed', error_message = $1, claimed_by = NULL, updated_at = now()
       WHERE status = 'sending' AND ($2::uuid IS NULL OR id = $2)
         AND (claimed_by IS NULL OR claimed_by NOT IN (${LIVE_SENDER_KEYS_SQL})
              -- a live process whose hand-off failed in an unexpected way (timeouts bound a real send to ~1 min)
              OR claimed_at < now() - interval '15 minutes')
       RETURNING campaign_id`,
      [ORPHANED_SEND_MESSAGE, onlyId ?? null],
    );
    return [...new Set(rows.map((r) => r.campaign_id).filter((id): id is string => id !== null))];
  }
}
