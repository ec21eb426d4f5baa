/**
 * A person's own training path: every module of their side with where they stand. Needs noted at the
 * intake recommend modules; the coach can assign a module; modules required before matching are
 * always on the path.
 */
export type PathState =
  | 'done'
  | 'registered'
  | 'waitlisted'
  | 'required'
  | 'assigned'
  | 'recommended'
  | 'available';

/** Which catalogue module answers which training need of the intake (by module code). */
export const moduleForNeed: Record<string, string> = {
  sector_orientation: 'sector-orientation',
  job_applications: 'job-applications',
  cv_and_talents: 'talents-cv',
  coaching_skills: 'coaching-skills',
  networking: 'mentor-network',
  diversity_training: 'diversity',
};

export interface PathModule {
  id: string;
  code: string;
  audience: string;
  required: boolean;
}

export function trainingPath(
  kind: 'mentee' | 'mentor',
  modules: readonly PathModule[],
  needs: readonly string[],
  registrations: ReadonlyMap<string, 'attended' | 'registered' | 'waitlisted'>,
  assigned: ReadonlySet<string> = new Set(),
): Array<{ moduleId: string; state: PathState }> {
  const recommended = new Set(needs.map((need) => moduleForNeed[need]).filter(Boolean));
  const order: Record<PathState, number> = {
    required: 0,
    assigned: 1,
    recommended: 2,
    registered: 3,
    waitlisted: 4,
    done: 5,
    available: 6,
  };
  return modules
    .filter((m) => m.audience === kind || m.audience === 'both')
    .map((m) => {
      const registration = registrations.get(m.id);
      const state: PathState =
        registration === 'attended'
          ? 'done'
          : registration === 'registered'
            ? 'registered'
            : registration === 'waitlisted'
              ? 'waitlisted'
              : m.required
                ? 'required'
                : assigned.has(m.id)
                  ? 'assigned'
                  : recommended.has(m.code)
                    ? 'recommended'
                    : 'available';
      return { moduleId: m.id, state };
    })
    .sort((a, b) => order[a.state] - order[b.state]);
}
