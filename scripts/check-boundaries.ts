// The import-boundary rule of the lint step: domain/ stays pure, web/ talks to the server only through
// contracts/, and nothing imports the web app. Exits non-zero and lists every violation.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');

interface Rule {
  layer: string;
  forbiddenLayers: string[];
  forbiddenModules: RegExp | null;
}

const nodeIo =
  /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|dns|os|cluster|worker_threads|process|readline|tls)$/;
const rules: Rule[] = [
  {
    layer: 'domain',
    forbiddenLayers: ['db', 'server', 'services', 'web', 'cli'],
    forbiddenModules: new RegExp(`${nodeIo.source}|^(kysely|better-sqlite3|pg|fastify|nodemailer|react)`),
  },
  {
    layer: 'contracts',
    forbiddenLayers: ['db', 'server', 'services', 'web', 'cli', 'domain'],
    forbiddenModules: nodeIo,
  },
  { layer: 'web', forbiddenLayers: ['db', 'server', 'services', 'cli', 'domain'], forbiddenModules: nodeIo },
  { layer: 'db', forbiddenLayers: ['app', 'server', 'services', 'web', 'cli'], forbiddenModules: null },
  { layer: 'services', forbiddenLayers: ['app', 'server', 'web', 'cli'], forbiddenModules: null },
];

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
const violations: string[] = [];
for (const rule of rules) {
  const layerDir = path.join(src, rule.layer);
  if (!fs.existsSync(layerDir)) continue;
  for (const file of filesUnder(layerDir)) {
    if (file.endsWith('.test.ts') || file.endsWith('.test.tsx')) continue;
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(importPattern)) {
      const specifier = match[1] ?? match[2] ?? '';
      const where = path.relative(root, file);
      if (specifier.startsWith('.')) {
        const target = path.relative(src, path.resolve(path.dirname(file), specifier));
        const targetLayer = target.split(path.sep)[0] ?? '';
        if (rule.forbiddenLayers.includes(targetLayer))
          violations.push(`${where}: ${rule.layer}/ must not import ${targetLayer}/ (${specifier})`);
      } else if (rule.forbiddenModules?.test(specifier)) {
        violations.push(`${where}: ${rule.layer}/ must not import "${specifier}"`);
      }
    }
  }
}

if (violations.length > 0) {
  console.error(`Import boundaries violated:\n${violations.map((v) => `  - ${v}`).join('\n')}`);
  process.exit(1);
}
console.log('Import boundaries: ok');
