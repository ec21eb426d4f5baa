import type { Locale } from '../../contracts/common.js';
import { documentFontStack, embeddedFontFaces } from '../documents/embedded-fonts.js';

const texts = {
  nl: {
    heading: 'Deelnamecertificaat',
    intro: 'Hierbij bevestigen we dat',
    completed: 'deelnam aan de opleiding',
    duration: 'Duur',
    date: 'Datum',
    footer: 'Mentor2Work, een mentoringprogramma naar werk in Vlaanderen en Brussel',
  },
  fr: {
    heading: 'Certificat de participation',
    intro: 'Nous certifions que',
    completed: 'a participé à la formation',
    duration: 'Durée',
    date: 'Date',
    footer: 'Mentor2Work, un programme de mentorat vers l’emploi en Flandre et à Bruxelles',
  },
  en: {
    heading: 'Certificate of participation',
    intro: 'This is to certify that',
    completed: 'took part in the training',
    duration: 'Duration',
    date: 'Date',
    footer: 'Mentor2Work, a workplace mentoring programme in Flanders and Brussels',
  },
} as const;

const dateLocales: Record<Locale, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );
}

/** The participation certificate as a printable HTML page in the person's language (names in any script). */
export function certificateHtml(
  locale: Locale,
  input: { name: string; moduleTitle: string; minutes: number; completedOn: Date },
): string {
  const t = texts[locale];
  const date = new Intl.DateTimeFormat(dateLocales[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(input.completedOn);
  const hours = new Intl.NumberFormat(dateLocales[locale], {
    style: 'unit',
    unit: input.minutes % 60 === 0 ? 'hour' : 'minute',
    unitDisplay: 'long',
  }).format(input.minutes % 60 === 0 ? input.minutes / 60 : input.minutes);
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(t.heading)}</title>
<style>
${embeddedFontFaces()}
@page { size: A4; margin: 0; }
body { margin: 0; font-family: ${documentFontStack}; color: #1d2b36; }
.sheet { box-sizing: border-box; height: 297mm; padding: 28mm 24mm; border: 6mm solid #0b5e55; text-align: center; }
.brand { font-weight: 700; letter-spacing: 0.08em; color: #0b5e55; font-size: 14pt; }
h1 { font-size: 30pt; margin: 26mm 0 14mm; }
.intro, .completed { font-size: 14pt; margin: 0; }
.name { font-size: 26pt; font-weight: 700; margin: 8mm 0; unicode-bidi: isolate; }
.module { font-size: 20pt; font-weight: 700; margin: 8mm 0 14mm; }
dl { display: inline-grid; grid-template-columns: auto auto; gap: 2mm 6mm; font-size: 12pt; text-align: start; }
dt { font-weight: 700; }
dd { margin: 0; }
.footer { margin-top: 40mm; font-size: 10pt; color: #4a5a66; }
</style>
</head>
<body>
<main class="sheet">
<p class="brand">MENTOR2WORK</p>
<h1>${escapeHtml(t.heading)}</h1>
<p class="intro">${escapeHtml(t.intro)}</p>
<p class="name" dir="auto">${escapeHtml(input.name)}</p>
<p class="completed">${escapeHtml(t.completed)}</p>
<p class="module" dir="auto">${escapeHtml(input.moduleTitle)}</p>
<dl>
<dt>${escapeHtml(t.duration)}</dt><dd>${escapeHtml(hours)}</dd>
<dt>${escapeHtml(t.date)}</dt><dd>${escapeHtml(date)}</dd>
</dl>
<p class="footer">${escapeHtml(t.footer)}</p>
</main>
</body>
</html>`;
}
