import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every status change of an email log (claimed, sent) writes a new row version and, because
 * status is indexed, an entry in every index of the table: three versions per email, each paying
 * for every index, made PostgreSQL the largest CPU cost per email after SMTP itself (bench/campaign).
 * - email_log_message_id_idx served no query: provider events find their log by the id in
 *   `unique_args`, and our Message-ID is derived from the log id.
 * - email_log_status_idx served one query, the search for orphaned claims (`status = 'sending'`);
 *   a partial index holds only those rows, a handful at any time, and costs nothing for the others.
 */
export class EmailLogWriteIndexes1764000300001 implements MigrationInterface {
  name = 'EmailLogWriteIndexes1764000300001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS email_log_message_id_idx`);
    await q.query(`DROP INDEX IF EXISTS email_log_status_idx`);
    await q.query(`CREATE INDEX email_log_sending_idx ON email_log (claimed_at) WHERE status = 'sending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS email_log_sending_idx`);
    await q.query(`CREATE INDEX email_log_status_idx ON email_log (status)`);
    await q.query(`CREATE INDEX email_log_message_id_idx ON email_log (message_id)`);
  }
}
