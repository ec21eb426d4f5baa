import fs from 'node:fs';
import path from 'node:path';

/** What marks a function as a writing (or auditing) use case. */
const writeMarkers = /recordAuditEvent\(|inTransaction[<(]|\.transaction\(\)|changePartnership[<(]/;

/**
 * The exported functions of src/services that write or audit, as "folder/file.ts#name": each
 * exported function's text (up to the next top-level declaration) is searched for a write marker.
 * A textual scan, on purpose: it needs no compiler and errs on the side of listing too much.
 */
export function findWriteUseCases(servicesDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) {
        const text = fs.readFileSync(full, 'utf8');
        const file = path.relative(servicesDir, full).split(path.sep).join('/');
        for (const part of text.split(
          /\n(?=(?:export )?(?:async )?function |(?:export )?(?:const|class|interface|type) )/,
        )) {
          const name = part.match(/^export (?:async )?function (\w+)/)?.[1];
          if (name && writeMarkers.test(part)) found.push(`${file}#${name}`);
        }
      }
    }
  };
  walk(servicesDir);
  return found.sort();
}
