import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Role } from '../../contracts/base-vocabulary.js';
import type { Database, UsersTable } from '../schema.js';
import { likeText } from './text-match.js';

export type UserRow = Selectable<UsersTable>;

export interface UserFilter {
  role?: Role | undefined;
  associationId?: string | undefined;
  q?: string | undefined;
  roles?: readonly Role[];
}

/** All SQL about user accounts. */
export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function insertUser(db: Kysely<Database>, user: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(user).execute();
}

export async function updateUser(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<UserRow, 'id' | 'created_at'>> & { updated_at: string },
): Promise<void> {
  await db.updateTable('users').set(changes).where('id', '=', id).execute();
}

export async function countUsers(db: Kysely<Database>, role?: Role): Promise<number> {
  let query = db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n'));
  if (role) query = query.where('role', '=', role);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export async function pageUsers(db: Kysely<Database>, filter: UserFilter, page: number, pageSize: number) {
  let query = db.selectFrom('users').leftJoin('associations', 'associations.id', 'users.association_id');
  if (filter.role) query = query.where('users.role', '=', filter.role);
  if (filter.roles) query = query.where('users.role', 'in', [...filter.roles]);
  if (filter.associationId) query = query.where('users.association_id', '=', filter.associationId);
  if (filter.q) {
    const text = filter.q.toLowerCase();
    query = query.where((eb) =>
      eb.or([
        likeText(eb.fn('lower', ['users.name']), text, 'contains'),
        likeText(eb.ref('users.email'), text, 'contains'),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    query
      .selectAll('users')
      .select('associations.name as association_name')
      .orderBy('users.created_at', 'desc')
      .orderBy('users.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

export async function findAssociationName(db: Kysely<Database>, id: string | null): Promise<string | null> {
  if (!id) return null;
  const row = await db.selectFrom('associations').select('name').where('id', '=', id).executeTakeFirst();
  return row?.name ?? null;
}

/** The active coaches of an association (at most 20), to tell them about one of their people. */
export async function listAssociationCoaches(db: Kysely<Database>, associationId: string) {
  return db
    .selectFrom('users')
    .select(['id', 'email', 'name', 'locale'])
    .where('association_id', '=', associationId)
    .where('role', '=', 'coach')
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .limit(20)
    .execute();
}
