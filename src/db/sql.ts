import { sql, type Expression, type SqlBool } from 'kysely';

/**
 * Case-insensitive "contains" that behaves the same on SQLite and PostgreSQL: explicit ESCAPE
 * (SQLite has no default escape character) and lower() on both sides (PostgreSQL's LIKE is
 * case-sensitive, SQLite's is not).
 */
export function contains(column: Expression<string | null>, text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c)}%`;
  return sql<SqlBool>`lower(${column}) like ${pattern} escape '\\'`;
}
