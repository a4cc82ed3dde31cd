import type { Pool, PoolClient } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * Rows of any statement. TypeORM's postgres driver answers UPDATE and DELETE with
 * `[rows, rowCount]` but SELECT and INSERT with plain rows; this evens that out.
 */
export async function queryRows<T>(db: DataSource | EntityManager, sql: string, params: unknown[] = []): Promise<T[]> {
  const result = await db.query(sql, params);
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') {
    return result[0] as T[];
  }
  return result as T[];
}

/**
 * Rows of a named (prepared) statement, run on TypeORM's own connection pool. For the statements
 * every email runs (claims, "sent" records): PostgreSQL parses and plans each once per
 * connection instead of per call, and the query skips TypeORM's query runner, logging and event
 * broadcast — together about a tenth of a campaign's CPU per email.
 */
export async function preparedRows<T>(dataSource: DataSource, name: string, text: string, values: unknown[]): Promise<T[]> {
  const pool = (dataSource.driver as PostgresDriver).master as Pool;
  const result = await pool.query<T & object>({ name, text, values });
  return result.rows;
}

/**
 * `preparedRows` on the connection of the caller's transaction (`manager` from
 * `dataSource.transaction`), so a hot statement stays prepared when its change must commit with
 * something else (a webhook event).
 */
export async function preparedRowsIn<T>(manager: EntityManager, name: string, text: string, values: unknown[]): Promise<T[]> {
  const client = (await manager.queryRunner!.connect()) as PoolClient;
  const result = await client.query<T & object>({ name, text, values });
  return result.rows;
}
