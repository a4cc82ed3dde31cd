import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ObjectType } from './custom-field-rules';
import { fieldIndexName, RECORD_TABLES, valueExpression } from './custom-field-sql';
import { FieldDefinition } from './entities/field-definition.entity';

/**
 * The SQL of custom fields: `field_definition`, and the `custom_fields` column of contacts, companies
 * and deals with its per-field indexes. The column belongs to this module (the record modules only
 * read and write values this module has checked), so its bulk changes and indexes are written here.
 */
@Injectable()
export class FieldsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async nextPosition(objectType: ObjectType): Promise<number> {
    const [{ next }] = await this.dataSource.query(
      `SELECT coalesce(max(position) + 1, 0)::int AS next FROM field_definition WHERE object_type = $1`,
      [objectType],
    );
    return next;
  }

  /** How many records hold `value` (as the JSONB containment `{key: value}`) in this field. */
  async countHolding(field: FieldDefinition, value: unknown): Promise<number> {
    const [{ count }] = await this.dataSource.query(`SELECT count(*)::int AS count FROM ${RECORD_TABLES[field.objectType]} WHERE custom_fields @> $1::jsonb`, [
      JSON.stringify({ [field.key]: value }),
    ]);
    return count;
  }

  /** The definition and every record's value of it, in one transaction. */
  async deleteWithValues(field: FieldDefinition): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(FieldDefinition, field.id);
      await manager.query(`UPDATE ${RECORD_TABLES[field.objectType]} SET custom_fields = custom_fields - $1::text WHERE custom_fields ? $1::text`, [field.key]);
    });
  }

  /**
   * CONCURRENTLY, on a connection outside any transaction: building it on a million contacts takes
   * seconds, during which a plain CREATE INDEX would stop every write to the table.
   */
  async createIndex(field: FieldDefinition): Promise<void> {
    await this.dataSource.query(
      `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${fieldIndexName(field.objectType, field.key)} ON ${RECORD_TABLES[field.objectType]} (${valueExpression('', field.key, field.type)})`,
    );
  }

  /** CONCURRENTLY: it does not block the table's writers while it waits for its readers. */
  async dropIndex(field: Pick<FieldDefinition, 'objectType' | 'key'>): Promise<void> {
    await this.dataSource.query(`DROP INDEX CONCURRENTLY IF EXISTS ${fieldIndexName(field.objectType, field.key)}`);
  }
}
