import { randomUUID } from 'node:crypto';
import type { Insertable, Kysely } from 'kysely';
import { isOneOf, type Locale } from '../../contracts/base-vocabulary.js';
import {
  type MeetingKind,
  type MeetingStatus,
  type PartnershipStatus,
  runningStatuses,
} from '../../contracts/partnership-vocabulary.js';
import type { PersonStatus } from '../../contracts/people-vocabulary.js';
import { insertContact, insertHelpRequest, insertResponse } from '../../db/queries/follow-up.js';
import { insertBlock } from '../../db/queries/matching.js';
import { insertMeeting } from '../../db/queries/meetings.js';
import { insertPartnershipChange, insertPartnershipRow } from '../../db/queries/partnerships.js';
import { insertPerson, insertStatusChange, updatePerson } from '../../db/queries/people.js';
import { findUserByEmail, insertUser } from '../../db/queries/users.js';
import type { Database } from '../../db/schema.js';
import { addMonths } from '../../domain/cadence/calendar.js';
import { foldForSearch } from '../../domain/reference/fold-text.js';
import { rebuildMeetingSummary } from '../partnerships/meetings.js';

const day = 86_400_000;

/**
 * Demo pairs in every partnership state and health: proposed (fresh and overdue), introduced,
 * active on track, at risk, off track and past its end date, closing, completed, ended early and
 * declined, with up to six months of meetings, coach contacts, a help request and evaluations. The
 * on-track pair has accounts (mentee and mentor) with the demo password.
 */
const pairs = [
  {
    key: 'on-track',
    status: 'active',
    startedDaysAgo: 120,
    perMonth: 2,
    quietDays: 0,
    mentee: ['Layla', 'Haddad', 'fr'],
    mentor: ['Marc', 'Lambert'],
  },
  {
    key: 'at-risk',
    status: 'active',
    startedDaysAgo: 75,
    perMonth: 1,
    quietDays: 0,
    mentee: ['Tesfay', 'Kidane', 'nl'],
    mentor: ['Sarah', 'Goossens'],
  },
  {
    key: 'off-track',
    status: 'active',
    startedDaysAgo: 110,
    perMonth: 2,
    quietDays: 55,
    mentee: ['Pavel', 'Ivanov', 'nl'],
    mentor: ['Wim', 'Desmet'],
  },
  {
    key: 'past-end',
    status: 'active',
    startedDaysAgo: 190,
    perMonth: 2,
    quietDays: 0,
    mentee: ['Rania', 'Saleh', 'fr'],
    mentor: ['Bart', 'Hermans'],
  },
  {
    key: 'closing',
    status: 'closing',
    startedDaysAgo: 180,
    perMonth: 2,
    quietDays: 0,
    mentee: ['Elif', 'Demir', 'nl'],
    mentor: ['Griet', 'Willems'],
  },
  {
    key: 'completed',
    status: 'completed',
    startedDaysAgo: 230,
    perMonth: 2,
    quietDays: 0,
    mentee: ['Youssef', 'Amrani', 'nl'],
    mentor: ['Luc', 'Mertens'],
  },
  {
    key: 'ended-early',
    status: 'ended_early',
    startedDaysAgo: 90,
    perMonth: 1,
    quietDays: 0,
    mentee: ['Aïcha', 'Diallo', 'fr'],
    mentor: ['Johan', 'Jacobs'],
  },
  {
    key: 'introduced',
    status: 'introduced',
    startedDaysAgo: 0,
    perMonth: 0,
    quietDays: 0,
    mentee: ['Farid', 'Azizi', 'nl'],
    mentor: ['Veerle', 'Smets'],
  },
  {
    key: 'proposed',
    status: 'proposed',
    startedDaysAgo: 0,
    perMonth: 0,
    quietDays: 0,
    mentee: ['Marie-Claire', 'Kabila', 'fr'],
    mentor: ['Dirk', 'Pauwels'],
  },
  {
    key: 'proposed-overdue',
    status: 'proposed',
    startedDaysAgo: -35,
    perMonth: 0,
    quietDays: 0,
    mentee: ['Emre', 'Kaya', 'nl'],
    mentor: ['An', 'Wuyts'],
  },
  {
    key: 'declined',
    status: 'declined',
    startedDaysAgo: 0,
    perMonth: 0,
    quietDays: 0,
    mentee: ['Nadia', 'Benali', 'nl'],
    mentor: ['Stijn', 'Van Damme'],
  },
] as const;

