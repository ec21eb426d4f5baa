import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { findModule } from '../../db/queries/training.js';
import {
  countPages,
  findPage,
  insertPage,
  insertPageRead,
  lastPagePosition,
  pageModulePages,
  pagesReadInModule,
  updatePage,
} from '../../db/queries/training-material.js';
import type { Database } from '../../db/schema.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';
import { completedModules } from './module-completion.js';
import { sanitisePageHtml } from './sanitise-page-html.js';

type PageRow = Database['training_pages'];
type Texts = Record<'nl' | 'fr' | 'en', string>;

export function presentPage(row: PageRow & { read_at?: string | null }) {
  return {
    id: row.id,
    moduleId: row.module_id,
    position: row.position,
    title: parseStoredJson(z.record(z.string(), z.string()), row.title, 'page title'),
    body: parseStoredJson(z.record(z.string(), z.string()), row.body, 'page body'),
    readAt: row.read_at ?? null,
  };
}

function sanitiseBodies(body: Texts) {
  const clean: Record<string, string> = {};
  const changed: string[] = [];
  for (const [locale, html] of Object.entries(body)) {
    const result = sanitisePageHtml(html);
    clean[locale] = result.html;
    if (result.changed) changed.push(locale);
  }
  return { clean, changed };
}

function written(row: PageRow, changed: string[]) {
  return {
    page: presentPage(row),
    sanitised: changed.length > 0,
    sanitisedLanguages: changed,
    warning:
      changed.length > 0
        ? `Some of the text (${changed.join(', ')}) was removed because it is not allowed: only paragraphs, headings, lists, bold, italic, quotes, line breaks and http, https or mailto links are kept. Check the page.`
        : null,
  };
}

/** The module a mentee or mentor may read: their side's, or both. Staff read every module. */
async function readableModule(db: Kysely<Database>, actor: Actor, moduleId: string) {
  const module = await findModule(db, moduleId);
  if (!module) return null;
  if (
    (actor.role === 'mentee' || actor.role === 'mentor') &&
    module.audience !== 'both' &&
    module.audience !== actor.role
  )
    return null;
  return module;
}

/** An administrator adds a self-study page; its HTML is sanitised before it is stored. */
export async function createPage(
  deps: Deps,
  ctx: RequestContext,
  moduleId: string,
  input: { title: Texts; body: Texts; position?: number | undefined },
) {
  const db = deps.db.kysely;
  if (!(await findModule(db, moduleId))) return fail('not_found', 'No such module.');
  const { clean, changed } = sanitiseBodies(input.body);
  const now = deps.now().toISOString();
  return inTransaction(deps, async (trx) => {
    const row: PageRow = {
      id: randomUUID(),
      module_id: moduleId,
      position: input.position ?? (await lastPagePosition(trx, moduleId)) + 1,
      title: JSON.stringify(input.title),
      body: JSON.stringify(clean),
      created_at: now,
      updated_at: now,
    };
    await insertPage(trx, row);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.page_created',
      subjectType: 'training_page',
      subjectId: row.id,
      details: { moduleId, sanitised: changed },
    });
    return ok(written(row, changed));
  });
}

/** An administrator changes a page (title, body, position); sanitised like a new one. */
export async function changePage(
  deps: Deps,
  ctx: RequestContext,
  pageId: string,
  input: { title: Texts; body: Texts; position?: number | undefined },
) {
  const db = deps.db.kysely;
  const existing = await findPage(db, pageId);
  if (!existing) return fail('not_found', 'No such page.');
  const { clean, changed } = sanitiseBodies(input.body);
  const row: PageRow = {
    ...existing,
    title: JSON.stringify(input.title),
    body: JSON.stringify(clean),
    position: input.position ?? existing.position,
    updated_at: deps.now().toISOString(),
  };
  await inTransaction(deps, async (trx) => {
    await updatePage(trx, pageId, {
      title: row.title,
      body: row.body,
      position: row.position,
      updated_at: row.updated_at,
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.page_changed',
      subjectType: 'training_page',
      subjectId: pageId,
      details: { sanitised: changed },
    });
  });
  return ok(written(row, changed));
}

/** A module's pages in reading order; for a mentee or mentor with what they read. */
export async function modulePages(
  deps: Deps,
  actor: Actor,
  moduleId: string,
  page: number,
  pageSize: number,
) {
  const db = deps.db.kysely;
  const module = await readableModule(db, actor, moduleId);
  if (!module) return fail('not_found', 'No such module.');
  const person =
    actor.role === 'mentee' || actor.role === 'mentor' ? await findPersonByUser(db, actor.id) : undefined;
  const { items, total } = await pageModulePages(db, moduleId, person?.id ?? null, page, pageSize);
  const progress = person ? await progressOf(db, person.id, moduleId) : { pagesRead: 0, complete: false };
  return ok({ items: items.map(presentPage), total, page, pageSize, ...progress });
}

async function progressOf(db: Kysely<Database>, personId: string, moduleId: string) {
  const [completed, pageCount, pagesRead] = await Promise.all([
    completedModules(db, [personId]),
    countPages(db, moduleId),
    pagesReadInModule(db, personId, moduleId),
  ]);
  return {
    pagesRead,
    pageCount,
    complete: completed.get(personId)?.has(moduleId) ?? false,
  };
}

/** The signed-in mentee or mentor marks a page as read (again is harmless). */
export async function markPageRead(
  deps: Deps,
  actor: Actor,
  pageId: string,
): Promise<Result<{ pagesRead: number; pageCount: number; complete: boolean }>> {
  const db = deps.db.kysely;
  const page = await findPage(db, pageId);
  const module = page ? await readableModule(db, actor, page.module_id) : null;
  const person = await findPersonByUser(db, actor.id);
  if (!page || !module || !person) return fail('not_found', 'No such page.');
  await insertPageRead(db, pageId, person.id, deps.now().toISOString());
  return ok(await progressOf(db, person.id, module.id));
}
