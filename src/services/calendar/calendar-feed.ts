import ical, { ICalEventStatus } from 'ical-generator';
import type { Deps } from '../context.js';
import type { CalendarEvent, CalendarSource, CalendarUser } from './calendar-event.js';
import { calendarSources } from './calendar-sources.js';

const feedNames = { nl: 'Mentor2Work', fr: 'Mentor2Work', en: 'Mentor2Work' } as const;

/** Writes events as an iCalendar document: times in UTC, one UID per event. */
export function renderCalendar(user: CalendarUser, events: readonly CalendarEvent[]): string {
  const calendar = ical({
    name: feedNames[user.locale],
    prodId: { company: 'Mentor2Work', product: 'feed' },
  });
  for (const event of [...events].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    calendar.createEvent({
      id: event.uid,
      start: event.start,
      end: event.end,
      summary: event.title,
      description: event.description ?? null,
      location: event.location ?? null,
      url: event.url ?? null,
      status: event.status === 'tentative' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

/** The feed of one user: the events of every source (calendar-sources.ts), as iCalendar text. */
export async function buildCalendarFeed(
  deps: Deps,
  user: CalendarUser,
  sources: readonly CalendarSource[] = calendarSources,
): Promise<string> {
  const events = (await Promise.all(sources.map((source) => source(deps, user)))).flat();
  return renderCalendar(user, events);
}
