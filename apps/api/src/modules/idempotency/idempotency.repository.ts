import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { queryRows } from '../../common/sql-rows';

/** How long a key's answer is kept and replayed (API.md: 24 hours). */
export const IDEMPOTENCY_TTL_HOURS = 24;
/**
 * A key still in flight this long after its request began is taken to belong to a process that
 * died mid-request, so a retry may take it rather than meet 409 for a day. Should the first request
 * still be running after all, its claim token no longer matches: its answer is not stored.
 */
export const ABANDONED_AFTER_MINUTES = 10;

/** What identifies the request a key was first used for. */
export interface IdempotentRequest {
  /** `user:<id>` or `key:<api key id>`: keys are scoped per caller. */
  caller: string;
  key: string;
  method: string;
  path: string;
  /** sha256 (hex) of the canonical JSON body. */
  hash: string;
  /** Names this request as the row's holder (random per request). */
  claimToken: string;
}

/** The headers of an answer a replay repeats. */
export type StoredHeaders = Record<string, string>;

/** A key already in use: in flight until `status` is set. */
export interface StoredAnswer {
  method: string;
  path: string;
  hash: string;
  status: number | null;
  headers: StoredHeaders | null;
  body: string | null;
}

/** The SQL of `idempotency_key`. */
@Injectable()
export class IdempotencyRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Takes the key for this request: true when the row is now this request's (new, left over from
   * more than the TTL ago and not yet swept, or abandoned in flight), false when another request holds it.
   */
  async claim(request: IdempotentRequest): Promise<boolean> {
    const rows = await queryRows<{ claimed: boolean }>(
      this.dataSource,
      `INSERT INTO idempotency_key (caller, key, request_method, request_path, request_hash, claim_token)
       VALUES ($1, $2, $3, $4, $5, $8)
       ON CONFLICT (caller, key) DO UPDATE
         SET request_method = EXCLUDED.request_method, request_path = EXCLUDED.request_path, request_hash = EXCLUDED.request_hash,
             claim_token = EXCLUDED.claim_token, response_status = NULL, response_headers = NULL, response_body = NULL, created_at = now(), completed_at = NULL
         WHERE idempotency_key.created_at < now() - make_interval(hours => $6)
            OR (idempotency_key.completed_at IS NULL AND idempotency_key.created_at < now() - make_interval(mins => $7))
       RETURNING true AS claimed`,
      [request.caller, request.key, request.method, request.path, request.hash, IDEMPOTENCY_TTL_HOURS, ABANDONED_AFTER_MINUTES, request.claimToken],
    );
    return rows.length > 0;
  }

  /** The row holding this key, or null when it went meanwhile (its request failed with a 5xx). */
  async find(caller: string, key: string): Promise<StoredAnswer | null> {
    const [row] = await queryRows<StoredAnswer>(
      this.dataSource,
      `SELECT request_method AS method, request_path AS path, request_hash AS hash, response_status AS status,
              response_headers AS headers, response_body AS body
       FROM idempotency_key WHERE caller = $1 AND key = $2`,
      [caller, key],
    );
    return row ?? null;
  }

  /** Stores the answer of the request still holding the row (a request that lost it changes nothing). */
  async complete(request: IdempotentRequest, status: number, headers: StoredHeaders, body: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET response_status = $4, response_headers = $5, response_body = $6, completed_at = now()
       WHERE caller = $1 AND key = $2 AND claim_token = $3`,
      [request.caller, request.key, request.claimToken, status, JSON.stringify(headers), body],
    );
  }

  async release(request: IdempotentRequest): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE caller = $1 AND key = $2 AND claim_token = $3`, [request.caller, request.key, request.claimToken]);
  }

  /** Deletes up to `limit` keys older than the TTL; answers how many went. */
  async deleteExpired(limit: number): Promise<number> {
    const rows = await queryRows<{ key: string }>(
      this.dataSource,
      `DELETE FROM idempotency_key WHERE ctid = ANY(ARRAY(
         SELECT ctid FROM idempotency_key WHERE created_at < now() - make_interval(hours => $1) LIMIT $2))
       RETURNING key`,
      [IDEMPOTENCY_TTL_HOURS, limit],
    );
    return rows.length;
  }
}
