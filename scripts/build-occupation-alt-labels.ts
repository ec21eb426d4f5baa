// Builds src/db/seed/reference/esco_occupation_alt_labels.csv from the original ESCO v1.1.1
// occupation files (shared/data/esco/{nl,fr,en}/occupations_{lang}.csv, provenance in
// shared/data/README.md): per occupation code, its alternative and hidden labels in each language,
// whitespace-collapsed, without the preferred label and without repeats, joined by " | ".
// Usage: node_modules/.bin/tsx scripts/build-occupation-alt-labels.ts [path/to/shared/data/esco]
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

const languages = ['nl', 'fr', 'en'] as const;
const escoDir = path.resolve(process.argv[2] ?? '/work/shared/data/esco');
const out = path.resolve(import.meta.dirname, '../src/db/seed/reference/esco_occupation_alt_labels.csv');

type Row = Record<string, string>;
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const labels = new Map<string, Record<(typeof languages)[number], string[]>>();
for (const lang of languages) {
  const file = path.join(escoDir, lang, `occupations_${lang}.csv`);
  const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true, bom: true }) as Row[];
  for (const row of rows) {
    const code = row.code ?? '';
    if (!code) throw new Error(`${file}: a row without an ESCO code`);
    const preferred = collapse(row.preferredLabel ?? '').toLowerCase();
    const seen = new Set([preferred]);
    const own: string[] = [];
    for (const label of `${row.altLabels ?? ''}\n${row.hiddenLabels ?? ''}`.split('\n').map(collapse)) {
      if (!label || label.includes('|') || seen.has(label.toLowerCase())) continue;
      seen.add(label.toLowerCase());
      own.push(label);
    }
    const entry = labels.get(code) ?? { nl: [], fr: [], en: [] };
    entry[lang] = own;
    labels.set(code, entry);
  }
}

const quote = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
const lines = ['esco_code,alt_labels_nl,alt_labels_fr,alt_labels_en'];
for (const [code, entry] of [...labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  lines.push([code, ...languages.map((lang) => entry[lang].join(' | '))].map(quote).join(','));
fs.writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${out}: ${labels.size} occupations`);
