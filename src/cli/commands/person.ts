import fs from 'node:fs';
import type { AppDeps } from '../../app/deps.js';
import { cliContext } from '../../services/context.js';
import { exportPersonData } from '../../services/privacy/export-person.js';

/**
 * `person export --id PERSON_ID --out FILE`: the JSON export of everything held about a person (right
 * of access, docs/privacy.md), written to a file with mode 0600; audited as the system.
 */
export async function personCommand(
  deps: AppDeps,
  action: string | undefined,
  values: { id?: string | undefined; out?: string | undefined },
): Promise<number> {
  if (action !== 'export') {
    console.error('Usage: mentor2work person export --id PERSON_ID --out FILE');
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
