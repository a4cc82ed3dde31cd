import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { queryRows } from '../../common/sql-rows';

/** A table row as PostgreSQL returns it (snake_case columns). */
export type Row = Record<string, unknown>;

/** The contact being exported or erased: its id and address, read once. */
export interface Person {
  id: string;
  email: string;
  assignedToId: string | null;
}

/**
 * A PostgreSQL regular expression (for `~*`) matching the address as a whole address in free text:
 * `ann@x.io` must not find `joann@x.io` or `ann@x.io.uk`, whose rows are other people's. `encoded`:
 * also as a URL spells it (`ann%40x.io`). "Part of an address" is what addresses use in practice
 * (letters, digits, `._%+-`): the rarer characters RFC 5322 allows, such as `=` and `/`, delimit
 * URL queries and paths, where an address after them is a whole one.
 */
export function addressPattern(email: string, encoded = false): string {
  const escaped = email.replace(/[\\^$.|?*+()[\]{}-]/g, (c) => `\\${c}`);
  const at = encoded ? escaped.replace('@', '(?:@|%40)') : escaped;
  return `(?<![[:alnum:]._%+-])${at}(?![[:alnum:]-]|\\.[[:alnum:]])`;
}

/** Webhook events whose payload holds, as one of its string values, the contact's id or address (any case). */
const PAYLOAD_NAMES_PERSON = `EXISTS (SELECT 1 FROM jsonb_path_query(e.payload, 'strict $.**') AS v(value)
  WHERE jsonb_typeof(v.value) = 'string' AND (v.value #>> '{}' = $1 OR lower(v.value #>> '{}') = lower($2)))`;

/** The error of an email that was being sent when its recipient was erased (nothing personal in it). */
export const ERASED_WHILE_SENDING = 'Not recorded: the recipient was erased while this email was being sent';

/** What an erasure touched, by kind of record: the counts go into `erasure_log`. */
export interface ErasureCounts {
  activities: number;
  deals: number;
  emailLogsDetached: number;
  emailLogsDropped: number;
  campaignSkips: number;
  campaignLinks: number;
  subscriptions: number;
  consents: number;
  formSubmissions: number;
  workflowExecutions: number;
  importErrors: number;
  suppressions: number;
  webhookEvents: number;
}

/**
 * Every table that holds something of one person, read and erased in one place. An exception to
 * "a table belongs to one module's repository": the export must be complete and the erase one
 * transaction across contacts, deals, emails, consent, forms, automations and imports, and
 * gdpr.e2e-spec checks this file's coverage against information_schema (every table with a
 * `contact_id` or `email` column), which only works if the list lives in one file. Reads are
 * `SELECT *`: a column added later is exported without anyone remembering to.
 */
@Injectable()
export class PersonalDataRepository {
  /** The contact, locked against concurrent changes when `lock` (the erase). */
  async findPerson(manager: EntityManager, contactId: string, lock = false): Promise<Person | null> {
    const [row] = await queryRows<Person>(manager, `SELECT id, email, assigned_to_id AS "assignedToId" FROM contact WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [contactId]);
    return row ?? null;
  }

  // ---- export: one method per table, in the caller's (snapshot) transaction ----

  async contact(manager: EntityManager, contactId: string): Promise<Row> {
    const [row] = await queryRows<Row>(manager, `SELECT * FROM contact WHERE id = $1`, [contactId]);
    return row;
  }

  /** The company the contact is linked to (the company itself is the business's record, not the person's). */
  async company(manager: EntityManager, contactId: string): Promise<Row | null> {
    const [row] = await queryRows<Row>(manager, `SELECT co.id, co.name, co.domain FROM contact c JOIN company co ON co.id = c.company_id WHERE c.id = $1`, [contactId]);
    return row ?? null;
  }

  activities(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT * FROM activity WHERE contact_id = $1 ORDER BY created_at, id`, [contactId]);
  }

