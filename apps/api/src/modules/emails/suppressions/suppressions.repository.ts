import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { queryRows } from '../../../common/sql-rows';
import { SuppressionReason } from '../entities/suppression.entity';

@Injectable()
export class SuppressionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Adds an address unless it is listed in any letter case (an address already listed keeps its
   * first reason). The new row's id, or null when it was already there.
   */
  async insertIfNew(entry: { email: string; reason: SuppressionReason; detail: string | null }, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO suppression (email, reason, detail) VALUES ($1, $2, $3)
       ON CONFLICT ((lower(email))) DO NOTHING RETURNING id`,
      [entry.email, entry.reason, entry.detail],
    );
    return rows[0]?.id ?? null;
  }

  /** Whether the address was erased (compared by hash: the address itself is not stored). */
  async isErased(manager: EntityManager, email: string): Promise<boolean> {
    const [row]: { erased: boolean }[] = await manager.query(`SELECT EXISTS (SELECT 1 FROM erased_address WHERE hash = address_hash($1)) AS erased`, [email]);
    return row.erased;
  }

  /**
   * Keeps the address only as its hash: its suppression entries, which hold it in plain text, go
   * (the hash refuses it at every send check the suppression list would have).
   */
  async recordErasure(manager: EntityManager, email: string): Promise<void> {
    await manager.query(`INSERT INTO erased_address (hash) VALUES (address_hash($1)) ON CONFLICT (hash) DO NOTHING`, [email]);
    await manager.query(`DELETE FROM suppression WHERE lower(email) = lower($1)`, [email]);
  }

  /** Forgets the erasure of the address; whether there was one. */
  async liftErasure(manager: EntityManager, email: string): Promise<boolean> {
    const rows = await queryRows(manager, `DELETE FROM erased_address WHERE hash = address_hash($1) RETURNING 1`, [email]);
    return rows.length > 0;
  }
}
