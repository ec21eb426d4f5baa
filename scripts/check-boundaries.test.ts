import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { folderTreeProblems, layerTableProblems, treeEntries } from './architecture-doc.js';
import {
  importViolations,
  type LayerDescription,
  moduleMatches,
  parseLayers,
  readLayers,
  renderLayerTable,
} from './layers.js';

const root = path.resolve(import.meta.dirname, '..');
const realSrc = path.join(root, 'src');
const realDescription = readLayers(path.join(realSrc, 'layers.json'));
const realArchitecture = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');

describe('the repository', () => {
  it('keeps every import of src/ inside the layer description', () => {
    expect(importViolations(realDescription, realSrc, root)).toEqual([]);
  });

  it('has a folder tree in docs/architecture.md that matches src/', () => {
    expect(folderTreeProblems(realArchitecture, realSrc)).toEqual([]);
  });

  it('has a layer table in docs/architecture.md that matches src/layers.json', () => {
    expect(layerTableProblems(realArchitecture, realDescription)).toEqual([]);
  });
});

const description: LayerDescription = parseLayers({
  moduleGroups: { 'node-io': ['node:fs'] },
  layers: [
    { name: 'contracts', purpose: 'schemas', mayImport: [], onlyModules: ['zod'] },
    { name: 'domain', purpose: 'pure', mayImport: ['contracts'], forbiddenModules: ['#node-io', 'kysely'] },
    { name: 'db', purpose: 'sql', mayImport: ['domain', 'contracts'] },
    { name: 'app', purpose: 'wiring', mayImport: ['db', 'domain', 'contracts'] },
  ],
});

let tmp: string | null = null;
afterEach(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  tmp = null;
});

/** A src/ folder with the given files (path -> text). */
function fakeSrc(files: Record<string, string>): string {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-layers-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
    fs.writeFileSync(path.join(tmp, file), text);
  }
  return tmp;
}

const cleanLayers = {
  'contracts/common.ts': "import { z } from 'zod';\n",
  'domain/rule.ts': "import type { Role } from '../contracts/common.js';\n",
  'db/client.ts': "import { Kysely } from 'kysely';\nimport '../domain/rule.js';\n",
  'app/deps.ts': "export { connect } from '../db/client.js';\n",
};

describe('import rules from the layer description', () => {
  it('accepts imports the description allows', () => {
    const src = fakeSrc(cleanLayers);
    expect(importViolations(description, src, src)).toEqual([]);
  });

  it('refuses a layer that is not listed, in static, re-export, side-effect and dynamic imports', () => {
    const src = fakeSrc({
      ...cleanLayers,
      'domain/a.ts': "import { x } from '../db/client.js';\n",
      'domain/b.ts': "export * from '../app/deps.js';\n",
      'db/c.ts': "import '../app/deps.js';\n",
      'db/d.ts': "const m = await import('../app/deps.js');\n",
    });
    expect(importViolations(description, src, src).sort()).toEqual([
      'db/c.ts: db/ must not import app/ (../app/deps.js)',
      'db/d.ts: db/ must not import app/ (../app/deps.js)',
      'domain/a.ts: domain/ must not import db/ (../db/client.js)',
      'domain/b.ts: domain/ must not import app/ (../app/deps.js)',
    ]);
  });

  it('refuses forbidden modules (groups and bare Node names too) and modules outside an allow-list', () => {
    const src = fakeSrc({
      ...cleanLayers,
      'domain/a.ts': "import fs from 'fs';\nimport { sql } from 'kysely/helpers';\n",
      'contracts/b.ts': "import { Kysely } from 'kysely';\n",
    });
    expect(importViolations(description, src, src).sort()).toEqual([
      'contracts/b.ts: contracts/ may import only "zod", not "kysely"',
      'domain/a.ts: domain/ must not import "fs"',
      'domain/a.ts: domain/ must not import "kysely/helpers"',
    ]);
  });

  it('holds test files to the layer rules but not to the module rules', () => {
    const src = fakeSrc({
      ...cleanLayers,
      'domain/a.test.ts': "import { it } from 'vitest';\nimport fs from 'node:fs';\n",
      'domain/b.test.ts': "import { connect } from '../app/deps.js';\n",
    });
    expect(importViolations(description, src, src)).toEqual([
      'domain/b.test.ts: domain/ must not import app/ (../app/deps.js)',
    ]);
  });

  it('refuses a folder of src/ that is no layer, a file outside the layers, and a missing layer', () => {
    const src = fakeSrc({
      'contracts/common.ts': '',
      'domain/rule.ts': "import '../../package.json';\n",
      'db/client.ts': '',
      'misc/x.ts': '',
      'loose.ts': '',
    });
    expect(importViolations(description, src, src).sort()).toEqual([
      'domain/rule.ts: imports outside the layers of src/ (../../package.json)',
      'src/app/: described in src/layers.json but missing',
      'src/loose.ts: outside every layer (put it in one)',
      'src/misc/: not a layer of src/layers.json',
    ]);
  });

  it('matches module names by package, scope and Node name', () => {
    expect(moduleMatches('node:fs', 'fs')).toBe(true);
    expect(moduleMatches('node:fs', 'node:fs')).toBe(true);
    expect(moduleMatches('node:fs', 'fsevents')).toBe(false);
    expect(moduleMatches('node:fs/promises', 'fs/promises')).toBe(true);
    expect(moduleMatches('@fastify/*', '@fastify/cookie')).toBe(true);
    expect(moduleMatches('react', 'react/jsx-runtime')).toBe(true);
    expect(moduleMatches('react', 'react-dom')).toBe(false);
  });

  it('refuses a description that names an unknown layer or group', () => {
    expect(() =>
      parseLayers({
        moduleGroups: {},
        layers: [{ name: 'domain', purpose: 'p', mayImport: ['nowhere'], forbiddenModules: ['#io'] }],
      }),
    ).toThrow(/unknown layer "nowhere"[\s\S]*unknown module group "#io"/);
  });
});

