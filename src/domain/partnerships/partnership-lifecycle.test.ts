import { describe, expect, it } from 'vitest';
import { contactsDue } from '../cadence/coach-follow-up.js';
import { checkMeetingLog, checkPlannedMeeting } from './meeting.js';
import {
  complete,
  endEarly,
  extend,
  offersRematch,
  type PartnershipState,
  recordIntroduction,
  respond,
  startClosing,
} from './partnership-lifecycle.js';

const proposed: PartnershipState = {
  status: 'proposed',
  menteeResponse: null,
  mentorResponse: null,
  startedAt: null,
  plannedEndAt: null,
};
const at = new Date('2027-01-04T10:00:00.000Z');

function value<T>(r: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
}
function code(r: { ok: boolean; error?: { code: string } }): string | undefined {
  return r.ok ? undefined : r.error?.code;
}

describe('partnership lifecycle', () => {
  const introduced = value(recordIntroduction(proposed));

  it('becomes active for six months when both sides accept', () => {
    const one = value(respond(introduced, 'mentor', 'accepted', undefined, at));
    expect(one.status).toBe('introduced');
    const both = value(respond(one, 'mentee', 'accepted', undefined, at));
    expect(both).toMatchObject({
      status: 'active',
      startedAt: '2027-01-04T10:00:00.000Z',
      plannedEndAt: '2027-07-04T10:00:00.000Z',
    });
  });

  it('asks for a reason to decline, and a decline ends it', () => {
    expect(code(respond(introduced, 'mentee', 'declined', ' ', at))).toBe('partnership.reason_required');
    expect(value(respond(introduced, 'mentee', 'declined', 'Too far away', at)).status).toBe('declined');
  });

  it('refuses answers before the introduction and a second answer', () => {
    expect(code(respond(proposed, 'mentee', 'accepted', undefined, at))).toBe(
      'partnership.invalid_transition',
    );
    const once = value(respond(introduced, 'mentee', 'accepted', undefined, at));
    expect(code(respond(once, 'mentee', 'accepted', undefined, at))).toBe('partnership.already_answered');
  });

  it('extends to at most eight months and only later than planned', () => {
    const active = value(
      respond(
        value(respond(introduced, 'mentor', 'accepted', undefined, at)),
        'mentee',
        'accepted',
        undefined,
        at,
      ),
    );
    expect(value(extend(active, new Date('2027-09-04T10:00:00.000Z'))).plannedEndAt).toBe(
      '2027-09-04T10:00:00.000Z',
    );
    expect(code(extend(active, new Date('2027-09-05T10:00:00.000Z')))).toBe('partnership.extension_too_long');
    expect(code(extend(active, new Date('2027-06-04T10:00:00.000Z')))).toBe(
      'partnership.extension_not_later',
    );
    const closing = value(startClosing(active));
    expect(code(extend(closing, new Date('2027-08-04T10:00:00.000Z')))).toBe(
      'partnership.invalid_transition',
    );
    expect(value(complete(closing)).status).toBe('completed');
    expect(code(complete(active))).toBe('partnership.invalid_transition');
  });

  it('ends early from any running state, never twice', () => {
    const ended = value(endEarly(introduced, 'no_contact', undefined));
    expect(ended.status).toBe('ended_early');
    expect(code(endEarly(ended, 'no_contact', undefined))).toBe('partnership.invalid_transition');
    expect(code(endEarly(proposed, 'other', ''))).toBe('partnership.reason_required');
    expect(offersRematch('no_contact')).toBe(true);
    expect(offersRematch('found_work')).toBe(false);
  });
});

describe('meetings', () => {
  const now = new Date('2027-02-01T12:00:00.000Z');
  it('refuses a planned meeting in the past or without a place', () => {
    expect(
      code(
        checkPlannedMeeting({ startsAt: '2027-01-31T12:00:00Z', durationMinutes: 60, place: 'Gent' }, now),
      ),
    ).toBe('meeting.starts_in_past');
    expect(code(checkPlannedMeeting({ startsAt: '2027-02-03T12:00:00Z', durationMinutes: 60 }, now))).toBe(
      'meeting.place_required',
    );
    expect(
      checkPlannedMeeting(
        { startsAt: '2027-02-03T12:00:00Z', durationMinutes: 60, videoUrl: 'https://meet.example/x' },
        now,
      ).ok,
    ).toBe(true);
  });

  it('logs only a meeting that has started, with duration and topics when held', () => {
    const future = { status: 'planned' as const, startsAt: '2027-02-03T12:00:00Z' };
    const past = { status: 'planned' as const, startsAt: '2027-01-30T12:00:00Z' };
    expect(code(checkMeetingLog(future, { held: true, durationMinutes: 60, topics: ['cv'] }, now))).toBe(
      'meeting.not_yet_started',
    );
    expect(code(checkMeetingLog(past, { held: true, topics: ['cv'] }, now))).toBe(
      'meeting.duration_required',
    );
    expect(code(checkMeetingLog(past, { held: true, durationMinutes: 60, topics: [] }, now))).toBe(
      'meeting.topics_required',
    );
    expect(value(checkMeetingLog(past, { held: false, topics: [] }, now))).toBe('not_held');
  });
});

describe("the coach's contacts", () => {
  it('asks for two contacts per side in the first month, then one a month', () => {
    const start = '2027-01-04T10:00:00.000Z';
    const first = contactsDue(
      start,
      [{ side: 'mentee', at: '2027-01-10T10:00:00Z' }],
      new Date('2027-01-20T00:00:00Z'),
    );
    expect(first.map((d) => [d.side, d.required, d.done, d.due])).toEqual([
      ['mentee', 2, 1, true],
      ['mentor', 2, 0, true],
    ]);
    const later = contactsDue(
      start,
      [
        { side: 'mentee', at: '2027-02-10T10:00:00Z' },
        { side: 'mentor', at: '2027-01-30T10:00:00Z' },
      ],
      new Date('2027-02-20T00:00:00Z'),
    );
    expect(later.map((d) => [d.side, d.required, d.done, d.due])).toEqual([
      ['mentee', 1, 1, false],
      ['mentor', 1, 0, true],
    ]);
  });
});
