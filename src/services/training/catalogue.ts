import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { PersonKind } from '../../contracts/people-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import {
  findModule,
  findModuleByCode,
  insertModule,
  insertSession,
  listModules,
  listSessions,
} from '../../db/queries/training.js';
import type { Database } from '../../db/schema.js';
import { fail, ok, type Result } from '../../domain/result.js';
import { checkSession } from '../../domain/training/registration.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Deps, RequestContext } from '../context.js';
import { inTransaction } from '../transaction.js';

type ModuleRow = Database['training_modules'];

export function presentModule(row: ModuleRow) {
  return {
    id: row.id,
    code: row.code,
    audience: row.audience,
    title: parseStoredJson(z.record(z.string(), z.string()), row.title, 'module title'),
    description: parseStoredJson(z.record(z.string(), z.string()), row.description, 'module description'),
    durationMinutes: row.duration_minutes,
    format: row.format,
    languages: parseStoredJson(z.array(z.string()), row.languages, 'module languages'),
    goals: parseStoredJson(z.record(z.string(), z.array(z.string())), row.goals, 'module goals'),
    requiredForMatching: row.required_for_matching === 1,
    kind: row.kind,
  };
}

export interface ModuleInput {
  code: string;
  audience: 'mentee' | 'mentor' | 'both';
  title: Record<'nl' | 'fr' | 'en', string>;
  description: Record<'nl' | 'fr' | 'en', string>;
  durationMinutes: number;
  format: 'in_person' | 'online' | 'self_study';
  languages: string[];
  goals: Record<'nl' | 'fr' | 'en', string[]>;
  requiredForMatching: boolean;
  kind: 'training' | 'network_event';
}

/** An administrator adds a module to the catalogue (texts in the three languages). */
export async function createModule(
  deps: Deps,
  ctx: RequestContext,
  input: ModuleInput,
): Promise<Result<ReturnType<typeof presentModule>>> {
  const db = deps.db.kysely;
  if (await findModuleByCode(db, input.code))
    return fail('training.code_taken', 'A module with this code exists already.', [
      { path: ['code'], code: 'training.code_taken', message: 'taken' },
    ]);
  if (input.kind === 'network_event' && input.audience !== 'mentor')
    return fail('validation.failed', 'Network events are for mentors.', [
      { path: ['audience'], code: 'training.network_for_mentors', message: 'network events are for mentors' },
    ]);
  const now = deps.now().toISOString();
  const row: ModuleRow = {
    id: randomUUID(),
    code: input.code,
    audience: input.audience,
    title: JSON.stringify(input.title),
    description: JSON.stringify(input.description),
    duration_minutes: input.durationMinutes,
    format: input.format,
    languages: JSON.stringify(input.languages),
    goals: JSON.stringify(input.goals),
    required_for_matching: input.requiredForMatching ? 1 : 0,
    kind: input.kind,
    created_at: now,
    updated_at: now,
  };
  await inTransaction(deps, async (trx) => {
    await insertModule(trx, row);
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.module_created',
      subjectType: 'training_module',
      subjectId: row.id,
      details: { code: input.code, required: input.requiredForMatching },
    });
  });
  return ok(presentModule(row));
}

export async function listCatalogue(deps: Deps, audience?: PersonKind) {
  return { items: (await listModules(deps.db.kysely, audience)).map(presentModule) };
}

export interface SessionInput {
  startsAt: string;
  endsAt: string;
  place?: string | undefined;
  videoUrl?: string | undefined;
  trainer: string;
  capacity: number;
  language: string;
}

/** A dated session of a module, in one place or online. */
export async function createSession(deps: Deps, ctx: RequestContext, moduleId: string, input: SessionInput) {
  const db = deps.db.kysely;
  const module = await findModule(db, moduleId);
  if (!module) return fail('not_found', 'No such module.');
  const problem = checkSession(input);
  if (problem)
    return fail('validation.failed', 'Check the session.', [
      {
        path: [problem === 'training.ends_before_start' ? 'endsAt' : 'capacity'],
        code: problem,
        message: problem,
      },
    ]);
  if (!input.place && !input.videoUrl && module.format !== 'self_study')
    return fail('validation.failed', 'Give a place or a video link.', [
      { path: ['place'], code: 'training.place_required', message: 'place or video link' },
    ]);
  const id = randomUUID();
  await inTransaction(deps, async (trx) => {
    await insertSession(trx, {
      id,
      module_id: moduleId,
      starts_at: new Date(input.startsAt).toISOString(),
      ends_at: new Date(input.endsAt).toISOString(),
      place: input.place ?? null,
      video_url: input.videoUrl ?? null,
      trainer: input.trainer,
      capacity: input.capacity,
      language: input.language,
      created_at: deps.now().toISOString(),
    });
    await recordAuditEvent(trx, ctx, deps.now(), {
      action: 'training.session_created',
      subjectType: 'training_session',
      subjectId: id,
      details: { module: module.code },
    });
  });
  const page = await listSessions(db, moduleId, 1, 100);
  const created = page.items.find((s) => s.id === id)!;
  return ok(presentSession(created));
}

export function presentSession(row: Awaited<ReturnType<typeof listSessions>>['items'][number]) {
  return {
    id: row.id,
    moduleId: row.module_id,
    moduleCode: row.module_code,
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    place: row.place,
    videoUrl: row.video_url,
    trainer: row.trainer,
    capacity: row.capacity,
    language: row.language,
    registered: Number(row.registered_count ?? 0),
    waitlisted: Number(row.waitlisted_count ?? 0),
  };
}

export async function listTrainingSessions(
  deps: Deps,
  moduleId: string | undefined,
  page: number,
  pageSize: number,
) {
  const { items, total } = await listSessions(deps.db.kysely, moduleId, page, pageSize);
  return { items: items.map(presentSession), total, page, pageSize };
}
