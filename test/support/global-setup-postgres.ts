import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectDatabase } from '../../src/db/client.js';
import { prepareDatabase } from '../../src/db/prepare.js';
import { postgresTestUrl } from './postgres-probe.js';

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/** Migrates a template database; every test gets `CREATE DATABASE ... TEMPLATE` of it. */
export default async function setup(project: TestProject) {
  const adminUrl = postgresTestUrl();
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5000 });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for this run (CI=true) but ${adminUrl} is not reachable: ${String(error)}`,
    );
  }
  const template = `m2w_tpl_${process.pid}_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${template}`);
  const db = connectDatabase({ engine: 'postgres', url: withDatabase(adminUrl, template) });
  await prepareDatabase(db, new Date());
  await db.close();
  project.provide('postgresTemplate', template);
  project.provide('postgresAdminUrl', adminUrl);
  return async () => {
    // Drop leftovers of this run (a test that crashed before its own clean-up).
    const { rows } = await admin.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`m2w_t_${process.pid}_%`],
    );
    for (const row of rows) await admin.query(`DROP DATABASE IF EXISTS ${row.datname} WITH (FORCE)`);
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    await admin.end();
  };
}
