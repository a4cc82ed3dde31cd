import { Injectable } from '@nestjs/common';
import { QueryRunner } from 'typeorm';
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

/**
 * The sender-key session locks. Every method runs on the session connection the caller keeps for
 * the life of the process (SenderLivenessService): a session lock belongs to one connection, so
 * the pool's connections would take and lose it at random.
 */
@Injectable()
export class SenderLivenessRepository {
  /** Takes `key` unless another session holds it. */
  async tryLock(session: QueryRunner, key: number): Promise<boolean> {
    const [row]: { locked: boolean }[] = await session.query('SELECT pg_try_advisory_lock($1, $2) AS locked', [AdvisoryLockClass.Sender, key]);
    return row.locked;
  }

  /** A round trip on the session: throws once its connection (and with it the lock) is gone. */
  async ping(session: QueryRunner): Promise<void> {
    await session.query('SELECT 1');
  }

  /** release() only returns the connection to the pool; the session lock must be let go explicitly. */
  async unlockAll(session: QueryRunner): Promise<void> {
    await session.query('SELECT pg_advisory_unlock_all()');
  }
}
