import type { FieldType, ObjectType } from './custom-field-rules';

/** The table holding each object type's records. */
export const RECORD_TABLES: Record<ObjectType, string> = { contact: 'contact', company: 'company', deal: 'deal' };
export const RECORD_NAMES: Record<ObjectType, [string, string]> = { contact: ['contact', 'contacts'], company: ['company', 'companies'], deal: ['deal', 'deals'] };

/**
 * Types a list can sort and range-filter on, each with a btree on its expression (created with the
 * field). Numbers compare as numeric; dates and datetimes are stored in a fixed-width ISO form, so
 * their text order is their calendar order and the text itself is indexed. Textarea and
 * multiselect are left out: a sort by a paragraph or a list means nothing, and their btree would be
 * the largest of all. Equality and "contains" go through the table's GIN index instead.
 */
const SORTABLE: readonly FieldType[] = ['text', 'number', 'date', 'datetime', 'boolean', 'select', 'url', 'email', 'phone'];

export const isSortable = (type: FieldType) => SORTABLE.includes(type);
export const isRanged = (type: FieldType) => type === 'number' || type === 'date' || type === 'datetime';

/**
 * The SQL expression of a field's value on `alias`'s row, exactly as its index is built (the
 * planner uses an expression index only for the same expression). `key` is a validated
 * snake_case key, so it is safe inline; a parameter there would not match the index.
 */
export function valueExpression(alias: string, key: string, type: FieldType): string {
  const column = alias ? `${alias}.custom_fields` : 'custom_fields';
  const text = `(${column} ->> '${key}')`;
  return type === 'number' ? `(${text}::numeric)` : text;
}

/** Within PostgreSQL's 63-byte identifiers: keys are at most 40 characters. */
export const fieldIndexName = (objectType: ObjectType, key: string) => `cf_${objectType}_${key}_idx`;
