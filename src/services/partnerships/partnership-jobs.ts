import type { Kysely } from 'kysely';
import {
  coachesOf,
  healthPageDetails,
  listRunningForHealth,
  updatePartnership,
} from '../../db/queries/partnerships.js';
import type { Database } from '../../db/schema.js';
import { localDay } from '../../domain/cadence/calendar.js';
import { offTrackAlert, planningReminder } from '../../domain/cadence/partnership-health.js';
import type { Deps } from '../context.js';
import { claimOnce } from '../jobs/claim-once.js';
import { inTransaction } from '../transaction.js';
import { cadenceInputOf } from './load-partnership.js';
import { offTrackAlertEmail, planningReminderEmail } from './meeting-emails.js';
import { refreshStaleHealth } from './refresh-health.js';

/** Claims a unique key for a job's side effect; true only for the first caller, on any server. */
export type Claim = (db: Kysely<Database>, key: string) => Promise<boolean>;

/**
 * The daily partnership job: refresh expired stored health, remind every active pair without a
 * meeting planned in the next 14 days (once per fortnight of the partnership), and alert the coach
 * when a partnership goes off track (once per episode). Each email is enqueued in the same
 * transaction as its claim, so running the job twice, or on two servers at once, sends nothing twice.
 */
export async function runPartnershipJob(deps: Deps, claim: Claim): Promise<{ sent: number }> {
  const db = deps.db.kysely;
  const now = deps.now();
  // Stored health is exact once the expired ones are refreshed: no need to recompute it here.
  await refreshStaleHealth(deps, {}, now);
  const rows = await listRunningForHealth(db, {});
  let sent = 0;
  for (const row of rows) {
    const reminder = planningReminder(row.id, cadenceInputOf(row), now);
    const alert = offTrackAlert(row.alerted_health, row.health_state);
    if (!reminder && !alert.alert && alert.remember === row.alerted_health) continue;
    sent += await inTransaction(deps, async (trx) => {
      let count = 0;
      const [pair] = await healthPageDetails(trx, [row.id]);
      if (!pair) return 0;
      if (reminder && (await claim(trx, reminder.key))) {
        for (const [email, locale, first, other] of [
          [
            pair.mentee_email,
            pair.mentee_locale,
            pair.mentee_first_name,
            `${pair.mentor_first_name} ${pair.mentor_last_name}`,
          ],
          [
            pair.mentor_email,
            pair.mentor_locale,
            pair.mentor_first_name,
            `${pair.mentee_first_name} ${pair.mentee_last_name}`,
          ],
        ] as const) {
          await deps.mailer.enqueue(
            trx,
            { to: email, ...planningReminderEmail(locale, { firstName: first, other }) },
            now,
          );
          count += 1;
        }
      }
      if (alert.alert && (await claim(trx, `off-track:${row.id}:${localDay(now)}`))) {
        const coaches =
          row.coach_id && pair.coach_email
            ? [{ email: pair.coach_email, name: pair.coach_name ?? '', locale: pair.coach_locale ?? 'nl' }]
            : await coachesOf(trx, row.association_id);
        for (const coach of coaches) {
          const message = offTrackAlertEmail(coach.locale, {
            coach: coach.name,
            pair: `${pair.mentee_first_name} ${pair.mentee_last_name} - ${pair.mentor_first_name} ${pair.mentor_last_name}`,
            rule: row.health_rule ?? '',
            link: `${deps.config.publicUrl}/partnerships/${row.id}`,
          });
          await deps.mailer.enqueue(trx, { to: coach.email, ...message }, now);
          count += 1;
        }
      }
      if (alert.remember !== row.alerted_health)
        await updatePartnership(trx, row.id, { alerted_health: alert.remember });
      return count;
    });
  }
  return { sent };
}

/** The daily job as the job runner lists it; claims go to job_claims (claim-once). */
export const partnershipCadenceJob = {
  name: 'partnership-cadence',
  run: (deps: Deps) => runPartnershipJob(deps, (db, key) => claimOnce(db, key, deps.now())),
};
