import { meetingCalendarEvents } from '../partnerships/meeting-calendar-events.js';
import { trainingCalendarEvents } from '../training/training-calendar-events.js';
import type { CalendarSource } from './calendar-event.js';

/**
 * Every source of events in a person's calendar feed. A feature adds its own source here (one line);
 * calendar-feed.ts gathers them all.
 */
export const calendarSources: readonly CalendarSource[] = [trainingCalendarEvents, meetingCalendarEvents];
