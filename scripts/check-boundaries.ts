// The import-boundary check of the lint step, generated from the layer description src/layers.json
// (domain/ stays pure, contracts/ uses only zod, web/ talks to the server only through contracts/,
// nothing imports web/), and the check that docs/architecture.md describes the same layers and
// folders. Exits non-zero and lists every problem.
import fs from 'node:fs';
import path from 'node:path';
import { folderTreeProblems, layerTableProblems } from './architecture-doc.js';
import { importViolations, readLayers } from './layers.js';

const root = path.resolve(import.meta.dirname, '..');
const src = path.join(root, 'src');
const description = readLayers(path.join(src, 'layers.json'));
const architecture = fs.readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');

const violations = importViolations(description, src, root);
const docProblems = [
  ...folderTreeProblems(architecture, src),
  ...layerTableProblems(architecture, description),
];

if (violations.length > 0)
  console.error(`Import boundaries violated:\n${violations.map((v) => `  - ${v}`).join('\n')}`);
if (docProblems.length > 0)
  console.error(
    `docs/architecture.md disagrees with the code:\n${docProblems.map((p) => `  - ${p}`).join('\n')}`,
  );
if (violations.length > 0 || docProblems.length > 0) process.exit(1);
console.log(`Import boundaries: ok (${description.layers.length} layers); docs/architecture.md: ok`);
