import { type Insertable, type Kysely, type Selectable, sql } from 'kysely';
import type { PersonKind, PersonStatus } from '../../contracts/people-vocabulary.js';
import { isWholePersonScope, type PersonScope } from '../../domain/access/person-access.js';
import { nameGrams } from '../../domain/people/name-search.js';
import type { Database, PeopleTable } from '../schema.js';
import { personScopeWhere } from '../scopes/person.js';
import { likeText } from './text-match.js';

export type PersonRow = Selectable<PeopleTable>;

/** Which people a caller may list: built by domain/access/person-access.ts (deny by default). */
export type CaseloadScope = PersonScope;

export interface CaseloadFilter {
  kind?: PersonKind | undefined;
  status?: PersonStatus | undefined;
  sector?: string | undefined;
  language?: string | undefined;
  region?: string | undefined;
  appliedBefore?: string | undefined;
  associationId?: string | undefined;
  q?: string | undefined;
}

export type CaseloadSort = 'applied_desc' | 'applied_asc' | 'name_asc' | 'status';

/** All SQL about people (mentees and mentors), their languages, status history, consents, applications. */
export async function insertPerson(
  db: Kysely<Database>,
  row: Insertable<PeopleTable>,
  languages: readonly string[],
) {
  await db.insertInto('people').values(row).execute();
  await writeNameGrams(db, [row]);
  if (languages.length)
    await db
      .insertInto('person_languages')
      .values([...new Set(languages)].map((code) => ({ person_id: row.id, code })))
      .execute();
}

export async function replacePersonLanguages(
  db: Kysely<Database>,
  personId: string,
  languages: readonly string[],
) {
  await db.deleteFrom('person_languages').where('person_id', '=', personId).execute();
  if (languages.length)
    await db
      .insertInto('person_languages')
      .values([...new Set(languages)].map((code) => ({ person_id: personId, code })))
      .execute();
}

export async function updatePerson(
  db: Kysely<Database>,
  id: string,
  changes: Partial<Omit<PersonRow, 'id'>>,
) {
  await db.updateTable('people').set(changes).where('id', '=', id).execute();
  if (changes.first_name !== undefined || changes.last_name !== undefined) {
    const person = await db
      .selectFrom('people')
      .select(['id', 'first_name', 'last_name'])
      .where('id', '=', id)
      .executeTakeFirst();
    await db.deleteFrom('person_name_grams').where('person_id', '=', id).execute();
    if (person) await writeNameGrams(db, [person]);
  }
}

/** The name trigrams of new people (or of a renamed one whose old rows were removed). */
async function writeNameGrams(
  db: Kysely<Database>,
  people: ReadonlyArray<{ id: string; first_name: string; last_name: string }>,
) {
  const rows = people.flatMap((p) =>
    nameGrams(`${p.first_name} ${p.last_name}`).map((gram) => ({ gram, person_id: p.id })),
  );
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('person_name_grams')
      .values(rows.slice(i, i + 500))
      .execute();
}

export async function findPerson(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .leftJoin('associations', 'associations.id', 'people.association_id')
    .selectAll('people')
    .select('associations.name as association_name')
    .where('people.id', '=', id)
    .executeTakeFirst();
}

export async function findPersonByUser(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .leftJoin('associations', 'associations.id', 'people.association_id')
    .selectAll('people')
    .select('associations.name as association_name')
    .where('people.user_id', '=', userId)
    .executeTakeFirst();
}

/** An earlier application of the same kind with the same email or phone number. */
export async function findDuplicate(
  db: Kysely<Database>,
  kind: PersonKind,
  email: string,
  phoneKey: string | null,
) {
  return db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .select(['id', 'linked_applications'])
    .where('kind', '=', kind)
    .where((eb) =>
      phoneKey ? eb.or([eb('email', '=', email), eb('phone_key', '=', phoneKey)]) : eb('email', '=', email),
    )
    .orderBy('applied_at')
    .executeTakeFirst();
}

export async function personLanguages(db: Kysely<Database>, personIds: readonly string[]) {
  if (personIds.length === 0) return new Map<string, string[]>();
  const rows = await db
    .selectFrom('person_languages')
    .select(['person_id', 'code'])
    .where('person_id', 'in', [...personIds])
    .orderBy('code')
    .execute();
  const byPerson = new Map<string, string[]>();
  for (const row of rows) byPerson.set(row.person_id, [...(byPerson.get(row.person_id) ?? []), row.code]);
  return byPerson;
}

/** The caseload scope as a condition on `people` (db/scopes/person.ts). */
function inScope(scope: CaseloadScope) {
  return personScopeWhere(scope);
}

