import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomInt } from 'crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { SenderLivenessRepository } from './sender-liveness.repository';

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

  constructor(
    private readonly dataSource: DataSource,
    private readonly locks: SenderLivenessRepository,
  ) {}

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
      if (await this.locks.tryLock(runner, key)) {
        this.runner = runner;
        this.heartbeat = setInterval(() => void this.check(), HEARTBEAT_MS);
        this.heartbeat.unref();
        return key;
      }
    }
  }

  /** Checks now that the lock's connection is alive (else a fresh key is taken on next use). */
  verify(): Promise<void> {
    return this.check();
  }

  private async check(): Promise<void> {
    const runner = this.runner;
    try {
      if (runner) await this.locks.ping(runner);
    } catch (error) {
      // A check that overlapped with a newer key's acquisition must not drop that key.
      if (this.runner !== runner) return;
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
    if (this.runner) await this.locks.unlockAll(this.runner).catch(() => undefined);
    await this.runner?.release().catch(() => undefined);
  }
}
