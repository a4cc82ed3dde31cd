/** `created_at` → `createdAt`. */
function camelCase(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/**
 * A database row in the API's spelling: column names camelCased, values as they are (a jsonb
 * column such as `custom_fields` keeps its own keys, which are the user's field keys).
 */
export function exportRow(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([column, value]) => [camelCase(column), value]));
}
