import { emailSchema } from '../../contracts/common.js';
import { prepareDatabase } from '../../db/prepare.js';
import { createInvitation } from '../../services/auth/invitations.js';
import { cliContext, type Deps } from '../../services/context.js';

/** Invites an administrator by email and prints the link (no password ever passes the command line). */
export async function createAdminCommand(deps: Deps, email: string | undefined): Promise<number> {
  const parsed = emailSchema.safeParse(email);
  if (!parsed.success) {
    console.error('create-admin: --email must be a valid email address.');
    return 2;
  }
  await prepareDatabase(deps.db, deps.now());
  const result = await createInvitation(deps, cliContext, { email: parsed.data, role: 'admin' });
  if (!result.ok) {
    console.error(`create-admin: ${result.error.code}: ${result.error.message}`);
    return 1;
  }
  await deps.mailer.deliverQueued(deps.db, deps.now);
  console.log(
    `Invitation for ${parsed.data} (valid 7 days, single use; also in the outbox):\n\n  ${result.value.link}\n`,
  );
  return 0;
}
