import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ApiScope } from '../../common/decorators/scope-area.decorator';
import { queryRows } from '../../common/sql-rows';
import type { UserRole } from '../users/entities/user.entity';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  role: UserRole;
  scopes: ApiScope[];
  userId: string | null;
  userName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
}

/** What authenticating a request needs: the key's hash and state, and the user it acts as. */
export interface ApiKeyCredential {
  id: string;
  name: string;
  hash: Buffer;
  role: UserRole;
  scopes: ApiScope[];
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  userId: string | null;
  userEmail: string | null;
  userName: string | null;
  userActive: boolean | null;
  userRole: UserRole | null;
}

export interface NewApiKey {
  name: string;
  prefix: string;
  hash: Buffer;
  role: UserRole;
  scopes: ApiScope[];
  userId: string;
  createdById: string;
  expiresAt: Date | null;
}

const SELECT_ROW = `
  SELECT k.id, k.name, k.prefix, k.role, k.scopes, k.user_id AS "userId", u.name AS "userName",
         k.created_at AS "createdAt", k.last_used_at AS "lastUsedAt", k.expires_at AS "expiresAt"
  FROM api_key k LEFT JOIN app_user u ON u.id = k.user_id`;

@Injectable()
export class ApiKeysRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(key: NewApiKey): Promise<ApiKeyRow> {
    const [{ id }] = await queryRows<{ id: string }>(
      this.dataSource,
      `INSERT INTO api_key (name, prefix, hash, role, scopes, user_id, created_by_id, expires_at)
       VALUES ($1, $2, $3, $4, $5::text[], $6, $7, $8) RETURNING id`,
      [key.name, key.prefix, key.hash, key.role, key.scopes, key.userId, key.createdById, key.expiresAt],
    );
    return (await this.findActive(id)) as ApiKeyRow;
  }

  /** Keys not revoked (expired ones included: they show as expired), newest first. */
  async page(limit: number, offset: number): Promise<{ rows: ApiKeyRow[]; total: number }> {
    const [rows, [{ total }]] = await Promise.all([
      queryRows<ApiKeyRow>(this.dataSource, `${SELECT_ROW} WHERE k.revoked_at IS NULL ORDER BY k.created_at DESC, k.id LIMIT $1 OFFSET $2`, [limit, offset]),
      queryRows<{ total: number }>(this.dataSource, `SELECT count(*)::int AS total FROM api_key WHERE revoked_at IS NULL`),
    ]);
    return { rows, total };
  }

  async findActive(id: string): Promise<ApiKeyRow | undefined> {
    const [row] = await queryRows<ApiKeyRow>(this.dataSource, `${SELECT_ROW} WHERE k.id = $1 AND k.revoked_at IS NULL`, [id]);
    return row;
  }

  /** Revokes a key not yet revoked; false when there is none with this id. */
  async revoke(id: string): Promise<boolean> {
    const rows = await queryRows(this.dataSource, `UPDATE api_key SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [id]);
    return rows.length > 0;
  }

  async findCredential(prefix: string): Promise<ApiKeyCredential | undefined> {
    const [row] = await queryRows<ApiKeyCredential>(
      this.dataSource,
      `SELECT k.id, k.name, k.hash, k.role, k.scopes, k.expires_at AS "expiresAt", k.revoked_at AS "revokedAt",
              k.last_used_at AS "lastUsedAt", k.user_id AS "userId", u.email AS "userEmail", u.name AS "userName",
              u.is_active AS "userActive", u.role AS "userRole"
       FROM api_key k LEFT JOIN app_user u ON u.id = k.user_id
       WHERE k.prefix = $1`,
      [prefix],
    );
    return row;
  }

  /** Sets lastUsedAt unless another process did within the minute (the condition keeps concurrent writers to one). */
  async touch(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE api_key SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
      [id],
    );
  }
}