function scoped(db: Kysely<Database>, scope: CaseloadScope, filter: CaseloadFilter) {
  let query = db.selectFrom('people').where('people.erased_at', 'is', null);
  if (!isWholePersonScope(scope)) query = query.where(inScope(scope));
  if (filter.associationId) query = query.where('people.association_id', '=', filter.associationId);
  if (filter.kind) query = query.where('people.kind', '=', filter.kind);
  if (filter.sector)
    query = query.where(
      filter.sector.length === 1 ? 'people.sector_section' : 'people.sector_code',
      '=',
      filter.sector,
    );
  if (filter.region) query = query.where('people.region_code', '=', filter.region);
  if (filter.appliedBefore) query = query.where('people.applied_at', '<=', filter.appliedBefore);
  if (filter.language) {
    const code = filter.language;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_languages')
          .select('person_languages.person_id')
          .whereRef('person_languages.person_id', '=', 'people.id')
          .where('person_languages.code', '=', code),
      ),
    );
  }
  if (filter.q) query = query.where(likeText(sql.ref('people.search_name'), filter.q, 'contains'));
  return query;
}

/** The columns of a person's line in a list (caseload, name search): what presentSummary needs. */
const summaryColumns = [
  'people.id',
  'people.kind',
  'people.first_name',
  'people.last_name',
  'people.status',
  'people.association_id',
  'associations.name as association_name',
  'people.region_code',
  'people.sector_code',
  'people.applied_at',
  'people.eligible',
  'people.linked_applications',
] as const;

/** One page of a caseload and the counts per status of the same filter (without the status). */
export async function pageCaseload(
  db: Kysely<Database>,
  scope: CaseloadScope,
  filter: CaseloadFilter,
  sort: CaseloadSort,
  page: number,
  pageSize: number,
) {
  const base = scoped(db, scope, filter);
  const withStatus = filter.status ? base.where('people.status', '=', filter.status) : base;
  let rows = withStatus
    .leftJoin('associations', 'associations.id', 'people.association_id')
    .select(summaryColumns);
  if (sort === 'applied_asc') rows = rows.orderBy('people.applied_at', 'asc');
  else if (sort === 'name_asc') rows = rows.orderBy('people.search_name', 'asc');
  else if (sort === 'status')
    rows = rows.orderBy('people.status', 'asc').orderBy('people.applied_at', 'desc');
  else rows = rows.orderBy('people.applied_at', 'desc');
  const [items, total, counts] = await Promise.all([
    rows
      .orderBy('people.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    withStatus.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    base
      .select(['people.status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy('people.status')
      .execute(),
  ]);
  return {
    items,
    total: Number(total.n),
    counts: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])),
  };
}

/** Every row of a caseload filter, for export (bounded by the caller). */
export async function listCaseloadForExport(
  db: Kysely<Database>,
  scope: CaseloadScope,
  filter: CaseloadFilter,
  limit: number,
) {
  const base = scoped(db, scope, filter);
  const withStatus = filter.status ? base.where('people.status', '=', filter.status) : base;
  return withStatus
    .leftJoin('associations', 'associations.id', 'people.association_id')
    .selectAll('people')
    .select('associations.name as association_name')
    .orderBy('people.applied_at', 'desc')
    .orderBy('people.id')
    .limit(limit)
    .execute();
}

export async function insertStatusChange(
  db: Kysely<Database>,
  change: {
    id: string;
    personId: string;
    from: PersonStatus | null;
    to: PersonStatus;
    at: string;
    actorId: string | null;
    reasonCode?: string | null;
    reasonText?: string | null;
  },
) {
  const last = await db
    .selectFrom('person_status_changes')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('person_id', '=', change.personId)
    .executeTakeFirst();
  await db
    .insertInto('person_status_changes')
    .values({
      id: change.id,
      person_id: change.personId,
      seq: Number(last?.seq ?? 0) + 1,
      from_status: change.from,
      to_status: change.to,
      at: change.at,
      actor_id: change.actorId,
      reason_code: change.reasonCode ?? null,
      reason_text: change.reasonText ?? null,
    })
    .execute();
}

export async function listStatusChanges(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('person_status_changes')
    .leftJoin('users', 'users.id', 'person_status_changes.actor_id')
    .select([
      'person_status_changes.from_status',
      'person_status_changes.to_status',
      'person_status_changes.at',
      'person_status_changes.reason_code',
      'person_status_changes.reason_text',
      'users.name as actor_name',
    ])
    .where('person_status_changes.person_id', '=', personId)
    .orderBy('person_status_changes.seq')
    .execute();
}

export async function insertConsent(
  db: Kysely<Database>,
  consent: { id: string; personId: string; kind: string; version: string; locale: string; givenAt: string },
) {
  await db
    .insertInto('consents')
    .values({
      id: consent.id,
      person_id: consent.personId,
      kind: consent.kind,
      version: consent.version,
      locale: consent.locale,
      given_at: consent.givenAt,
      withdrawn_at: null,
    })
    .execute();
}

