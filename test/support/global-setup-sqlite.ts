import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/prepare.js';

declare module 'vitest' {
  export interface ProvidedContext {
    sqliteTemplate: string;
    postgresTemplate: string;
    postgresAdminUrl: string;
  }
}

/** Migrates one SQLite file; every test then starts from a copy of it. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'm2w-test-'));
  const file = path.join(dir, 'template.sqlite');
  const db = connectDatabase({ engine: 'sqlite', file });
  await prepareDatabase(db, new Date());
  await db.close();
  project.provide('sqliteTemplate', file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
