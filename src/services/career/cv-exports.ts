import { cvContentSchema } from '../../contracts/cv.js';
import { findVersion, skillLabels } from '../../db/queries/cv.js';
import { fail, ok, type Result } from '../../domain/result.js';
import type { Deps, RequestContext } from '../context.js';
import { PdfUnavailable, renderPdf } from '../documents/render-pdf.js';
import { cvHtml } from './cv-html.js';
import { contactDetailsOf } from './cv-prefill.js';
import { europassXml } from './europass-xml.js';
import { actorIn, auditCareerRead, loadCareerSubject } from './load-mentee.js';

export interface CvFile {
  fileName: string;
  contentType: string;
  data: Uint8Array | string;
}

async function loadForExport(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
  format: string,
) {
  const subject = await loadCareerSubject(deps, actorIn(ctx), menteeId, 'read');
  if (!subject.ok) return subject;
  const row = await findVersion(deps.db.kysely, menteeId, number);
  if (!row) return fail<never>('not_found', 'No such CV version.');
  await auditCareerRead(deps, ctx, subject.value, 'cv.exported', { version: number, format });
  const content = cvContentSchema.parse(JSON.parse(row.content));
  const mentee = subject.value.mentee;
  const locale = mentee.locale;
  return ok({
    mentee,
    locale,
    row,
    content,
    labels: await skillLabels(deps.db.kysely, content.skills.esco, locale),
    // What an employer receives: the name and the day the version was saved, never its number.
    baseName: `cv-${mentee.last_name}-${mentee.first_name}-${row.created_at.slice(0, 10)}`.replace(
      /[^\p{L}\p{N}-]+/gu,
      '_',
    ),
  });
}

/**
 * The print page of one version (the HTML Chromium lays out as the PDF): the contact details the
 * mentee ticked for that version, taken from her record as it is now.
 */
export async function cvPrintHtml(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
): Promise<Result<{ html: string; baseName: string }>> {
  const loaded = await loadForExport(deps, ctx, menteeId, number, 'pdf');
  if (!loaded.ok) return loaded;
  const v = loaded.value;
  const details = await contactDetailsOf(deps.db.kysely, v.mentee);
  const chosen = v.content.contact;
  const html = cvHtml({
    name: `${v.mentee.first_name} ${v.mentee.last_name}`,
    locale: v.locale,
    contact: {
      phone: chosen.phone ? details.phone : null,
      email: chosen.email ? details.email : null,
      town: chosen.town ? details.town : null,
    },
    content: v.content,
    skillLabels: v.labels,
  });
  return ok({ html, baseName: v.baseName });
}

/** A version as PDF, laid out by Chromium from HTML (every script prints and extracts correctly). */
export async function exportCvPdf(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
): Promise<Result<CvFile>> {
  const page = await cvPrintHtml(deps, ctx, menteeId, number);
  if (!page.ok) return page;
  try {
    const data = await renderPdf(page.value.html, { chromiumPath: deps.config.chromiumPath });
    return ok({ fileName: `${page.value.baseName}.pdf`, contentType: 'application/pdf', data });
  } catch (error) {
    if (error instanceof PdfUnavailable)
      return fail('documents.pdf_unavailable', 'PDF documents cannot be made on this server right now.');
    throw error;
  }
}

/** A version as Europass CV XML (SkillsPassport v3.x). */
export async function exportCvEuropass(
  deps: Deps,
  ctx: RequestContext,
  menteeId: string,
  number: number,
): Promise<Result<CvFile>> {
  const loaded = await loadForExport(deps, ctx, menteeId, number, 'europass');
  if (!loaded.ok) return loaded;
  const v = loaded.value;
  const xml = europassXml({
    firstName: v.mentee.first_name,
    lastName: v.mentee.last_name,
    email: v.mentee.email,
    locale: v.locale,
    content: v.content,
    skillLabels: v.labels,
    createdAt: v.row.created_at,
    generatedAt: deps.now().toISOString(),
  });
  return ok({
    fileName: `${v.baseName}-europass.xml`,
    contentType: 'application/xml; charset=utf-8',
    data: xml,
  });
}
