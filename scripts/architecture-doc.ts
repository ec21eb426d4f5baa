// Checks docs/architecture.md against the code: its folder tree against the folders of src/, and its
// layer table against the layer description (src/layers.json).
import fs from 'node:fs';
import path from 'node:path';
import { type LayerDescription, renderLayerTable } from './layers.js';

/** The lines of a markdown section (from its `## heading` to the next heading of that level). */
function section(markdown: string, heading: string): string[] | null {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start < 0) return null;
  const end = lines.findIndex((line, i) => i > start && /^##\s/.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/**
 * The paths the folder tree (the first code block under `## Folders`) lists under `src/`, relative
 * to src/: folders end with `/`. An entry sits two spaces deeper than its folder; a line indented
 * further continues the description of the entry above.
 */
export function treeEntries(markdown: string): string[] | null {
  const lines = section(markdown, 'Folders');
  const open = lines?.findIndex((line) => line.startsWith('```')) ?? -1;
  if (!lines || open < 0) return null;
  const close = lines.findIndex((line, i) => i > open && line.startsWith('```'));
  const stack: string[] = [];
  const entries: string[] = [];
  for (const line of lines.slice(open + 1, close < 0 ? undefined : close)) {
    const indent = line.length - line.trimStart().length;
    const token = line.trim().split(/\s+/)[0] ?? '';
    if (token === '' || indent % 2 !== 0 || indent / 2 > stack.length) continue;
    stack.length = indent / 2;
    const full = [...stack, token].join('');
    if (full.startsWith('src/') && full !== 'src/') entries.push(full.slice('src/'.length));
    if (token.endsWith('/')) stack.push(token);
  }
  return entries;
}

function foldersUnder(dir: string, depth: number, prefix = ''): string[] {
  if (depth === 0) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const relative = `${prefix}${entry.name}/`;
      return [relative, ...foldersUnder(path.join(dir, entry.name), depth - 1, relative)];
    });
}

/**
 * What the folder tree gets wrong: an entry (folder or file) that does not exist, and a folder of
 * src/ two levels deep (`src/services/`, `src/services/jobs/`) that the tree leaves out.
 */
export function folderTreeProblems(markdown: string, srcDir: string): string[] {
  const entries = treeEntries(markdown);
  if (!entries) return ['docs/architecture.md: no folder tree (a code block under "## Folders")'];
  const problems: string[] = [];
  const listed = new Set<string>();
  for (const entry of entries) {
    const parts = entry.split('/').filter(Boolean);
    parts.forEach((_, i) => {
      listed.add(`${parts.slice(0, i + 1).join('/')}/`);
    });
    const full = path.join(srcDir, entry);
    const exists = fs.existsSync(full) && fs.statSync(full).isDirectory() === entry.endsWith('/');
    if (!exists) problems.push(`docs/architecture.md lists src/${entry}, which does not exist`);
  }
  for (const folder of foldersUnder(srcDir, 2)) {
    if (!listed.has(folder)) problems.push(`docs/architecture.md: the folder tree leaves out src/${folder}`);
  }
  return problems;
}

function tableRows(lines: readonly string[]): string[] {
  return lines
    .map((line) => line.trim())
    .filter((line) => line.startsWith('|') && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim())
        .join(' | '),
    );
}

/** What the layer table (under `## Layers`) gets wrong against the description, with the table it should be. */
export function layerTableProblems(markdown: string, description: LayerDescription): string[] {
  const expected = renderLayerTable(description);
  const lines = section(markdown, 'Layers');
  const actual = lines ? tableRows(lines) : [];
  const wanted = tableRows(expected.split('\n'));
  if (actual.length === wanted.length && actual.every((row, i) => row === wanted[i])) return [];
  const differing = wanted.filter((row) => !actual.includes(row));
  return [
    `docs/architecture.md: the layer table under "## Layers" disagrees with src/layers.json` +
      (differing.length > 0
        ? ` (e.g. missing or different: ${differing[0]})`
        : ' (extra or reordered rows)') +
      `; it should read:\n\n${expected}\n`,
  ];
}