export const demoParticipantEmails = {
  mentee: 'mentee@demo.mentor2work.be',
  mentor: 'mentor@demo.mentor2work.be',
};

async function addPerson(
  trx: Kysely<Database>,
  kind: 'mentee' | 'mentor',
  name: readonly string[],
  associationId: string,
  status: PersonStatus,
  at: string,
) {
  const id = randomUUID();
  const [first, last, locale] = name as [string, string, Locale | undefined];
  await insertPerson(
    trx,
    {
      id,
      kind,
      status,
      association_id: associationId,
      region_code: 'VLG',
      user_id: null,
      first_name: first,
      last_name: last,
      search_name: foldForSearch(`${first} ${last}`),
      email: `${foldForSearch(`${first}.${last}`).replace(/[^a-z.]+/g, '')}.duo@demo.mentor2work.be`,
      phone: null,
      phone_key: null,
      locale: locale ?? 'nl',
      postcode: '9000',
      date_of_birth: null,
      sector_code: '86',
      sector_section: 'Q',
      eligible: kind === 'mentee' ? 1 : null,
      eligibility_failed: '[]',
      // Mentees speak their own language; mentors Dutch, and French at a workable level.
      application: JSON.stringify({
        demo: true,
        languages:
          kind === 'mentee'
            ? [{ code: locale ?? 'nl', level: 'native' }]
            : [
                { code: 'nl', level: 'native' },
                { code: 'en', level: 'B2' },
              ],
      }),
      assessment: null,
      intake: null,
      sensitive: null,
      linked_applications: 0,
      applied_at: at,
      status_changed_at: at,
      updated_at: at,
    },
    [locale ?? 'nl'],
  );
  await insertStatusChange(trx, {
    id: randomUUID(),
    personId: id,
    from: null,
    to: status,
    at,
    actorId: null,
  });
  return id;
}

