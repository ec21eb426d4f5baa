import { sql } from 'kysely';
import type { Db } from '../client.js';

/** Every column that holds a value sealed by the keyring: `v1:<key id>:<iv>:<payload>`. */
export const sealedColumns = [
  { table: 'users', column: 'totp_key' },
  { table: 'calendar_feeds', column: 'token_sealed' },
  { table: 'discrimination_reports', column: 'sealed' },
  { table: 'discrimination_reports', column: 'handled_note_sealed' },
  { table: 'people', column: 'sensitive' },
] as const;

export interface KeyUse {
  /** `table.column` of a sealed value, or `audit_seals` for the audit chain's links. */
  where: string;
  keyId: string;
  count: number;
}

/**
 * Which key ids the stored secrets were sealed with, and how many values each: the encryption key ids
 * of the sealed columns, and the audit key ids of the chain's links. A scan per column, run at start-up.
 */
export async function storedKeyIds(db: Db): Promise<{ encryption: KeyUse[]; audit: KeyUse[] }> {
  const encryption: KeyUse[] = [];
  for (const { table, column } of sealedColumns) {
    const value = sql.ref(column);
    // The key id sits between the first and the second colon.
    const keyId =
      db.engine === 'postgres'
        ? sql<string>`split_part(${value}, ':', 2)`
        : sql<string>`substr(${value}, 4, instr(substr(${value}, 4), ':') - 1)`;
    const { rows } = await sql<{ key_id: string; n: number }>`
      select ${keyId} as key_id, count(*) as n from ${sql.table(table)}
      where ${value} is not null group by ${keyId}`.execute(db.kysely);
    for (const row of rows)
      encryption.push({ where: `${table}.${column}`, keyId: row.key_id, count: Number(row.n) });
  }
  const seals = await db.kysely
    .selectFrom('audit_seals')
    .select(['key_id', (eb) => eb.fn.countAll<number>().as('n')])
    .groupBy('key_id')
    .execute();
  return {
    encryption,
    audit: seals.map((row) => ({ where: 'audit_seals', keyId: row.key_id, count: Number(row.n) })),
  };
}
