import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../app/config.js';
import { createDeps } from '../app/deps.js';
import { auditCommand, keysCommand, keysInitCommand } from './commands/audit.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { createAdminCommand } from './commands/create-admin.js';
import { demoCommand } from './commands/demo.js';
import { evaluatorExportCommand } from './commands/evaluator-export.js';
import { jobsCommand } from './commands/jobs.js';
import { matchCommand } from './commands/match.js';
import { migrateCommand } from './commands/migrate.js';
import { personCommand } from './commands/person.js';
import { reportCommand } from './commands/report.js';
import { retentionCommand } from './commands/retention.js';
import { exitAfterFlush, stopQuietlyWhenReaderCloses } from './exit-after-flush.js';

const usage = `Usage: mentor2work <command> [options]

Commands:
  migrate                              apply pending database migrations
  create-admin --email E               invite a programme administrator (prints a one-time link)
  demo                                 add realistic demo associations, coaches and a funder
  backup --to FILE                     consistent online copy of the SQLite database, fsynced
  restore --from FILE                  replace the SQLite database with a checked backup (server stopped);
                                       re-applies the erasures of the erasure log
  match [--input FILE] [--timing]      optimal mentee-mentor pairs for a score matrix or a pool of profiles
                                       (JSON in, JSON out; standard input without --input; docs/matching.md)
  jobs run [--at ISO]                  run the daily jobs once (training reminders), as of --at; JSON summary
  report --from DAY --to DAY [--by total|region|association|sector|ageBand|gender] [--audience funder|staff]
         [--format json|csv|xlsx] [--out FILE] [--threshold N] [--lang nl|fr|en]
                                       the programme report (docs/reports.md); funder: small counts hidden
  evaluator-export --from DAY --to DAY [--format json|csv|xlsx] [--out FILE]
                                       pseudonymised participant records and their data dictionary for an
                                       external evaluator (docs/evaluator-export.md); audited
  audit verify [--dir EXPORT_DIR]      check the tamper-evident audit chain and the exported day files;
                                       exits 1 naming the first broken link (docs/security.md)
  audit seal [--settle-seconds N]      seal the audit events of more than N seconds ago (default 60) now
  keys init                            create the encryption and audit key files (once, for servers sharing PostgreSQL)
  keys rotate encryption|audit         add a fresh current key to the encryption or the audit key file
  person export --id PERSON_ID --out FILE
                                       everything held about a person as JSON (right of access); audited
  person erase --id PERSON_ID --reason TEXT
                                       erase a person (right to erasure): prints what was erased and what
                                       stays on hold; audited (docs/privacy.md)
  retention report                     dry run: per data class, how many records are past their retention
                                       period and what the daily job does with them (JSON; docs/privacy.md)
  retention run                        remove them now, as the daily job does (people's records only with
                                       RETENTION_ENFORCE=true); JSON of what was removed

Settings come from the environment (see .env.example).`;

/** The command line: the same services as the server, for operators. Exits non-zero on failure. */
async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    console.log(usage);
    return command ? 0 : 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals:
      command === 'jobs' ||
      command === 'audit' ||
      command === 'keys' ||
      command === 'person' ||
      command === 'retention',
    options: {
      email: { type: 'string' },
      input: { type: 'string' },
      timing: { type: 'boolean' },
      to: { type: 'string' },
      from: { type: 'string' },
      at: { type: 'string' },
      by: { type: 'string' },
      audience: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      threshold: { type: 'string' },
      lang: { type: 'string' },
      'settle-seconds': { type: 'string' },
      dir: { type: 'string' },
      id: { type: 'string' },
      reason: { type: 'string' },
    },
    strict: true,
  });
  if (command === 'match') return matchCommand(values.input, values.timing ?? false);
  const config = loadConfig();
  if (command === 'restore') return await restoreCommand(config, values.from);
  // Before the keys are needed: this command makes them.
  if (command === 'keys' && positionals[0] === 'init') return keysInitCommand(config);
  const deps = createDeps(config);
  try {
    switch (command) {
      case 'migrate':
        return await migrateCommand(deps);
      case 'create-admin':
        return await createAdminCommand(deps, values.email);
      case 'demo':
        return await demoCommand(deps);
      case 'jobs':
        return await jobsCommand(deps, positionals[0], values.at);
      case 'report':
        return await reportCommand(deps, values);
      case 'evaluator-export':
        return await evaluatorExportCommand(deps, values);
      case 'audit':
        return await auditCommand(deps, positionals[0], values);
      case 'person':
        return await personCommand(deps, positionals[0], values);
      case 'retention':
        return await retentionCommand(deps, positionals[0]);
      case 'keys':
        return keysCommand(deps, positionals[0], positionals[1]);
      case 'backup':
        return await backupCommand(deps, values.to);
      default:
        console.error(`Unknown command "${command}".\n\n${usage}`);
        return 2;
    }
  } finally {
    await deps.db.close();
  }
}

stopQuietlyWhenReaderCloses();
main(process.argv.slice(2)).then(
  (code) => exitAfterFlush(code),
  (error: unknown) => {
    console.error(
      error instanceof ConfigError
        ? error.message
        : error instanceof Error
          ? `Error: ${error.message}`
          : error,
    );
    return exitAfterFlush(1);
  },
);
