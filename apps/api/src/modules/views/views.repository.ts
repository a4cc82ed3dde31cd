import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SortOrder } from '../../common/dto/pagination.dto';
import { escapeLike } from '../../common/sql';
import { queryRows } from '../../common/sql-rows';
import { ViewFilters, ViewObjectType } from './view-rules';

export interface SavedViewRow {
  id: string;
  objectType: ViewObjectType;
  name: string;
  filters: ViewFilters;
  sort: string | null;
  columns: string[];
  shared: boolean;
  ownerId: string;
  ownerName: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface SavedViewValues {
  objectType: ViewObjectType;
  name: string;
  filters: ViewFilters;
  sort: string | null;
  columns: string[];
  shared: boolean;
  ownerId: string;
}

/** API sort field → SQL; `id` breaks ties. */
export const VIEW_SORTS: Record<string, string> = { name: 'lower(v.name)', createdAt: 'v.created_at', updatedAt: 'v.updated_at' };

/** The columns of a view as the API names them, from `source` (the table, or a CTE of written rows). */
const selectFrom = (source: string) => `
  SELECT v.id, v.object_type AS "objectType", v.name, v.filters, v.sort, v.columns, v.shared,
         v.owner_id AS "ownerId", u.name AS "ownerName", v.created_at AS "createdAt", v.updated_at AS "updatedAt"
  FROM ${source} v JOIN app_user u ON u.id = v.owner_id`;

@Injectable()
export class ViewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The views `userId` owns and the shared ones of others. */
  async page(
    userId: string,
    query: { objectType?: ViewObjectType; search?: string },
    order: SortOrder,
    limit: number,
    offset: number,
  ): Promise<{ rows: SavedViewRow[]; total: number }> {
    const params: unknown[] = [userId];
    const clauses = ['(v.owner_id = $1 OR v.shared)'];
    if (query.objectType) clauses.push(`v.object_type = $${params.push(query.objectType)}`);
    const search = query.search?.trim();
    if (search) clauses.push(`v.name ILIKE $${params.push(`%${escapeLike(search)}%`)}`);
    const where = `WHERE ${clauses.join(' AND ')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${selectFrom('saved_view')} ${where} ORDER BY ${order.column} ${order.direction}, v.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
        [...params, limit, offset],
      ) as Promise<SavedViewRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM saved_view v ${where}`, params) as Promise<{ total: number }[]>,
    ]);
    return { rows, total };
  }

  async find(id: string): Promise<SavedViewRow | null> {
    const [row] = await queryRows<SavedViewRow>(this.dataSource, `${selectFrom('saved_view')} WHERE v.id = $1`, [id]);
    return row ?? null;
  }

  async insert(values: SavedViewValues): Promise<SavedViewRow> {
    const [row] = await queryRows<SavedViewRow>(
      this.dataSource,
      `WITH written AS (
         INSERT INTO saved_view (object_type, name, filters, sort, columns, shared, owner_id)
         VALUES ($1, $2, $3::jsonb, $4, $5::jsonb, $6, $7) RETURNING *)
       ${selectFrom('written')}`,
      [values.objectType, values.name, JSON.stringify(values.filters), values.sort, JSON.stringify(values.columns), values.shared, values.ownerId],
    );
    return row;
  }

  async update(id: string, values: Pick<SavedViewValues, 'name' | 'filters' | 'sort' | 'columns' | 'shared'>): Promise<SavedViewRow> {
    const [row] = await queryRows<SavedViewRow>(
      this.dataSource,
      `WITH written AS (
         UPDATE saved_view SET name = $2, filters = $3::jsonb, sort = $4, columns = $5::jsonb, shared = $6, updated_at = now()
         WHERE id = $1 RETURNING *)
       ${selectFrom('written')}`,
      [id, values.name, JSON.stringify(values.filters), values.sort, JSON.stringify(values.columns), values.shared],
    );
    return row;
  }

  async delete(id: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM saved_view WHERE id = $1`, [id]);
  }

  /** Every view of one list, private ones included: what a field's delete must not break. */
  forObjectType(objectType: ViewObjectType): Promise<Pick<SavedViewRow, 'name' | 'filters' | 'sort' | 'columns'>[]> {
    return queryRows(this.dataSource, `SELECT name, filters, sort, columns FROM saved_view WHERE object_type = $1 ORDER BY lower(name), id`, [objectType]);
  }
}
