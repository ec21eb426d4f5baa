/**
 * The stages of a job application and which changes make sense. Hired and rejected are final: only a
 * coach (or an administrator) reopens an application that was closed by mistake.
 */
export type Stage = 'applied' | 'interview' | 'offer' | 'hired' | 'rejected';

const forward: Record<Stage, readonly Stage[]> = {
  applied: ['interview', 'offer', 'hired', 'rejected'],
  interview: ['offer', 'hired', 'rejected'],
  offer: ['interview', 'hired', 'rejected'],
  hired: [],
  rejected: [],
};

export function isFinal(stage: Stage): boolean {
  return stage === 'hired' || stage === 'rejected';
}

export type StageChange =
  | { ok: true; stage: Stage; reopened: boolean }
  | {
      ok: false;
      problem:
        | 'job_application.same_stage'
        | 'job_application.stage_final'
        | 'job_application.invalid_stage_change';
    };

/** Decides a stage change by someone who may (`isStaff`) or may not reopen a closed application. */
export function changeStage(current: Stage, target: Stage, isStaff: boolean): StageChange {
  if (current === target) return { ok: false, problem: 'job_application.same_stage' };
  if (isFinal(current)) {
    if (!isStaff) return { ok: false, problem: 'job_application.stage_final' };
    return isFinal(target)
      ? { ok: false, problem: 'job_application.invalid_stage_change' }
      : { ok: true, stage: target, reopened: true };
  }
  return forward[current].includes(target)
    ? { ok: true, stage: target, reopened: false }
    : { ok: false, problem: 'job_application.invalid_stage_change' };
}
