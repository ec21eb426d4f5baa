import { z } from 'zod';
import { isOneOf, locales } from '../../contracts/base-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { findModule } from '../../db/queries/training.js';
import { completionTime } from '../../db/queries/training-material.js';
import { fail, ok } from '../../domain/result.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Actor, Deps, RequestContext } from '../context.js';
import { PdfUnavailable, renderPdf } from '../documents/render-pdf.js';
import { certificateHtml } from './certificate-html.js';
import { completedModules } from './module-completion.js';

/**
 * The signed-in mentee's or mentor's participation certificate for a module they completed, as a PDF
 * in their language. Not completed: 409 `training.not_completed`.
 */
export async function participationCertificate(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  moduleId: string,
) {
  const db = deps.db.kysely;
  const [person, module] = await Promise.all([findPersonByUser(db, actor.id), findModule(db, moduleId)]);
  if (!person || !module || (module.audience !== 'both' && module.audience !== person.kind))
    return fail('not_found', 'No such module.');
  if (!(await completedModules(db, [person.id])).get(person.id)?.has(module.id))
    return fail('training.not_completed', 'The certificate comes once the module is completed.');
  const locale = isOneOf(locales, person.locale) ? person.locale : 'nl';
  const titles = parseStoredJson(z.record(z.string(), z.string()), module.title, 'module title');
  const completedAt = await completionTime(db, person.id, module.id);
  const html = certificateHtml(locale, {
    name: `${person.first_name} ${person.last_name}`,
    moduleTitle: titles[locale] || titles.nl || module.code,
    minutes: module.duration_minutes,
    completedOn: completedAt ? new Date(completedAt) : deps.now(),
  });
  let pdf: Uint8Array;
  try {
    pdf = await renderPdf(html, { chromiumPath: deps.config.chromiumPath });
  } catch (error) {
    if (error instanceof PdfUnavailable)
      return fail('documents.pdf_unavailable', 'PDF documents cannot be made on this server right now.');
    throw error;
  }
  await recordAuditEvent(db, ctx, deps.now(), {
    action: 'training.certificate_issued',
    subjectType: 'person',
    subjectId: person.id,
    details: { module: module.code },
  });
  return ok({ pdf: Buffer.from(pdf), code: module.code });
}
