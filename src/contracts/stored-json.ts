import type { z } from 'zod';

/**
 * Reads a JSON column with the schema of what was stored there, instead of casting it: a stored value
 * of another shape is a bug (a missed migration, a hand edit), so it stops here with the column's name
 * and zod's findings rather than travel on as a wrong type (docs/decisions/009).
 */
export function parseStoredJson<S extends z.ZodType>(schema: S, text: string, what: string): z.output<S> {
  const parsed = schema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  throw new Error(`Stored ${what} does not have its expected shape: ${parsed.error.message}`);
}
