import { prepareDatabase } from '../../db/prepare.js';
import { cliContext, type Deps } from '../../services/context.js';
import { addDemoData } from '../../services/demo/demo-data.js';

export async function demoCommand(deps: Deps): Promise<number> {
  await prepareDatabase(deps.db, deps.now());
  const result = await addDemoData(deps, cliContext);
  if (
    result.accounts.length === 0 &&
    result.people === 0 &&
    result.modules === 0 &&
    result.partnerships === 0
  ) {
    console.log('The demo data is there already; nothing added.');
    return 0;
  }
  console.log(
    `Added ${result.people} demo mentees and mentors, ${result.partnerships} partnerships in every state, ${result.modules} training modules, and ${result.accounts.length} demo accounts (password: ${result.password}):`,
  );
  for (const account of result.accounts)
    console.log(
      `  ${account.role.padEnd(7)} ${account.email}${account.association ? `  (${account.association})` : ''}`,
    );
  return 0;
}