export async function listConsents(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('consents')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('given_at')
    .execute();
}

export async function withdrawConsents(db: Kysely<Database>, personId: string, kind: string, at: string) {
  const result = await db
    .updateTable('consents')
    .set({ withdrawn_at: at })
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function insertApplication(
  db: Kysely<Database>,
  row: { id: string; personId: string; kind: PersonKind; submittedAt: string; payload: string },
) {
  await db
    .insertInto('applications')
    .values({
      id: row.id,
      person_id: row.personId,
      kind: row.kind,
      submitted_at: row.submittedAt,
      payload: row.payload,
    })
    .execute();
}

export async function findAssociationRegion(db: Kysely<Database>, associationId: string) {
  return db
    .selectFrom('associations')
    .select(['id', 'region', 'name'])
    .where('id', '=', associationId)
    .executeTakeFirst();
}

/** Ties a new mentee or mentor account to their person record (same email, same kind). */
export async function linkPersonToUser(
  db: Kysely<Database>,
  email: string,
  kind: PersonKind,
  userId: string,
) {
  await db
    .updateTable('people')
    .set({ user_id: userId })
    .where('email', '=', email)
    .where('kind', '=', kind)
    .where('user_id', 'is', null)
    .execute();
}

/** The emails of every person of a kind, to find duplicates in an import. */
export async function emailsOfKind(db: Kysely<Database>, kind: PersonKind): Promise<Set<string>> {
  const rows = await db.selectFrom('people').select('email').where('kind', '=', kind).execute();
  return new Set(rows.map((r) => r.email));
}

/** Inserts many people and their languages in batches (an import). */
export async function insertPeopleBatch(
  db: Kysely<Database>,
  people: Array<Insertable<PeopleTable>>,
  languages: Array<{ person_id: string; code: string }>,
) {
  for (let i = 0; i < people.length; i += 100)
    await db
      .insertInto('people')
      .values(people.slice(i, i + 100))
      .execute();
  await writeNameGrams(db, people);
  for (let i = 0; i < languages.length; i += 300)
    await db
      .insertInto('person_languages')
      .values(languages.slice(i, i + 300))
      .execute();
}

/**
 * People in the scope whose names share at least `minShared` of the query's trigrams, best first,
 * one page, with the total. The grouped subquery reads the (gram, person_id) primary key only.
 */
export async function searchPeopleByName(
  db: Kysely<Database>,
  scope: CaseloadScope,
  grams: readonly string[],
  minShared: number,
  page: number,
  pageSize: number,
) {
  const hits = db
    .selectFrom('person_name_grams')
    .select(['person_name_grams.person_id', (eb) => eb.fn.countAll<number>().as('shared')])
    .where('person_name_grams.gram', 'in', [...grams])
    .groupBy('person_name_grams.person_id')
    .having((eb) => eb.fn.countAll(), '>=', minShared)
    .as('hits');
  const base = db
    .selectFrom('people')
    .where('people.erased_at', 'is', null)
    .innerJoin(hits, 'hits.person_id', 'people.id')
    .where(inScope(scope));
  const [items, total] = await Promise.all([
    base
      .leftJoin('associations', 'associations.id', 'people.association_id')
      .select([...summaryColumns, 'hits.shared'])
      .orderBy('hits.shared', 'desc')
      .orderBy('people.search_name')
      .orderBy('people.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { items, total: Number(total.n) };
}

/**
 * The coach's intake pipeline for the to-do list, in the caseload scope: applications not yet taken
 * up (status applied), planned intakes (their date is in the intake JSON; the caller keeps those past),
 * and mentees ready to match since before `readySince`. Each list is bounded and oldest first.
 */
export async function intakePipelineForTodo(
  db: Kysely<Database>,
  scope: CaseloadScope,
  readySince: string,
  limit: number,
) {
  const columns = [
    'people.id',
    'people.kind',
    'people.first_name',
    'people.last_name',
    'people.status',
    'people.applied_at',
    'people.status_changed_at',
    'people.intake',
  ] as const;
  const base = db.selectFrom('people').where('people.erased_at', 'is', null).where(inScope(scope));
  const [applied, planned, waiting] = await Promise.all([
    base
      .select(columns)
      .where('people.status', '=', 'applied')
      .orderBy('people.applied_at')
      .limit(limit)
      .execute(),
    base
      .select(columns)
      .where('people.status', '=', 'intake_planned')
      .orderBy('people.status_changed_at')
      .limit(limit)
      .execute(),
    base
      .select(columns)
      .where('people.status', '=', 'ready_to_match')
      .where('people.kind', '=', 'mentee')
      .where('people.status_changed_at', '<=', readySince)
      .orderBy('people.status_changed_at')
      .limit(limit)
      .execute(),
  ]);
  return { applied, planned, waiting };
}
