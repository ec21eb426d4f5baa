import type { Locale, Role } from '../../contracts/common.js';
import type { Deps } from '../context.js';

/** One event of a personal calendar feed, already worded in the user's language. */
export interface CalendarEvent {
  /** Stable per event across feed refreshes, e.g. `training-session-<id>@mentor2work`. */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description?: string | null;
  /** A place, or the video link when there is no place. */
  location?: string | null;
  url?: string | null;
  /** Tentative for a place on a waiting list. */
  status: 'confirmed' | 'tentative';
}

/** Whose feed is being built. */
export interface CalendarUser {
  id: string;
  role: Role;
  locale: Locale;
}

/** A source of calendar events (training sessions, partnership meetings ...), listed in calendar-sources.ts. */
export type CalendarSource = (deps: Deps, user: CalendarUser) => Promise<CalendarEvent[]>;
