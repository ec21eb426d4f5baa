import { isOneOf } from '../../contracts/base-vocabulary.js';
import { togetherStatuses } from '../../contracts/partnership-vocabulary.js';
import type { Home } from '../../contracts/partnerships.js';
import { parseStoredIntake } from '../../contracts/people.js';
import { latestVersionCommentedBy } from '../../db/queries/cv.js';
import { responsesOf } from '../../db/queries/follow-up.js';
import { storyMeetings } from '../../db/queries/meetings.js';
import { partnershipsOfUser } from '../../db/queries/partnerships.js';
import { findPersonByUser } from '../../db/queries/people.js';
import { findUserById } from '../../db/queries/users.js';
import { planningReminder } from '../../domain/cadence/partnership-health.js';
import { isRunning } from '../../domain/partnerships/partnership-lifecycle.js';
import type { Actor, Deps } from '../context.js';
import { cadenceInputOf, viewerOf } from './load-partnership.js';
import { pairStoryOf, presentMeeting, presentPartnership } from './present-partnership.js';

/**
 * The mentee's or mentor's own page: their partnerships (running first), the next meeting, what is
 * due from them (answer the introduction, log a meeting, plan the next one, the evaluation), their
 * coach's contact details (also before matching) and the planned intake while they wait for it.
 */
export async function participantHome(deps: Deps, actor: Actor): Promise<Home> {
  const db = deps.db.kysely;
  const now = deps.now();
  const person = await findPersonByUser(db, actor.id);
  const rows = (await partnershipsOfUser(db, actor.id)).sort(
    (a, b) => Number(isRunning(b.status)) - Number(isRunning(a.status)),
  );
  const ids = rows.map((r) => r.id);
  const meetings = await storyMeetings(db, ids);
  const due: Home['due'] = [];
  const partnerships: Home['partnerships'] = [];
  for (const row of rows) {
    const viewer = viewerOf(actor, row);
    if (viewer?.kind !== 'participant') continue;
    // The next meeting and what waits for a log come from the pair's one story.
    const story = pairStoryOf(row, meetings, now);
    const answered = ['closing', 'completed'].includes(row.status)
      ? (await responsesOf(db, row.id)).map((r) => r.side)
      : [];
    const next = meetings.find((m) => m.id === story.nextMeetingId);
    partnerships.push(
      presentPartnership(row, viewer, {
        now,
        story,
        answered,
        history: [],
        nextMeeting: next ? presentMeeting(next, { userId: actor.id, staff: false }, []) : null,
      }),
    );
    const mine = viewer.side === 'mentee' ? row.mentee_response : row.mentor_response;
    if (row.status === 'introduced' && !mine)
      due.push({
        kind: 'answer_introduction',
        partnershipId: row.id,
        meetingId: null,
        since: row.introduced_at,
      });
    for (const m of meetings.filter((m) => story.toLogIds.includes(m.id)))
      due.push({ kind: 'log_meeting', partnershipId: row.id, meetingId: m.id, since: m.starts_at });
    if (planningReminder(row.id, cadenceInputOf(row), now))
      due.push({ kind: 'plan_meeting', partnershipId: row.id, meetingId: null, since: row.last_held_at });
    if (viewer.side === 'mentor' && isOneOf(togetherStatuses, row.status)) {
      // A new CV version of the mentee waits for the mentor's comments.
      const cv = await latestVersionCommentedBy(db, row.mentee_id, actor.id);
      if (cv && !cv.commented)
        due.push({ kind: 'comment_cv', partnershipId: row.id, meetingId: null, since: cv.created_at });
    }
    if (row.status === 'closing' && !answered.includes(viewer.side))
      due.push({ kind: 'evaluation', partnershipId: row.id, meetingId: null, since: null });
  }
  const coached = rows.find((r) => isRunning(r.status) && r.coach_name) ?? rows.find((r) => r.coach_name);
  // Before a partnership the coach who took the application or planned the intake is the contact.
  const ownCoach = !coached && person?.coach_id ? await findUserById(db, person.coach_id) : undefined;
  const coach: Home['coach'] = coached?.coach_name
    ? { name: coached.coach_name, email: coached.coach_email ?? '', phone: coached.coach_phone }
    : ownCoach && !ownCoach.disabled_at
      ? { name: ownCoach.name, email: ownCoach.email, phone: ownCoach.phone }
      : null;
  return {
    person: person
      ? {
          id: person.id,
          kind: person.kind,
          firstName: person.first_name,
          status: person.status,
        }
      : null,
    partnerships,
    due,
    coach,
    intake: person?.status === 'intake_planned' ? parseStoredIntake(person.intake) : null,
  };
}
