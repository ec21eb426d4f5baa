import fs from 'node:fs';
import { loadMatchLookups } from '../../services/matching/reference-lookups.js';
import { runMatchFile } from '../../services/matching/run-match-file.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** `match --input FILE` (or standard input) writes the optimal pairs as JSON to standard output. */
export async function matchCommand(input: string | undefined, timing: boolean): Promise<number> {
  let text: string;
  try {
    text = input && input !== '-' ? fs.readFileSync(input, 'utf8') : await readStdin();
  } catch (error) {
    console.error(`match: cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const lookups = loadMatchLookups();
  const result = runMatchFile(text, { timing, ...lookups });
  if (!result.ok) {
    console.error(`match: ${result.problem}`);
    return 2;
  }
  process.stdout.write(`${JSON.stringify(result.output)}\n`);
  return 0;
}
