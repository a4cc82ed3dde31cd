import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { randomInt } from 'crypto';
import { DataSource, QueryRunner } from 'typeorm';
import { SenderLivenessRepository } from './sender-liveness.repository';

const HEARTBEAT_MS = 15_000;
/** How long a reconnect waits for the old session (and its lock) to be gone before it gives up on the key. */
const SAME_KEY_WAIT_MS = 2 * HEARTBEAT_MS;
const SAME_KEY_RETRY_MS = 500;

/**
 * This process's sender key, held as a session advisory lock for as long as the process lives.
 * Every email a process claims carries its key (email_log.claimed_by).
 * Needs a direct (session-mode) PostgreSQL connection; a transaction-pooling proxy would break it.
 */
@Injectable()
export class SenderLivenessService implements OnApplicationShutdown {
  private readonly logger = new Logger(SenderLivenessService.name);
  private key?: Promise<number>;
  /** The key last held: a reconnect takes it again, so emails and steps claimed under it stay this process's. */
  private held?: number;
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
    try {
      const key = (await this.relock(runner)) ?? (await this.lockFreshKey(runner));
      this.held = key;
      this.runner = runner;
      this.heartbeat = setInterval(() => void this.check(), HEARTBEAT_MS);
      this.heartbeat.unref();
      return key;
    } catch (error) {
      await runner.release().catch(() => undefined);
      throw error;
    }
  }

  /**
   * The key held before the connection was lost, once PostgreSQL has let go of the old session.
   * Null if another process holds it after the wait (it took the key while it was free).
   */
  private async relock(runner: QueryRunner): Promise<number | null> {
    if (this.held === undefined) return null;
    const deadline = Date.now() + SAME_KEY_WAIT_MS;
    for (;;) {
      if (await this.locks.tryLock(runner, this.held)) return this.held;
      if (Date.now() >= deadline) return null;
      await new Promise((r) => setTimeout(r, SAME_KEY_RETRY_MS));
    }
  }

  private async lockFreshKey(runner: QueryRunner): Promise<number> {
    for (;;) {
      const key = randomInt(1, 2 ** 31 - 1);
      if (await this.locks.tryLock(runner, key)) return key;
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
      // The lock went with the connection: until it is back, other processes treat our in-flight
      // emails and steps as orphans. Take the same key again at once, so the gap is the outage only.
      this.logger.warn(`Sender liveness connection lost (${(error as Error).message}); locking key ${this.held} again`);
      this.release();
      void this.senderKey().catch(() => undefined);
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
