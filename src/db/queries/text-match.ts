import { type Expression, type RawBuilder, sql } from 'kysely';

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * `expression LIKE pattern` with the user's text taken literally (`_` and `%` escaped), the same on
 * SQLite and PostgreSQL. `contains` for search boxes, `startsWith` for prefixes such as `auth.`.
 */
export function likeText(
  expression: Expression<string | null>,
  text: string,
  mode: 'contains' | 'startsWith',
): RawBuilder<boolean> {
  const pattern = mode === 'contains' ? `%${escapeLike(text)}%` : `${escapeLike(text)}%`;
  return sql<boolean>`${expression} like ${pattern} escape '\\'`;
}