  deals(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT * FROM deal WHERE contact_id = $1 ORDER BY created_at, id`, [contactId]);
  }

  dealStageHistory(manager: EntityManager, dealIds: string[]): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT * FROM deal_stage_history WHERE deal_id = ANY($1::uuid[]) ORDER BY changed_at, id`, [dealIds]);
  }

  /** Every email sent or queued to the contact, with its opens, clicks and outcome (the log is where tracking lands). */
  emailLogs(manager: EntityManager, person: Person): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT l.*, c.name AS campaign_name FROM email_log l LEFT JOIN campaign c ON c.id = l.campaign_id
       WHERE l.contact_id = $1 OR lower(l.to_email) = lower($2) ORDER BY l.created_at, l.id`,
      [person.id, person.email],
    );
  }

  campaignSkips(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT * FROM campaign_skip WHERE contact_id = $1 ORDER BY campaign_id`, [contactId]);
  }

  subscriptions(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT s.*, t.name AS topic_name FROM contact_subscription s JOIN topic t ON t.id = s.topic_id WHERE s.contact_id = $1 ORDER BY t.name, s.topic_id`,
      [contactId],
    );
  }

  consents(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT * FROM consent_event WHERE contact_id = $1 ORDER BY at, id`, [contactId]);
  }

  /** Submissions linked to the contact, and those of its address that lost their link (a contact deleted earlier). */
  formSubmissions(manager: EntityManager, person: Person): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT * FROM form_submission WHERE contact_id = $1 OR lower(email) = lower($2) ORDER BY created_at, id`,
      [person.id, person.email],
    );
  }

  workflowExecutions(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT e.*, w.name AS workflow_name FROM workflow_execution e JOIN workflow w ON w.id = e.workflow_id WHERE e.contact_id = $1 ORDER BY e.created_at, e.id`,
      [contactId],
    );
  }

  workflowStepExecutions(manager: EntityManager, executionIds: string[]): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT * FROM workflow_step_execution WHERE execution_id = ANY($1::uuid[]) ORDER BY execution_id, step_order`,
      [executionIds],
    );
  }

  /**
   * Import error rows that quote the address (the CSV itself is kept only while its import runs).
   * A scan of the error table, whose rows carry no contact: erasure and export are rare.
   */
  importErrors(manager: EntityManager, email: string): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT * FROM contact_import_error WHERE message ~* $1 ORDER BY import_id, row`,
      [addressPattern(email)],
    );
  }

  /** Webhook events that carry the contact (see PAYLOAD_NAMES_PERSON), each with its deliveries (what receivers answered). */
  webhookEvents(manager: EntityManager, person: Person): Promise<Row[]> {
    return queryRows<Row>(
      manager,
      `SELECT e.*, coalesce((SELECT jsonb_agg(to_jsonb(d) ORDER BY d.created_at, d.id) FROM webhook_delivery d WHERE d.event_id = e.id), '[]') AS deliveries
       FROM webhook_event e WHERE ${PAYLOAD_NAMES_PERSON} ORDER BY e.created_at, e.id`,
      [person.id, person.email],
    );
  }

  suppressions(manager: EntityManager, email: string): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT * FROM suppression WHERE lower(email) = lower($1)`, [email]);
  }

  // ---- erase: inside the caller's transaction, with the contact row locked ----

  /**
   * Logs keep what the campaign counts (status, times, opens, clicks) and lose whom they went to,
   * what was written to them and which links they clicked (merge-tagged links name the person).
   * Logs not yet sent go instead: detached, no send claim (which joins the contact) would ever pick
   * them up, and a campaign would wait for them forever. One being sent right now becomes failed:
   * its sender's outcome writes skip detached rows, so the campaign completes without it. Logs
   * sent to the address under another contact id (a contact deleted and created again) go the same way.
   */
  async detachEmailLogs(manager: EntityManager, person: Person): Promise<{ detached: number; dropped: number }> {
    const mine = `(contact_id = $1 OR lower(to_email) = lower($2))`;
    const dropped = await queryRows(manager, `DELETE FROM email_log WHERE ${mine} AND status = 'pending' RETURNING 1`, [person.id, person.email]);
    const detached = await queryRows(
      manager,
      `UPDATE email_log SET contact_id = NULL, to_email = NULL, rendered_subject = NULL, clicked_links = '[]', claimed_by = NULL,
         status = CASE WHEN status = 'sending' THEN 'failed' ELSE status END,
         error_message = CASE WHEN status = 'sending' THEN $3 END, updated_at = now()
       WHERE ${mine} RETURNING 1`,
      [person.id, person.email, ERASED_WHILE_SENDING],
    );
    return { detached: detached.length, dropped: dropped.length };
  }

  /**
   * Per-recipient links (a merge tag such as `?e={{contact.email}}` in a URL) name the person:
   * those rows keep only the site's origin, so that an old email's click still lands somewhere.
   * The hash stays what the link was rendered as (the row's identity within its campaign).
   */
  async neutraliseLinks(manager: EntityManager, person: Person): Promise<number> {
    const rows = await queryRows(
      manager,
      `UPDATE campaign_link SET url = regexp_replace(url, '^([a-z][a-z0-9+.-]*://)(?:[^@/?#]*@)?([^/?#]*).*$', '\\1\\2/', 'i')
       WHERE strpos(lower(url), $1) > 0 OR url ~* $2 RETURNING 1`,
      [person.id, addressPattern(person.email, true)],
    );
    return rows.length;
  }

  /** Deals are the business's records: they stay, without the person. */
  async unlinkDeals(manager: EntityManager, contactId: string): Promise<number> {
    return (await queryRows(manager, `UPDATE deal SET contact_id = NULL, updated_at = now() WHERE contact_id = $1 RETURNING 1`, [contactId])).length;
  }

  /** A submission is what the person typed in, from where: nothing of it is kept. */
  async deleteFormSubmissions(manager: EntityManager, person: Person): Promise<number> {
    return (await queryRows(manager, `DELETE FROM form_submission WHERE contact_id = $1 OR lower(email) = lower($2) RETURNING 1`, [person.id, person.email])).length;
  }

  /** The rows stay so that an import's error count still adds up; their text, which quotes the CSV row, goes. */
  async scrubImportErrors(manager: EntityManager, email: string): Promise<number> {
    const rows = await queryRows(
      manager,
      `UPDATE contact_import_error SET message = 'Removed: the personal data of this row was erased'
       WHERE message ~* $1 RETURNING 1`,
      [addressPattern(email)],
    );
    return rows.length;
  }

  /**
   * Webhook events (and so their deliveries) whose payload carries the contact: a copy of their
   * data waiting to be sent or kept for redelivery. A scan of the retained events (30 days), as
   * their payloads name contacts in as many shapes as there are event types; erasure is rare.
   */
  async deleteWebhookEvents(manager: EntityManager, person: Person): Promise<number> {
    const rows = await queryRows(
      manager,
      `DELETE FROM webhook_event e WHERE ${PAYLOAD_NAMES_PERSON} RETURNING 1`,
      [person.id, person.email],
    );
    return rows.length;
  }

  /**
   * The consent ledger's facts without the person (what was consented to, how and when): the
   * ledger's own rows go with the contact (its FK cascades), these stay in `erasure_log`.
   */
  consentFacts(manager: EntityManager, contactId: string): Promise<Row[]> {
    return queryRows<Row>(manager, `SELECT action, topic_id, source, form_id, at FROM consent_event WHERE contact_id = $1 ORDER BY at, id`, [contactId]);
  }

  /** How many rows the contact's deletion takes with it, by table (counted before the delete). */
  async cascadeCounts(manager: EntityManager, contactId: string): Promise<Pick<ErasureCounts, 'activities' | 'campaignSkips' | 'subscriptions' | 'consents' | 'workflowExecutions'>> {
    const [row] = await queryRows<Record<string, number>>(
      manager,
      `SELECT (SELECT count(*) FROM activity WHERE contact_id = $1)::int AS activities,
              (SELECT count(*) FROM campaign_skip WHERE contact_id = $1)::int AS "campaignSkips",
              (SELECT count(*) FROM contact_subscription WHERE contact_id = $1)::int AS subscriptions,
              (SELECT count(*) FROM consent_event WHERE contact_id = $1)::int AS consents,
              (SELECT count(*) FROM workflow_execution WHERE contact_id = $1)::int AS "workflowExecutions"`,
      [contactId],
    );
    return row as Pick<ErasureCounts, 'activities' | 'campaignSkips' | 'subscriptions' | 'consents' | 'workflowExecutions'>;
  }

  /**
   * Deletes the contact; its activities, subscriptions, consent ledger, campaign skips and
   * workflow executions (with their steps) go by their foreign keys' cascade.
   */
  async deleteContact(manager: EntityManager, contactId: string): Promise<void> {
    await manager.query(`DELETE FROM contact WHERE id = $1`, [contactId]);
  }

  async recordErasure(manager: EntityManager, entry: { contactId: string; erasedById: string; removed: Record<string, unknown> }): Promise<void> {
    await manager.query(`INSERT INTO erasure_log (contact_id, erased_by_id, removed) VALUES ($1, $2, $3)`, [entry.contactId, entry.erasedById, JSON.stringify(entry.removed)]);
  }
}
