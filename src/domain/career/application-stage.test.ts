import { describe, expect, it } from 'vitest';
import { changeStage, type Stage } from './application-stage.js';

const stages: Stage[] = ['applied', 'interview', 'offer', 'hired', 'rejected'];

describe('changeStage', () => {
  it('moves forward from applied, interview and offer', () => {
    expect(changeStage('applied', 'interview', false)).toEqual({
      ok: true,
      stage: 'interview',
      reopened: false,
    });
    expect(changeStage('interview', 'offer', false)).toMatchObject({ ok: true });
    expect(changeStage('offer', 'interview', false)).toMatchObject({ ok: true });
    expect(changeStage('offer', 'hired', false)).toMatchObject({ ok: true, stage: 'hired' });
    expect(changeStage('applied', 'rejected', false)).toMatchObject({ ok: true });
  });

  it('refuses going back to applied and staying put', () => {
    expect(changeStage('interview', 'applied', true)).toEqual({
      ok: false,
      problem: 'job_application.invalid_stage_change',
    });
    for (const stage of stages)
      expect(changeStage(stage, stage, true)).toEqual({ ok: false, problem: 'job_application.same_stage' });
  });

  it('keeps hired and rejected final unless staff reopen to an open stage', () => {
    for (const final of ['hired', 'rejected'] as const) {
      for (const target of stages.filter((s) => s !== final)) {
        expect(changeStage(final, target, false)).toEqual({
          ok: false,
          problem: 'job_application.stage_final',
        });
      }
      expect(changeStage(final, 'interview', true)).toEqual({ ok: true, stage: 'interview', reopened: true });
      expect(changeStage(final, 'applied', true)).toMatchObject({ ok: true, reopened: true });
    }
    expect(changeStage('hired', 'rejected', true)).toEqual({
      ok: false,
      problem: 'job_application.invalid_stage_change',
    });
  });
});
