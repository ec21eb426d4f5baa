import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';
import type { Deps } from './context.js';

/** Runs a use case's reads and writes as one transaction: all of it is saved, or none. */
export function inTransaction<T>(deps: Deps, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return deps.db.kysely.transaction().execute(work);
}

export type Queryable = Kysely<Database>;