const tree = (body: string) => `# A\n\n## Folders\n\n\`\`\`\nsrc/\n${body}test/\n  x/\n\`\`\`\n`;

describe('the folder tree of docs/architecture.md', () => {
  it('reads entries by indentation, skipping continuation lines and the other top folders', () => {
    const doc = tree(
      '  domain/       pure\n    rules/      the rules,\n                and more\n    result.ts   results\n  db/\n    seed/reference/  lists\n',
    );
    expect(treeEntries(doc)).toEqual([
      'domain/',
      'domain/rules/',
      'domain/result.ts',
      'db/',
      'db/seed/reference/',
    ]);
  });

  it('fails on a folder two levels deep that the tree leaves out, and on an entry that does not exist', () => {
    const src = fakeSrc({ 'domain/rules/a.ts': '', 'domain/other/b.ts': '', 'db/seed/reference/c.csv': '' });
    expect(folderTreeProblems(tree('  domain/\n    rules/\n  db/\n    seed/reference/\n'), src)).toEqual([
      'docs/architecture.md: the folder tree leaves out src/domain/other/',
    ]);
    expect(
      folderTreeProblems(
        tree('  domain/\n    rules/\n    other/\n    gone/\n    result.ts\n  db/\n    seed/reference/\n'),
        src,
      ),
    ).toEqual([
      'docs/architecture.md lists src/domain/gone/, which does not exist',
      'docs/architecture.md lists src/domain/result.ts, which does not exist',
    ]);
  });
});

describe('the layer table of docs/architecture.md', () => {
  const doc = (table: string) => `# A\n\n## Layers\n\nText.\n\n${table}\n\n## Folders\n`;

  it('passes when it reads as the description renders it, whatever the spacing', () => {
    const spaced = renderLayerTable(description).replaceAll(' | ', '   |   ');
    expect(layerTableProblems(doc(spaced), description)).toEqual([]);
  });

  it('fails when a cell, a row or the order differs', () => {
    const table = renderLayerTable(description);
    const changed = table.replace('`domain/`, `contracts/`', '`domain/`, `contracts/`, `app/`');
    expect(layerTableProblems(doc(changed), description)).toHaveLength(1);
    const lines = table.split('\n');
    expect(layerTableProblems(doc(lines.slice(0, -1).join('\n')), description)).toHaveLength(1);
    const swapped = [...lines.slice(0, 2), lines[3], lines[2], ...lines.slice(4)].join('\n');
    expect(layerTableProblems(doc(swapped), description)).toHaveLength(1);
    expect(layerTableProblems('# A\n', description)).toHaveLength(1);
  });
});
