// The layer description (src/layers.json) and the import rules generated from it: which layer of src/
// may import which, and which npm and Node modules a layer may not use.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const layerSchema = z.strictObject({
  name: z.string().regex(/^[a-z]+$/),
  purpose: z.string().min(1),
  mayImport: z.array(z.string()),
  /** When given, the layer may import these modules and no other. */
  onlyModules: z.array(z.string()).optional(),
  forbiddenModules: z.array(z.string()).optional(),
});

const descriptionSchema = z.strictObject({
  $comment: z.string().optional(),
  moduleGroups: z.record(z.string(), z.array(z.string())),
  layers: z.array(layerSchema).min(1),
});

export type Layer = z.output<typeof layerSchema>;
export type LayerDescription = z.output<typeof descriptionSchema>;

/** Parses and checks a layer description; throws with every problem listed. */
export function parseLayers(json: unknown): LayerDescription {
  const description = descriptionSchema.parse(json);
  const names = description.layers.map((l) => l.name);
  const problems: string[] = [];
  for (const layer of description.layers) {
    if (names.indexOf(layer.name) !== names.lastIndexOf(layer.name))
      problems.push(`${layer.name}: listed twice`);
    for (const target of layer.mayImport) {
      if (!names.includes(target)) problems.push(`${layer.name}: may import unknown layer "${target}"`);
      if (target === layer.name) problems.push(`${layer.name}: lists itself (a layer imports itself freely)`);
    }
    if (layer.onlyModules && layer.forbiddenModules)
      problems.push(`${layer.name}: give onlyModules or forbiddenModules, not both`);
    for (const entry of [...(layer.onlyModules ?? []), ...(layer.forbiddenModules ?? [])]) {
      if (entry.startsWith('#') && !description.moduleGroups[entry.slice(1)])
        problems.push(`${layer.name}: unknown module group "${entry}"`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid layer description:\n  - ${problems.join('\n  - ')}`);
  return description;
}

export function readLayers(file: string): LayerDescription {
  return parseLayers(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The module patterns of a list, with its groups expanded. */
function expand(description: LayerDescription, entries: readonly string[]): string[] {
  return entries.flatMap((entry) =>
    entry.startsWith('#') ? (description.moduleGroups[entry.slice(1)] ?? []) : [entry],
  );
}

/**
 * Whether an import specifier names the module of a pattern: a package (`kysely` also covers
 * `kysely/helpers`), a scope (`@fastify/*`), or a Node module (`node:fs` also covers bare `fs`).
 */
export function moduleMatches(pattern: string, specifier: string): boolean {
  if (pattern.endsWith('/*')) return specifier.startsWith(pattern.slice(0, -1));
  const names = pattern.startsWith('node:') ? [pattern, pattern.slice('node:'.length)] : [pattern];
  return names.some((name) => specifier === name || specifier.startsWith(`${name}/`));
}

/** Why a layer may not import a module, or null when it may. */
export function moduleProblem(description: LayerDescription, layer: Layer, specifier: string): string | null {
  if (layer.onlyModules) {
    const allowed = expand(description, layer.onlyModules);
    return allowed.some((p) => moduleMatches(p, specifier))
      ? null
      : `${layer.name}/ may import only ${allowed.map((m) => `"${m}"`).join(', ')}, not "${specifier}"`;
  }
  const forbidden = expand(description, layer.forbiddenModules ?? []);
  return forbidden.some((p) => moduleMatches(p, specifier))
    ? `${layer.name}/ must not import "${specifier}"`
    : null;
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?:^|\n)\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** The module specifiers a source text imports or re-exports (static, side-effect and dynamic). */
export function importsOf(text: string): string[] {
  return [...text.matchAll(importPattern)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/**
 * Every import under `srcDir` that the description forbids, as "file: reason" lines (paths relative
 * to `root`). A folder of src/ that is not a layer, and a source file outside the layers, are
 * violations too. Test files (`*.test.ts(x)`) follow the layer rules but not the module rules.
 */
export function importViolations(description: LayerDescription, srcDir: string, root: string): string[] {
  const byName = new Map(description.layers.map((l) => [l.name, l]));
  const violations: string[] = [];
  for (const entry of fs.readdirSync(srcDir, { withFileTypes: true })) {
    if (entry.isDirectory() && !byName.has(entry.name))
      violations.push(`src/${entry.name}/: not a layer of src/layers.json`);
    if (entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
      violations.push(`src/${entry.name}: outside every layer (put it in one)`);
  }
  for (const layer of description.layers) {
    const layerDir = path.join(srcDir, layer.name);
    if (!fs.existsSync(layerDir)) {
      violations.push(`src/${layer.name}/: described in src/layers.json but missing`);
      continue;
    }
    for (const file of filesUnder(layerDir)) {
      const isTest = /\.test\.tsx?$/.test(file);
      const where = path.relative(root, file);
      for (const specifier of importsOf(fs.readFileSync(file, 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = path.relative(srcDir, path.resolve(path.dirname(file), specifier));
          const targetLayer = target.split(path.sep)[0] ?? '';
          if (target.startsWith('..') || !byName.has(targetLayer))
            violations.push(`${where}: imports outside the layers of src/ (${specifier})`);
          else if (targetLayer !== layer.name && !layer.mayImport.includes(targetLayer))
            violations.push(`${where}: ${layer.name}/ must not import ${targetLayer}/ (${specifier})`);
        } else if (!isTest) {
          const problem = moduleProblem(description, layer, specifier);
          if (problem) violations.push(`${where}: ${problem}`);
        }
      }
    }
  }
  return violations;
}

/** The layer table of docs/architecture.md as the description says it must read. */
export function renderLayerTable(description: LayerDescription): string {
  const code = (items: readonly string[], suffix = '') => items.map((i) => `\`${i}${suffix}\``).join(', ');
  const rows = description.layers.map((layer) => {
    const mayImport = layer.mayImport.length > 0 ? code(layer.mayImport, '/') : 'nothing';
    const modules = layer.onlyModules
      ? `only ${code(layer.onlyModules)}`
      : layer.forbiddenModules?.length
        ? `no ${code(layer.forbiddenModules)}`
        : 'any';
    return `| \`${layer.name}/\` | ${layer.purpose} | ${mayImport} | ${modules} |`;
  });
  return ['| layer | purpose | may import | modules |', '| --- | --- | --- | --- |', ...rows].join('\n');
}
