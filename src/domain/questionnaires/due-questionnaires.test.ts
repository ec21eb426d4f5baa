import { describe, expect, it } from 'vitest';
import {
  addMonthsToDay,
  type DueInput,
  dueQuestionnaires,
  type ScheduleEntry,
} from './due-questionnaires.js';

const schedule: ScheduleEntry[] = [
  { moment: 'baseline', role: 'mentee', instrumentId: 'gses', versionId: 'gses-1' },
  { moment: 'pulse_month_3', role: 'mentee', instrumentId: 'pulse', versionId: 'pulse-1' },
  { moment: 'end_of_cycle', role: 'mentee', instrumentId: 'eoc', versionId: 'eoc-1' },
  { moment: 'end_of_cycle', role: 'coach', instrumentId: 'eoc-coach', versionId: 'eoc-coach-1' },
  { moment: 'follow_up_3', role: 'mentee', instrumentId: 'fu', versionId: 'fu-1' },
  { moment: 'follow_up_6', role: 'mentee', instrumentId: 'fu', versionId: 'fu-1' },
  { moment: 'follow_up_12', role: 'mentee', instrumentId: 'fu', versionId: 'fu-1' },
];

function mentee(overrides: Partial<DueInput> = {}): DueInput {
  return {
    role: 'mentee',
    intakeDoneAt: '2026-01-12T10:00:00.000Z',
    partnerships: [],
    schedule,
    answered: [],
    ...overrides,
  };
}

const at = (iso: string) => new Date(iso);

describe('addMonthsToDay', () => {
  it('keeps the day of the month, clamped to the month end', () => {
    expect(addMonthsToDay('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonthsToDay('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonthsToDay('2028-01-31', 1)).toBe('2028-02-29');
  });
});

describe('dueQuestionnaires', () => {
  it('asks the baseline from the Brussels day of the intake until it is answered', () => {
    expect(dueQuestionnaires(mentee(), at('2026-01-11T12:00:00Z'))).toEqual([]);
    expect(dueQuestionnaires(mentee(), at('2026-01-12T12:00:00Z'))).toEqual([
      {
        moment: 'baseline',
        instrumentId: 'gses',
        versionId: 'gses-1',
        partnershipId: null,
        from: '2026-01-12',
        until: null,
      },
    ]);
    const answered = mentee({
      answered: [{ instrumentId: 'gses', moment: 'baseline', partnershipId: null }],
    });
    expect(dueQuestionnaires(answered, at('2026-03-01T12:00:00Z'))).toEqual([]);
  });

  it('counts the intake day in Brussels: 23:30 UTC on 31 March is 1 April', () => {
    const late = mentee({ intakeDoneAt: '2026-03-31T23:30:00.000Z' });
    expect(dueQuestionnaires(late, at('2026-03-31T21:00:00Z'))).toEqual([]);
    expect(dueQuestionnaires(late, at('2026-03-31T22:30:00Z'))[0]?.from).toBe('2026-04-01');
  });

  it('asks the pulse during the third month of an active partnership only', () => {
    const p = {
      id: 'p1',
      status: 'active' as const,
      startedAt: '2026-02-10T09:00:00Z',
      closingAt: null,
      endedAt: null,
    };
    const input = mentee({
      partnerships: [p],
      answered: [{ instrumentId: 'gses', moment: 'baseline', partnershipId: null }],
    });
    expect(dueQuestionnaires(input, at('2026-04-09T12:00:00Z'))).toEqual([]);
    expect(dueQuestionnaires(input, at('2026-04-10T12:00:00Z'))).toEqual([
      {
        moment: 'pulse_month_3',
        instrumentId: 'pulse',
        versionId: 'pulse-1',
        partnershipId: 'p1',
        from: '2026-04-10',
        until: '2026-05-10',
      },
    ]);
    expect(dueQuestionnaires(input, at('2026-05-10T12:00:00Z'))).toEqual([]);
  });

  it('opens the end of cycle when the coach plans the end, for the coach too', () => {
    const p = {
      id: 'p1',
      status: 'closing' as const,
      startedAt: '2026-01-05T09:00:00Z',
      closingAt: '2026-07-01T09:00:00Z',
      endedAt: null,
    };
    const coach: DueInput = { role: 'coach', intakeDoneAt: null, partnerships: [p], schedule, answered: [] };
    expect(dueQuestionnaires(coach, at('2026-06-30T12:00:00Z'))).toEqual([]);
    expect(dueQuestionnaires(coach, at('2026-07-02T12:00:00Z'))).toEqual([
      {
        moment: 'end_of_cycle',
        instrumentId: 'eoc-coach',
        versionId: 'eoc-coach-1',
        partnershipId: 'p1',
        from: '2026-07-01',
        until: null,
      },
    ]);
  });

  it('does not ask the end of cycle of a partnership ended early', () => {
    const p = {
      id: 'p1',
      status: 'ended_early' as const,
      startedAt: '2026-01-05T09:00:00Z',
      closingAt: null,
      endedAt: '2026-03-01T09:00:00Z',
    };
    const input = mentee({
      partnerships: [p],
      answered: [{ instrumentId: 'gses', moment: 'baseline', partnershipId: null }],
    });
    expect(dueQuestionnaires(input, at('2026-03-02T12:00:00Z'))).toEqual([]);
  });

  it('asks the follow-ups at 3, 6 and 12 months after the end, each until the next', () => {
    const p = {
      id: 'p1',
      status: 'completed' as const,
      startedAt: '2026-01-05T09:00:00Z',
      closingAt: '2026-07-01T09:00:00Z',
      endedAt: '2026-07-15T09:00:00Z',
    };
    const input = mentee({
      partnerships: [p],
      answered: [
        { instrumentId: 'gses', moment: 'baseline', partnershipId: null },
        { instrumentId: 'eoc', moment: 'end_of_cycle', partnershipId: 'p1' },
      ],
    });
    const moments = (iso: string) =>
      dueQuestionnaires(input, at(iso)).map((d) => `${d.moment} ${d.from}..${d.until}`);
    expect(moments('2026-10-14T12:00:00Z')).toEqual([]);
    expect(moments('2026-10-15T12:00:00Z')).toEqual(['follow_up_3 2026-10-15..2027-01-15']);
    expect(moments('2027-01-15T12:00:00Z')).toEqual(['follow_up_6 2027-01-15..2027-07-15']);
    expect(moments('2027-07-15T12:00:00Z')).toEqual(['follow_up_12 2027-07-15..2027-10-15']);
    expect(moments('2027-10-15T12:00:00Z')).toEqual([]);
  });

  it('counts an answer of any version for its moment and partnership only', () => {
    const p = {
      id: 'p1',
      status: 'completed' as const,
      startedAt: '2026-01-05T09:00:00Z',
      closingAt: '2026-07-01T09:00:00Z',
      endedAt: '2026-07-15T09:00:00Z',
    };
    const input = mentee({
      partnerships: [p],
      answered: [
        { instrumentId: 'gses', moment: 'baseline', partnershipId: null },
        { instrumentId: 'eoc', moment: 'end_of_cycle', partnershipId: 'p1' },
        { instrumentId: 'fu', moment: 'follow_up_3', partnershipId: 'p1' },
      ],
    });
    expect(dueQuestionnaires(input, at('2026-11-01T12:00:00Z'))).toEqual([]);
    expect(dueQuestionnaires({ ...input, role: 'mentor' }, at('2026-11-01T12:00:00Z'))).toEqual([]);
  });
});
