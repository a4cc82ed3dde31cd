import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomInt } from 'crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { AdvisoryLockClass } from '../../../common/locks';

/**
 * Keys of the processes that are alive right now: each holds `pg_advisory_lock(AdvisoryLockClass.Sender, key)`
 * on its own connection, and PostgreSQL drops the lock the moment that connection dies — including
 * when the process is SIGKILLed. So "claimed by a key not in this set" means "claimed by a dead process",
 * without waiting for a lease to expire.
 */
export const LIVE_SENDER_KEYS_SQL = `
  SELECT objid::int FROM pg_locks
  WHERE locktype = 'advisory' AND classid = ${AdvisoryLockClass.Sender} AND objsubid = 2 AND granted
    AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

const HEARTBEAT_MS = 15_000;

/**
 * This process's sender key, held as a session advisory lock for as long as the process lives.
 * Every email a process claims carries its key (email_log.claimed_by).
 * Needs a direct (session-mode) PostgreSQL connection; a transaction-pooling proxy would break it.
 */
@Injectable()
export class SenderLivenessService implements OnApplicationShutdown {
  private readonly logger = new Logger(SenderLivenessService.name);
  private key?: Promise<number>;
  private runner?: QueryRunner;
  private heartbeat?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  /** The key, acquiring the lock on first use (and again if the lock's connection was lost). */
  senderKey(): Promise<number> {
    this.key ??= this.acquire().catch((error) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  private async acquire(): Promise<number> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    for (;;) {
      const key = randomInt(1, 2 ** 31 - 1);
      const [row] = await runner.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [AdvisoryLockClass.Sender, key]);
      if (row.locked) {
        this.runner = runner;
        this.heartbeat = setInterval(() => void this.check(), HEARTBEAT_MS);
        this.heartbeat.unref();
        return key;
      }
    }
  }

  private async check(): Promise<void> {
    try {
      await this.runner?.query('SELECT 1');
    } catch (error) {
      // The lock went with the connection: other processes now treat our in-flight emails as
      // orphans (at-most-once, see EmailSendingService). Take a fresh key for new claims.
      this.logger.warn(`Sender liveness connection lost (${(error as Error).message}); taking a new key`);
      this.release();
    }
  }

  private release(): void {
    clearInterval(this.heartbeat);
    const runner = this.runner;
    this.runner = undefined;
    this.key = undefined;
    void runner?.release().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.heartbeat);
    // release() only returns the connection to the pool; the session lock must be let go explicitly.
    await this.runner?.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await this.runner?.release().catch(() => undefined);
  }
}