export async function addDemoPartnerships(
  trx: Kysely<Database>,
  now: Date,
  associationId: string,
  coachId: string | null,
  passwordHash: string,
): Promise<number> {
  if (await findUserByEmail(trx, demoParticipantEmails.mentee)) return 0;
  let count = 0;
  for (const pair of pairs) {
    const running = isOneOf(runningStatuses, pair.status);
    const started = new Date(now.getTime() - Math.max(pair.startedDaysAgo, 0) * day);
    const proposedAt = new Date(
      started.getTime() - (pair.startedDaysAgo < 0 ? -pair.startedDaysAgo : 10) * day,
    );
    const at = new Date(proposedAt.getTime() - 60 * day).toISOString();
    const menteeStatus = running
      ? 'in_partnership'
      : pair.status === 'completed'
        ? 'completed'
        : 'ready_to_match';
    const menteeId = await addPerson(trx, 'mentee', pair.mentee, associationId, menteeStatus, at);
    const mentorId = await addPerson(
      trx,
      'mentor',
      pair.mentor,
      associationId,
      running ? 'in_partnership' : 'accepted',
      at,
    );
    const hasStarted = !['proposed', 'introduced', 'declined'].includes(pair.status);
    const id = randomUUID();
    const ended = ['completed', 'ended_early'].includes(pair.status)
      ? new Date(started.getTime() + (pair.status === 'completed' ? 183 : 80) * day)
      : null;
    const row: Insertable<Database['partnerships']> = {
      id,
      mentee_id: menteeId,
      mentor_id: mentorId,
      association_id: associationId,
      run_id: null,
      status: pair.status,
      score: 0.72,
      override_reason: null,
      proposed_by: coachId,
      coach_id: coachId,
      proposed_at: proposedAt.toISOString(),
      updated_at: now.toISOString(),
      introduced_at:
        pair.status === 'proposed' ? null : new Date(proposedAt.getTime() + 5 * day).toISOString(),
      mentee_response: hasStarted ? 'accepted' : pair.status === 'declined' ? 'accepted' : null,
      mentor_response: hasStarted ? 'accepted' : pair.status === 'declined' ? 'declined' : null,
      mentor_response_reason:
        pair.status === 'declined' ? 'Mijn werkuren passen niet bij de beschikbaarheid.' : null,
      started_at: hasStarted ? started.toISOString() : null,
      planned_end_at: hasStarted ? addMonths(started, 6).toISOString() : null,
      ended_at: ended?.toISOString() ?? null,
      end_reason: pair.status === 'ended_early' ? 'no_contact' : null,
      end_reason_text:
        pair.status === 'ended_early' ? 'De mentor kon door een nieuwe job geen tijd meer vrijmaken.' : null,
      outcome: pair.status === 'completed' ? 'job' : null,
    };
    await insertPartnershipRow(trx, row);
    // A pair that was declined or broke off is not proposed again.
    if (pair.status === 'declined' || pair.status === 'ended_early')
      await insertBlock(trx, {
        menteeId,
        mentorId,
        reason: pair.status === 'declined' ? 'Voorstel geweigerd door de mentor.' : 'Vroegtijdig gestopt.',
        by: coachId,
        at: now.toISOString(),
      });
    const steps: PartnershipStatus[] = ['proposed'];
    if (pair.status !== 'proposed') steps.push('introduced');
    if (hasStarted) steps.push('active');
    if (pair.status === 'closing' || pair.status === 'completed') steps.push('closing');
    if (!steps.includes(pair.status)) steps.push(pair.status);
    for (const [n, step] of steps.entries())
      await insertPartnershipChange(trx, {
        id: randomUUID(),
        partnership_id: id,
        from_status: n === 0 ? null : steps[n - 1]!,
        to_status: step,
        at: new Date(proposedAt.getTime() + n * 5 * day).toISOString(),
        actor_id: coachId,
        reason_text: step === 'declined' ? (row.mentor_response_reason ?? null) : null,
      });

    // Meetings: the introduction, then `perMonth` a month until the pair went quiet or ended.
    const meeting = async (when: Date, kind: MeetingKind, status: MeetingStatus) => {
      // Meetings at 17:00 UTC (18:00 or 19:00 in Brussels); a held one never lies in the future.
      let startsAt = new Date(Date.UTC(when.getUTCFullYear(), when.getUTCMonth(), when.getUTCDate(), 17));
      if (status !== 'planned' && startsAt.getTime() > now.getTime())
        startsAt = new Date(startsAt.getTime() - day);
      await insertMeeting(trx, {
        id: randomUUID(),
        partnership_id: id,
        kind,
        starts_at: startsAt.toISOString(),
        duration_minutes: 60,
        place: kind === 'regular' && startsAt.getUTCDate() % 2 ? null : 'Kantoor van de vereniging',
        video_url:
          kind === 'regular' && startsAt.getUTCDate() % 2 ? 'https://meet.jit.si/mentor2work-demo' : null,
        topic: null,
        application_id: null,
        status,
        planned_by: coachId,
        planned_at: new Date(startsAt.getTime() - 7 * day).toISOString(),
        logged_by: status === 'planned' ? null : coachId,
        logged_at:
          status === 'planned'
            ? null
            : new Date(Math.min(now.getTime(), startsAt.getTime() + 2 * 3_600_000)).toISOString(),
        held_minutes: status === 'held' ? 75 : null,
        topics:
          status === 'held'
            ? JSON.stringify(kind === 'regular' ? ['cv', 'job_applications'] : ['sector_orientation'])
            : '[]',
        shared_notes:
          status === 'held' && kind === 'regular' ? 'CV besproken en twee vacatures gekozen.' : null,
        updated_at: now.toISOString(),
      });
    };
    if (pair.status !== 'proposed')
      await meeting(new Date(proposedAt.getTime() + 5 * day), 'introduction', 'held');
    if (hasStarted) {
      const until = ended ?? new Date(now.getTime() - pair.quietDays * day);
      const step = 30 / Math.max(pair.perMonth, 1);
      for (let t = started.getTime() + 6 * day; t < until.getTime(); t += step * day)
        await meeting(new Date(t), 'regular', 'held');
      // Two pairs met in the last days and have not logged it yet: meetings waiting to be logged.
      if (pair.key === 'on-track' || pair.key === 'at-risk')
        await meeting(
          new Date(now.getTime() - (pair.key === 'on-track' ? 2 : 4) * day),
          'regular',
          'planned',
        );
      if (pair.status === 'completed' && ended)
        await meeting(new Date(ended.getTime() - 2 * day), 'evaluation', 'held');
      if (running && pair.quietDays === 0)
        await meeting(
          new Date(now.getTime() + 6 * day + 17 * 3_600_000),
          pair.status === 'closing' ? 'evaluation' : 'regular',
          'planned',
        );
      await insertContact(trx, {
        id: randomUUID(),
        partnership_id: id,
        side: 'mentee',
        channel: 'call',
        at: new Date(started.getTime() + 8 * day).toISOString(),
        note: 'Eerste opvolging: loopt goed.',
        coach_id: coachId,
        created_at: now.toISOString(),
      });
      await insertContact(trx, {
        id: randomUUID(),
        partnership_id: id,
        side: 'mentor',
        channel: 'message',
        at: new Date(started.getTime() + 9 * day).toISOString(),
        note: null,
        coach_id: coachId,
        created_at: now.toISOString(),
      });
    }
    await rebuildMeetingSummary(trx, id, now);
    if (pair.key === 'at-risk')
      await insertHelpRequest(trx, {
        id: randomUUID(),
        partnership_id: id,
        side: 'mentee',
        requested_by: null,
        message: 'We vinden moeilijk een moment om af te spreken. Kan de coach helpen?',
        created_at: new Date(now.getTime() - 2 * day).toISOString(),
      });
    if (pair.status === 'completed')
      for (const [side, personId] of [
        ['mentee', menteeId],
        ['mentor', mentorId],
      ] as const)
        await insertResponse(trx, {
          id: randomUUID(),
          questionnaire_id: 'end_of_cycle-v1',
          partnership_id: id,
          side,
          person_id: personId,
          locale: 'nl',
          answers: JSON.stringify(
            side === 'mentee'
              ? {
                  overall: 5,
                  meetings_useful: 5,
                  coach_support: 4,
                  confidence: 5,
                  situation: 'job',
                  would_recommend: true,
                }
              : {
                  overall: 4,
                  meetings_useful: 4,
                  coach_support: 5,
                  mentor_again: true,
                  would_recommend: true,
                },
          ),
          submitted_at: ended!.toISOString(),
        });
    if (pair.key === 'on-track') {
      for (const [kind, personId] of [
        ['mentee', menteeId],
        ['mentor', mentorId],
      ] as const) {
        const userId = randomUUID();
        await insertUser(trx, {
          id: userId,
          email: demoParticipantEmails[kind],
          name:
            kind === 'mentee' ? `${pair.mentee[0]} ${pair.mentee[1]}` : `${pair.mentor[0]} ${pair.mentor[1]}`,
          role: kind,
          association_id: null,
          password_hash: passwordHash,
          locale: kind === 'mentee' ? 'fr' : 'nl',
          totp_key: null,
          totp_last_counter: null,
          disabled_at: null,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        });
        await updatePerson(trx, personId, { user_id: userId });
      }
    }
    count += 1;
  }
  return count;
}
