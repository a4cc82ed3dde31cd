import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Answers kept for `Idempotency-Key` (24 hours): one row per caller (a user, or an API key) and
 * key, written before the request acts so a second one with the same key sees it in flight. The
 * request's method, path and body hash tell a retry from a reuse of the key for something else;
 * the answer (status, the headers a client reads, body) is filled in when the first one finishes.
 * `claim_token` names the request holding the row, so one that lost it (taken over after it was
 * abandoned) cannot complete or release its successor's.
 * The sweeper deletes by age through the `created_at` index.
 */
export class IdempotencyKeys1764001710000 implements MigrationInterface {
  name = 'IdempotencyKeys1764001710000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        caller varchar(60) NOT NULL,
        key varchar(255) NOT NULL,
        request_method varchar(10) NOT NULL,
        request_path text NOT NULL,
        request_hash char(64) NOT NULL,
        claim_token uuid NOT NULL,
        response_status smallint,
        response_headers jsonb,
        response_body text,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (caller, key)
      )`);
    await q.query(`CREATE INDEX idempotency_key_created_at_idx ON idempotency_key (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS idempotency_key`);
  }
}
