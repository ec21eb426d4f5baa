import fs from 'node:fs';
import type { AppDeps } from '../../app/deps.js';
import { cliContext } from '../../services/context.js';
import { erasePerson } from '../../services/privacy/erase-person.js';
import { exportPersonData } from '../../services/privacy/export-person.js';

/**
 * `person export --id PERSON_ID --out FILE`: the JSON export of everything held about a person (right
 * of access, docs/privacy.md), written to a file with mode 0600; audited as the system.
 */
export async function personCommand(
  deps: AppDeps,
  action: string | undefined,
  values: { id?: string | undefined; out?: string | undefined; reason?: string | undefined },
): Promise<number> {
  if (action === 'erase') return eraseCommand(deps, values);
  if (action !== 'export') {
    console.error(
      'Usage: mentor2work person export --id PERSON_ID --out FILE | person erase --id PERSON_ID --reason TEXT',
    );
    return 2;
  }
  if (!values.id || !values.out) {
    console.error('person export: --id PERSON_ID and --out FILE are both required.');
    return 2;
  }
  const result = await exportPersonData(deps, cliContext, { personId: values.id });
  if (!result.ok) {
    console.error(`person export: ${result.error.message} (id ${values.id})`);
    return 1;
  }
  fs.writeFileSync(values.out, `${JSON.stringify(result.value.document, null, 2)}\n`, { mode: 0o600 });
  console.log(`person export: everything held about person ${values.id} was written to ${values.out}.`);
  return 0;
}

/**
 * `person erase --id PERSON_ID --reason TEXT`: erases a person (docs/privacy.md, "Erasure") and prints
 * what was erased and what stays on hold; audited as the system. Safe while the server runs.
 */
async function eraseCommand(
  deps: AppDeps,
  values: { id?: string | undefined; reason?: string | undefined },
): Promise<number> {
  if (!values.id || values.reason === undefined) {
    console.error('person erase: --id PERSON_ID and --reason TEXT are both required.');
    return 2;
  }
  const result = await erasePerson(deps, cliContext, { personId: values.id, reason: values.reason });
  if (!result.ok) {
    console.error(`person erase: ${result.error.message}`);
    return result.error.code === 'not_found' ? 1 : 2;
  }
  const { erased, held, logEmptied } = result.value;
  console.log(`person erase: person ${values.id} was erased.`);
  for (const [table, n] of Object.entries(erased)) console.log(`  ${table}: ${n}`);
  console.log(
    held
      ? `On hold until ${held.until} (a legal duty keeps it, hidden): ${held.kept.join('; ')}.`
      : 'Nothing is on hold.',
  );
  if (!logEmptied) console.log('The write-ahead log empties at the next checkpoint (a reader held it).');
  return 0;
}
