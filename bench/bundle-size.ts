/**
 * What a browser downloads on its first page, per route: the gzip size of the JavaScript of the entry,
 * the page's own chunk and every chunk they import statically, plus the texts of the language it shows
 * (the frame's and the page's part before sign-in, every part once signed in: src/web/locales/parts.ts). Read from the manifest of
 * the production build (dist/web/.vite/manifest.json, built as `npm start` builds it); the largest of
 * nl, fr and en is counted.
 *
 *   npm run bench:bundle            prints the table
 *   npm run bench:bundle -- --check also exits 1 when a page is over its budget (npm test runs this)
 *
 * Budgets (issue 10): public pages at most 120 kB gzip, any signed-in first screen at most 250 kB.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { buildIfStale, root } from '../scripts/build-if-stale.mjs';

interface ManifestChunk {
  file: string;
  name?: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

const budgets = { public: 120, 'signed-in': 250 } as const;
type Kind = keyof typeof budgets;
const locales = ['nl', 'fr', 'en'] as const;

const webDir = path.join(root as string, 'dist/web');

function readManifest(): Manifest {
  const file = path.join(webDir, '.vite/manifest.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

const gzipCache = new Map<string, number>();
function gzipBytes(file: string): number {
  const cached = gzipCache.get(file);
  if (cached !== undefined) return cached;
  const bytes = gzipSync(fs.readFileSync(path.join(webDir, file)), { level: 9 }).length;
  gzipCache.set(file, bytes);
  return bytes;
}

/** A chunk and the chunks it imports statically (a dynamic import is another page's business). */
function closure(manifest: Manifest, keys: string[]): Set<string> {
  const files = new Set<string>();
  const queue = [...keys];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const key = queue.pop() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`The build's manifest has no chunk ${key}`);
    if (chunk.file.endsWith('.js')) files.add(chunk.file);
    queue.push(...(chunk.imports ?? []));
  }
  return files;
}

interface RoutePage {
  path: string;
  module: string;
  kind: Kind;
  /** The text parts it loads besides `base` (all of them once signed in). */
  texts: string[];
}

/** The pages of src/web/routes/router.tsx: path, module, and whether it is before or after sign-in. */
function routePages(): RoutePage[] {
  const source = fs.readFileSync(path.join(root as string, 'src/web/routes/router.tsx'), 'utf8');
  const modules = new Map<string, { module: string; texts: string[] }>();
  const pagePattern =
    /const (\w+) = page\(\s*\(\) => import\('\.\/([\w-]+)'\),\s*'\w+',?\s*(?:\[([^\]]*)\])?/g;
  for (const match of source.matchAll(pagePattern))
    modules.set(match[1] as string, {
      module: `routes/${match[2]}.tsx`,
      texts: [...(match[3] ?? '').matchAll(/'(\w+)'/g)].map((part) => part[1] as string),
    });
  const shellAt = source.indexOf('<AppShell />');
  const pages: RoutePage[] = [];
  const routePattern = /<Route\s+(?:path="([^"]*)"|(index))\s+element=\{([\s\S]*?)\}\s*\/>/g;
  for (const match of source.matchAll(routePattern)) {
    const component = [...(match[3] as string).matchAll(/<(\w+Route) \/>/g)].at(-1)?.[1];
    const found = component ? modules.get(component) : undefined;
    if (!found) continue;
    const routePath = match[2] ? '/' : `/${match[1]}`;
    const kind: Kind = (match.index ?? 0) > shellAt ? 'signed-in' : 'public';
    const texts = kind === 'signed-in' ? ['auth', 'apply', 'app'] : found.texts;
    pages.push({ path: routePath, module: found.module, kind, texts });
  }
  return pages;
}

interface Row {
  path: string;
  kind: Kind;
  code: number;
  texts: number;
  total: number;
  budget: number;
}

export function measure(): { entry: number; rows: Row[] } {
  const manifest = readManifest();
  const entryKey = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entryKey) throw new Error('The manifest has no entry');
  const sum = (files: Iterable<string>) => [...files].reduce((total, file) => total + gzipBytes(file), 0);
  const textKeys = (locale: string, parts: string[]) =>
    ['base', ...parts].map((part) => `locales/${locale}.json?part=${part}`);
  const rows = routePages().map((page) => {
    const codeKeys = [
      entryKey,
      page.module,
      ...(page.kind === 'signed-in' ? ['features/shell/app-shell.tsx'] : []),
    ];
    const code = closure(manifest, codeKeys);
    let texts = 0;
    for (const locale of locales) {
      const files = [...closure(manifest, textKeys(locale, page.texts))].filter((file) => !code.has(file));
      texts = Math.max(texts, sum(files));
    }
    const codeBytes = sum(code);
    return {
      path: page.path,
      kind: page.kind,
      code: codeBytes,
      texts,
      total: codeBytes + texts,
      budget: budgets[page.kind] * 1000,
    };
  });
  return { entry: sum(closure(manifest, [entryKey])), rows };
}

function kB(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

function main() {
  buildIfStale();
  const check = process.argv.includes('--check');
  const { entry, rows } = measure();
  console.log(`Entry (index.html's script and its imports): ${kB(entry)} kB gzip\n`);
  console.log('| route | kind | code kB gz | texts kB gz | total kB gz | budget kB | within |');
  console.log('| ----- | ---- | ---------: | ----------: | ----------: | --------: | ------ |');
  for (const row of rows)
    console.log(
      `| ${row.path} | ${row.kind} | ${kB(row.code)} | ${kB(row.texts)} | ${kB(row.total)} | ${row.budget / 1000} | ${row.total <= row.budget ? 'yes' : 'NO'} |`,
    );
  const over = rows.filter((row) => row.total > row.budget);
  for (const kind of Object.keys(budgets) as Kind[]) {
    const largest = rows.filter((row) => row.kind === kind).sort((a, b) => b.total - a.total)[0];
    if (largest)
      console.log(`\nLargest ${kind} page: ${largest.path} ${kB(largest.total)} kB of ${budgets[kind]} kB`);
  }
  if (check && over.length > 0) {
    console.error(`\n${over.length} page(s) over budget: ${over.map((row) => row.path).join(', ')}`);
    process.exit(1);
  }
}

main();
