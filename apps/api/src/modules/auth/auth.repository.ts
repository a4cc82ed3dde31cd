import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AdvisoryLock } from '../../common/locks';

/** The raw SQL of the auth module. */
@Injectable()
export class AuthRepository {
  /**
   * Serialises registrations until the caller's transaction ends, so that of two first
   * registrations at once exactly one finds no user and becomes admin. A transaction lock: no
   * row exists yet to lock.
   */
  async lockRegistrations(manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AdvisoryLock.FirstUser]);
  }
}
