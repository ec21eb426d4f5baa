import { meetingsForCalendar } from '../../db/queries/meetings.js';
import { partnershipsCoachedBy, partnershipsOfUser } from '../../db/queries/partnerships.js';
import { isRunning } from '../../domain/partnerships/partnership-lifecycle.js';
import type { CalendarEvent, CalendarSource } from '../calendar/calendar-event.js';
import { meetingTitle } from './meeting-emails.js';

/**
 * The calendar source of the mentoring cycle: the meetings of the user's running partnerships (a
 * mentee's or mentor's own, a coach's the pairs they follow), from thirty days ago on. The UID is
 * the one of the emailed invitation, so a calendar that got both shows one event.
 */
export const meetingCalendarEvents: CalendarSource = async (deps, user) => {
  const db = deps.db.kysely;
  const pairs =
    user.role === 'mentee' || user.role === 'mentor'
      ? (await partnershipsOfUser(db, user.id)).filter((p) => isRunning(p.status))
      : user.role === 'coach'
        ? await partnershipsCoachedBy(db, user.id)
        : [];
  if (pairs.length === 0) return [];
  const byId = new Map(pairs.map((p) => [p.id, p]));
  const from = new Date(deps.now().getTime() - 30 * 86_400_000).toISOString();
  const meetings = await meetingsForCalendar(db, [...byId.keys()], from);
  return meetings.map((m): CalendarEvent => {
    const pair = byId.get(m.partnership_id)!;
    const other =
      user.role === 'mentee'
        ? `${pair.mentor_first_name} ${pair.mentor_last_name}`
        : user.role === 'mentor'
          ? `${pair.mentee_first_name} ${pair.mentee_last_name}`
          : `${pair.mentee_first_name} ${pair.mentee_last_name} - ${pair.mentor_first_name} ${pair.mentor_last_name}`;
    const start = new Date(m.starts_at);
    return {
      uid: `meeting-${m.id}@mentor2work`,
      start,
      end: new Date(start.getTime() + m.duration_minutes * 60_000),
      title: meetingTitle(user.locale, m.kind, other),
      description: m.topic,
      location: m.place ?? m.video_url,
      url: m.video_url,
      status: 'confirmed',
    };
  });
};
