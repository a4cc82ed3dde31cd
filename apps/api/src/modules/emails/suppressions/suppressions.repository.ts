import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
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
}
