import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The Noto families and the subsets that print names in Latin, Cyrillic, Greek, Arabic and Ge'ez. */
const faces: ReadonlyArray<{ family: string; pkg: string; subsets: readonly string[] }> = [
  {
    family: 'Noto Sans',
    pkg: 'noto-sans',
    subsets: ['latin', 'latin-ext', 'cyrillic', 'cyrillic-ext', 'greek'],
  },
  { family: 'Noto Sans Arabic', pkg: 'noto-sans-arabic', subsets: ['arabic'] },
  { family: 'Noto Sans Ethiopic', pkg: 'noto-sans-ethiopic', subsets: ['ethiopic'] },
];

let cached: string | null = null;

/**
 * @font-face rules with the fonts embedded as data URLs (read once from @fontsource in node_modules),
 * so a document renders the same without network access. Use `font-family: var(--document-font)`.
 */
export function documentFontCss(): string {
  if (cached) return cached;
  const rules: string[] = [];
  for (const face of faces)
    for (const subset of face.subsets)
      for (const weight of [400, 700]) {
        const file = require.resolve(
          `@fontsource/${face.pkg}/files/${face.pkg}-${subset}-${weight}-normal.woff2`,
        );
        const data = fs.readFileSync(file).toString('base64');
        rules.push(
          `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${weight};src:url(data:font/woff2;base64,${data}) format('woff2');}`,
        );
      }
  rules.push(`:root{--document-font:${faces.map((f) => `'${f.family}'`).join(',')},sans-serif;}`);
  cached = rules.join('\n');
  return cached;
}
