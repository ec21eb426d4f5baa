import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-context.js';

/**
 * The command line's output is never cut: every command ends only after what it printed has drained
 * into the pipe (process.exit right after a large write used to cut it at the pipe's 64 kB).
 * The commands run as a user runs them (`node bin/mentor2work.js`), their standard output a pipe.
 */
function runCli(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: Buffer; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['bin/mentor2work.js', ...args], {
      env: { ...process.env, LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
  });
}

/** 3,000 mentees with ids near the 200-character limit, three mentors of capacity 1,000: > 1 MB out. */
function largeMatrix() {
  const id = (prefix: string, i: number) => `${prefix}${String(i).padStart(6, '0')}${'x'.repeat(180)}`;
  const mentees = Array.from({ length: 3000 }, (_, i) => id('mentee-', i));
  const mentors = [0, 1, 2].map((j) => ({ id: id('mentor-', j), capacity: 1000 }));
  const scores = mentees.map((_, i) => [0, 1, 2].map((j) => ((i * 7 + j * 13) % 100) / 100));
  return { mentees, mentors, scores };
}

// The commands need no PostgreSQL; they run once, in the SQLite pass of the integration suite.
describe.runIf(engine === 'sqlite')('command-line output through a pipe', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-cli-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('match prints the whole JSON of a pool whose answer is over 1 MB', async () => {
    const input = path.join(dir, 'pool.json');
    fs.writeFileSync(input, JSON.stringify(largeMatrix()));
    const result = await runCli(['match', '--input', input]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.length).toBeGreaterThan(1_048_576);
    const output = JSON.parse(result.stdout.toString('utf8')) as { pairs: unknown[]; matched: number };
    expect(output.matched).toBe(3000);
    expect(output.pairs).toHaveLength(3000);
  }, 60_000);

  it('demo and create-admin print to their last line', async () => {
    const env = {
      SQLITE_FILE: path.join(dir, 'cli.sqlite'),
      ENCRYPTION_KEY_FILE: path.join(dir, 'key'),
      AUDIT_KEY_FILE: path.join(dir, 'audit-key'),
      AUDIT_EXPORT_DIR: path.join(dir, 'audit-export'),
    };
    const demo = await runCli(['demo'], env);
    expect(demo.code).toBe(0);
    const demoLines = demo.stdout.toString('utf8').trimEnd().split('\n');
    expect(demoLines[0]).toMatch(/^Added \d+ demo mentees and mentors/);
    expect(demoLines.at(-1)).toMatch(/@demo\.mentor2work\.be/);

    const admin = await runCli(['create-admin', '--email', 'new-admin@example.org'], env);
    expect(admin.code).toBe(0);
    expect(admin.stdout.toString('utf8')).toMatch(
      /Invitation for new-admin@example\.org[\s\S]*\n {2}http\S+\n\n$/,
    );
  }, 120_000);

  it('report prints the JSON contract, writes XLSX to a file and names a bad option', async () => {
    const env = {
      SQLITE_FILE: path.join(dir, 'report.sqlite'),
      ENCRYPTION_KEY_FILE: path.join(dir, 'report-key'),
      AUDIT_KEY_FILE: path.join(dir, 'report-audit-key'),
      AUDIT_EXPORT_DIR: path.join(dir, 'report-audit-export'),
    };
    expect((await runCli(['demo'], env)).code).toBe(0);
    const json = await runCli(
      ['report', '--from', '2020-01-01', '--to', '2030-12-31', '--by', 'region'],
      env,
    );
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout.toString('utf8')) as {
      audience: string;
      threshold: number;
      by: string;
      measures: string[];
      rows: Array<{ group: string; cells: Record<string, number | null> }>;
      total: { cells: Record<string, number | null> };
    };
    expect(report).toMatchObject({ audience: 'funder', threshold: 5, by: 'region', from: '2020-01-01' });
    expect(report.measures.slice(0, 4)).toEqual(['applied', 'eligible', 'intakeDone', 'matched']);
    expect(report.rows.map((r) => r.group).slice(0, 3)).toEqual(['BRU', 'VLG', 'WAL']);
    expect(report.total.cells.applied).toBeGreaterThan(5);
    for (const row of report.rows)
      for (const value of Object.values(row.cells))
        if (value !== null) expect(value === 0 || value >= 5).toBe(true);

    const out = path.join(dir, 'report.xlsx');
    const xlsx = await runCli(
      [
        'report',
        '--from',
        '2020-01-01',
        '--to',
        '2030-12-31',
        '--by',
        'sector',
        '--format',
        'xlsx',
        '--out',
        out,
        '--lang',
        'fr',
      ],
      env,
    );
    expect(xlsx.code).toBe(0);
    expect(fs.readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK');

    const bad = await runCli(['report', '--from', '2026-13-01', '--to', '2026-12-31'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/from must be a day written YYYY-MM-DD/);
    const missing = await runCli(['report', '--to', '2026-12-31', '--by', 'planet'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/--from is required; --by must be one of total, region/);
  }, 120_000);
});
