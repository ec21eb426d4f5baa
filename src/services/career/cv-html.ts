import type { Locale } from '../../contracts/common.js';
import type { CvContent } from '../../contracts/cv.js';
import { documentFontStack, embeddedFontFaces } from '../documents/embedded-fonts.js';
import { cvLabels, nameFinder } from './cv-labels.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Free text in its own direction: an Arabic employer name inside a Dutch page stays right to left. */
const auto = (text: string, tag = 'span') => `<${tag} dir="auto">${escapeHtml(text)}</${tag.split(' ')[0]}>`;

/** Phone, email and town under the name, each only when chosen and known. */
function contactLine(contact: { phone: string | null; email: string | null; town: string | null }): string {
  const parts = [
    contact.phone ? `<span class="contact__phone">${escapeHtml(contact.phone)}</span>` : '',
    contact.email ? `<span class="contact__email">${escapeHtml(contact.email)}</span>` : '',
    contact.town ? `<span class="contact__town" dir="auto">${escapeHtml(contact.town)}</span>` : '',
  ].filter(Boolean);
  return parts.length ? `<p class="contact">${parts.join('')}</p>` : '';
}

const css = `
@page { size: A4; margin: 18mm 16mm; }
html { font-family: ${documentFontStack}; font-size: 10.5pt; color: #1b1b1b; line-height: 1.45; }
body { margin: 0; }
h1 { font-size: 20pt; margin: 0 0 2pt; }
.contact { color: #444; margin: 0 0 12pt; }
.contact span + span::before { content: " · "; }
h2 { font-size: 12.5pt; border-bottom: 1.5pt solid #1d5c63; color: #1d5c63; margin: 14pt 0 6pt; padding-bottom: 2pt; }
.item { break-inside: avoid; margin: 0 0 8pt; }
.item__head { font-weight: 700; }
.item__employer { font-weight: 700; }
.item__sub { color: #444; }
p { margin: 0 0 4pt; white-space: pre-line; }
ul { margin: 0; padding-inline-start: 14pt; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 0.5pt solid #999; padding: 2pt 4pt; text-align: start; font-size: 9.5pt; }
`;

/**
 * The printable HTML of one CV version: the name, then the contact details the mentee chose (phone,
 * email, town); names and free text marked `dir="auto"`, headings in the mentee's language, fonts
 * embedded. Version numbers stay inside the app and are never printed. Chromium turns it into the
 * PDF (see documents/render-pdf.ts).
 */
export function cvHtml(input: {
  name: string;
  locale: Locale;
  /** The contact details to print: already filtered by the mentee's choice. */
  contact: { phone: string | null; email: string | null; town: string | null };
  content: CvContent;
  skillLabels: Record<string, string>;
}): string {
  const l = cvLabels(input.locale);
  const names = nameFinder(input.locale);
  const cv = input.content;
  const period = (from: string, to: string | null) => `${from} – ${to ?? l.now}`;
  const sections: string[] = [];
  if (cv.profile) sections.push(`<h2>${l.profile}</h2>${auto(cv.profile, 'p')}`);
  if (cv.experience.length)
    sections.push(
      `<h2>${l.experience}</h2>${cv.experience
        .map(
          (job) =>
            `<div class="item">${auto(job.role, 'div class="item__head"')}${auto(job.employer, 'div class="item__employer"')}` +
            `<div class="item__sub">${period(job.from, job.to)} · ${escapeHtml(names.country(job.country))}</div>` +
            (job.description ? auto(job.description, 'p') : '') +
            '</div>',
        )
        .join('')}`,
    );
  if (cv.education.length)
    sections.push(
      `<h2>${l.education}</h2>${cv.education
        .map(
          (d) =>
            `<div class="item"><div class="item__head">${auto(d.title)}</div>` +
            `<div class="item__sub">${auto(d.institution)} · ${escapeHtml(names.country(d.country))} · ${d.year} · ${l.recognised[d.recognised]}</div></div>`,
        )
        .join('')}`,
    );
  const skills = [...cv.skills.esco.map((uri) => input.skillLabels[uri] ?? uri), ...cv.skills.free];
  if (skills.length)
    sections.push(`<h2>${l.skills}</h2><ul>${skills.map((s) => auto(s, 'li')).join('')}</ul>`);
  if (cv.languages.motherTongues.length || cv.languages.foreign.length) {
    const mother = cv.languages.motherTongues.map((c) => escapeHtml(names.language(c))).join(', ');
    const rows = cv.languages.foreign
      .map(
        (f) =>
          `<tr><th scope="row">${escapeHtml(names.language(f.code))}</th>${[
            f.listening,
            f.reading,
            f.spokenInteraction,
            f.spokenProduction,
            f.writing,
          ]
            .map((level) => `<td>${level}</td>`)
            .join('')}</tr>`,
      )
      .join('');
    sections.push(
      `<h2>${l.languages}</h2>` +
        (mother ? `<p>${l.motherTongue}: ${mother}</p>` : '') +
        (rows
          ? `<table><thead><tr><th></th>${l.cefr.map((c) => `<th scope="col">${c}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>`
          : ''),
    );
  }
  if (cv.talents.length)
    sections.push(`<h2>${l.talents}</h2><ul>${cv.talents.map((s) => auto(s, 'li')).join('')}</ul>`);
  if (cv.interests.length)
    sections.push(`<h2>${l.interests}</h2><ul>${cv.interests.map((s) => auto(s, 'li')).join('')}</ul>`);
  return (
    `<!doctype html><html lang="${input.locale}"><head><meta charset="utf-8"><title>${escapeHtml(
      `${l.cv} – ${input.name}`,
    )}</title><style>${embeddedFontFaces()}\n${css}</style></head><body>` +
    `<h1 dir="auto">${escapeHtml(input.name)}</h1>${contactLine(input.contact)}` +
    `${sections.join('')}</body></html>`
  );
}
