import type { Locale } from '../../contracts/common.js';
import { updateUser } from '../../db/queries/users.js';
import type { Deps } from '../context.js';

/** Remembers the language a person chose, for the web app and for their emails. */
export async function setLocale(deps: Deps, userId: string, locale: Locale): Promise<void> {
  await updateUser(deps.db.kysely, userId, { locale, updated_at: deps.now().toISOString() });
}
