import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import nl from './nl.json';
import { cutTexts, isGroupedNamespace, type TextPart, textPartOf, textParts } from './parts';

const webRoot = path.resolve(import.meta.dirname, '..');
const namespaces = new Set(Object.keys(nl));

/** The modules of the pages before sign-in, by the text parts they load (routes/router.tsx). */
const publicPages: { part: TextPart; files: string[] }[] = [
  { part: 'base', files: ['main.tsx'] },
  {
    part: 'auth',
    files: [
      'routes/sign-in.tsx',
      'routes/two-factor.tsx',
      'routes/two-factor-setup.tsx',
      'routes/invitation.tsx',
      'routes/reset-password.tsx',
      'routes/reset-password-complete.tsx',
    ],
  },
  {
    part: 'apply',
    files: ['routes/apply.tsx', 'routes/apply-mentee.tsx', 'routes/apply-mentor.tsx', 'routes/about.tsx'],
  },
];

function resolveImport(from: string, specifier: string): string | null {
  const base = path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.tsx`, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (candidate.startsWith(webRoot) && fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      return candidate;
  }
  return null;
}

/** Follows static relative imports (not `import()`, which is a chunk of its own). */
function staticClosure(entries: string[]): Set<string> {
  const seen = new Set<string>();
  const queue = entries.map((entry) => path.join(webRoot, entry));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/g)) {
      const specifier = match[1] as string;
      if (/^\s*import\s+type\s/.test(match[0].trimStart()) || specifier.endsWith('.json')) continue;
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return seen;
}

/**
 * The texts named by a string in the code ('apply.title', "statuses.x", `errors.auth.${code}`), as
 * namespace and group, with the files naming them. A key built from a server code (`errors.${code}`)
 * is left out: an unknown code shows the general error text.
 */
function textsUsed(files: Iterable<string>): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const file of files) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/['"`]([a-zA-Z]+)\.([a-zA-Z_]+)?/g)) {
      const namespace = match[1] as string;
      if (!namespaces.has(namespace)) continue;
      const name = match[2] === undefined ? namespace : `${namespace}.${match[2]}`;
      const where = used.get(name) ?? [];
      const relative = path.relative(webRoot, file);
      if (!where.includes(relative)) where.push(relative);
      used.set(name, where);
    }
  }
  return used;
}

function partOfName(name: string): TextPart {
  const [namespace, group] = name.split('.') as [string, string | undefined];
  const value =
    group === undefined ? undefined : (nl as Record<string, Record<string, unknown>>)[namespace]?.[group];
  return textPartOf(namespace, group, typeof value === 'object');
}

describe('text parts', () => {
  it.each(publicPages)('the pages of part $part use only texts of base and $part', ({ part, files }) => {
    const closure = staticClosure(files);
    const outside = [...textsUsed(closure)]
      .filter(([name]) => name.includes('.') || !isGroupedNamespace(name))
      .filter(([name]) => !['base', part].includes(name.includes('.') ? partOfName(name) : textPartOf(name)))
      .map(([name, where]) => `${name} (${partOfName(name)}; ${where.join(', ')})`);
    expect(outside).toEqual([]);
  });

  it.each([
    ['nl', nl],
    ['fr', fr],
    ['en', en],
  ])('cuts %s into parts that together hold every text once', (_locale, texts) => {
    const leaves = (value: unknown, prefix = ''): string[] =>
      typeof value === 'object' && value !== null
        ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key))
        : [prefix];
    const all = leaves(texts).sort();
    const fromParts = textParts.flatMap((part) => leaves(cutTexts(texts, part))).sort();
    expect(fromParts).toEqual(all);
  });

  it('leaves the staff screens to the signed-in part', () => {
    for (const staffOnly of ['caseload', 'matching', 'partnerships', 'training', 'outbox', 'audit'])
      expect(textPartOf(staffOnly)).toBe('app');
    expect(textPartOf('errors', 'matching', true)).toBe('app');
    expect(textPartOf('errors', 'auth', true)).toBe('base');
    expect(textPartOf('errors', 'unknown', false)).toBe('base');
  });
});
