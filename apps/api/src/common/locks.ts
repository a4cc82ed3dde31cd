import { DataSource, QueryRunner } from 'typeorm';

/**
 * Every PostgreSQL advisory lock key of the product, in one place, so that no two features pick the
 * same number. One-key locks (`pg_advisory_lock(bigint)`) and two-key locks (`pg_advisory_lock(int, int)`)
 * live in separate key spaces in PostgreSQL, so a class below never meets a key of `AdvisoryLock`.
 */
export const AdvisoryLock = {
  /** Session lock while migrations run at start: several processes starting at once migrate once. */
  Migrations: 7_412_001,
  /** Transaction lock around the first registrations, so exactly one first user becomes admin. */
  FirstUser: 7_412_002,
  /** Periodic jobs (see common/periodic.ts): the worker holding the key runs that tick, the others skip it. */
  ContactImportSweeper: 7_412_004,
  CampaignScheduler: 7_412_300,
  WorkflowScheduler: 7_412_601,
  OutboxSweeper: 7_412_700,
  IdempotencySweeper: 7_412_710,
  WebhookRetention: 7_412_720,
} as const;

export type AdvisoryLock = (typeof AdvisoryLock)[keyof typeof AdvisoryLock];

/** First keys of the two-key advisory locks; the second key names the thing locked. */
export const AdvisoryLockClass = {
  /** `(class, hashtext(import id))`: held by the worker running that import. */
  ContactImportRun: 7_412_003,
  /** `(class, sender key)`: held for its whole life by each process that sends email (sender-liveness.service.ts). */
  Sender: 7412,
} as const;

export type AdvisoryLockClass = (typeof AdvisoryLockClass)[keyof typeof AdvisoryLockClass];

/**
 * Runs `work` while this process holds the session lock `key`, on a connection of its own that is
 * kept for the duration (`work` uses the pool as usual). Returns false at once, without running
 * `work`, when another session holds the key. A process that dies loses the lock with its connection.
 */
export async function whileHoldingLock(dataSource: DataSource, key: AdvisoryLock, work: () => Promise<unknown>): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS locked', [key]);
    if (!locked) return false;
    try {
      await work();
    } finally {
      // release() only returns the connection to the pool; a session lock must be let go explicitly.
      await runner.query('SELECT pg_advisory_unlock($1)', [key]);
    }
    return true;
  } finally {
    await runner.release();
  }
}

/**
 * Runs `work` while this process holds the two-key session lock `(lockClass, hashtext(name))`, on a
 * connection of its own that is kept for the duration and handed to `work` (which may run its
 * transactions on it). Returns false at once, without running `work`, when another session holds it.
 */
export async function whileHoldingClassLock(
  dataSource: DataSource,
  lockClass: AdvisoryLockClass,
  name: string,
  work: (runner: QueryRunner) => Promise<unknown>,
): Promise<boolean> {
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [lockClass, name]);
    if (!locked) return false;
    try {
      await work(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1, hashtext($2))', [lockClass, name]);
    }
    return true;
  } finally {
    await runner.release();
  }
}

/** Whether some session (in any process) holds the two-key lock `(lockClass, hashtext(name))` right now. */
export async function isClassLockHeld(dataSource: DataSource, lockClass: AdvisoryLockClass, name: string): Promise<boolean> {
  return !(await whileHoldingClassLock(dataSource, lockClass, name, async () => undefined));
}
