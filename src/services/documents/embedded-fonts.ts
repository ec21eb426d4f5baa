import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * @font-face rules for the Noto fonts of the documents, with the woff2 files inlined as data URLs, so a
 * PDF renders the same names in Latin, Cyrillic, Greek, Arabic and Ge'ez on any machine and offline.
 * Each subset gets its own family name; the stack in `documentFontStack` lets Chromium pick per glyph.
 */
const subsets = [
  { family: 'M2W Latin', pkg: '@fontsource/noto-sans', file: 'noto-sans-latin' },
  { family: 'M2W Latin Ext', pkg: '@fontsource/noto-sans', file: 'noto-sans-latin-ext' },
  { family: 'M2W Cyrillic', pkg: '@fontsource/noto-sans', file: 'noto-sans-cyrillic' },
  { family: 'M2W Greek', pkg: '@fontsource/noto-sans', file: 'noto-sans-greek' },
  { family: 'M2W Arabic', pkg: '@fontsource/noto-sans-arabic', file: 'noto-sans-arabic-arabic' },
  { family: 'M2W Ethiopic', pkg: '@fontsource/noto-sans-ethiopic', file: 'noto-sans-ethiopic-ethiopic' },
] as const;

export const documentFontStack = `${subsets.map((s) => `'${s.family}'`).join(', ')}, sans-serif`;

let cached: string | null = null;

function packageDir(pkg: string): string {
  const require = createRequire(import.meta.url);
  return path.dirname(require.resolve(`${pkg}/package.json`));
}

/** The CSS of every subset in weights 400 and 700 (read once, then cached). */
export function embeddedFontFaces(): string {
  if (cached) return cached;
  const rules: string[] = [];
  for (const subset of subsets) {
    const dir = path.join(packageDir(subset.pkg), 'files');
    for (const weight of [400, 700]) {
      const file = path.join(dir, `${subset.file}-${weight}-normal.woff2`);
      const data = fs.readFileSync(file).toString('base64');
      rules.push(
        `@font-face{font-family:'${subset.family}';font-style:normal;font-weight:${weight};font-display:block;src:url(data:font/woff2;base64,${data}) format('woff2');}`,
      );
    }
  }
  cached = rules.join('\n');
  return cached;
}
