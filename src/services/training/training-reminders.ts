import { z } from 'zod';
import { isOneOf, locales } from '../../contracts/base-vocabulary.js';
import { parseStoredJson } from '../../contracts/stored-json.js';
import { placesInSessionsStarting } from '../../db/queries/training-sessions.js';
import { brusselsDay } from '../../domain/training/reminder-window.js';
import type { Deps } from '../context.js';
import { claimOnce } from '../jobs/claim-once.js';
import type { DailyJob } from '../jobs/daily-job.js';
import { inTransaction } from '../transaction.js';
import { trainingReminderEmail } from './training-reminder-email.js';

/**
 * Everyone with a place (not on the waiting list) in a session that starts tomorrow, in Brussels
 * calendar days, gets one reminder in their language, exactly once: the claim and the email are
 * committed together.
 */
export async function sendTrainingReminders(deps: Deps): Promise<{ sent: number }> {
  const now = deps.now();
  const tomorrow = brusselsDay(now, 1);
  const places = await placesInSessionsStarting(
    deps.db.kysely,
    tomorrow.from.toISOString(),
    tomorrow.to.toISOString(),
  );
  let sent = 0;
  for (const place of places) {
    const locale = isOneOf(locales, place.locale) ? place.locale : 'nl';
    const titles = parseStoredJson(z.record(z.string(), z.string()), place.module_title, 'module title');
    const message = trainingReminderEmail(locale, {
      firstName: place.first_name,
      title: titles[locale] || titles.nl || '',
      startsAt: new Date(place.starts_at),
      endsAt: new Date(place.ends_at),
      where: place.place ?? place.video_url ?? '—',
      trainer: place.trainer,
    });
    const claimed = await inTransaction(deps, async (trx) => {
      if (!(await claimOnce(trx, `training-reminder:${place.registration_id}`, now))) return false;
      await deps.mailer.enqueue(trx, { to: place.email, ...message }, now);
      return true;
    });
    if (claimed) sent += 1;
  }
  return { sent };
}

export const trainingReminderJob: DailyJob = { name: 'training-reminder', run: sendTrainingReminders };
