import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type {
  AssessmentInput,
  DecisionInput,
  HeldIntakeInput,
  PersonDetail,
  SensitiveData,
} from '../../api/types';

const personPath = (id: string) => `/api/people/${encodeURIComponent(id)}`;
export const personKey = (id: string) => ['person', id] as const;

/** One person as the coach sees them. */
export function usePerson(id: string) {
  return useQuery({ queryKey: personKey(id), queryFn: () => api.get<PersonDetail>(personPath(id)) });
}

/** Migrant background and countries; each read is written to the audit log, so only on request. */
export function useSensitiveData(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['person-sensitive', id],
    queryFn: () => api.get<SensitiveData>(`${personPath(id)}/sensitive`),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export interface IntakeInput {
  startsAt: string;
  durationMinutes: number;
  place?: string;
  videoUrl?: string;
  note?: string;
}

type PersonAction =
  | { kind: 'claim' }
  | { kind: 'intake'; body: IntakeInput }
  | { kind: 'assessment'; body: AssessmentInput }
  | { kind: 'heldIntake'; body: HeldIntakeInput }
  | { kind: 'decision'; body: DecisionInput };

function runAction(id: string, action: PersonAction): Promise<PersonDetail> {
  switch (action.kind) {
    case 'claim':
      return api.post<PersonDetail>(`${personPath(id)}/claim`, {});
    case 'intake':
      return api.post<PersonDetail>(`${personPath(id)}/intake`, action.body);
    case 'assessment':
      return api.put<PersonDetail>(`${personPath(id)}/assessment`, action.body);
    case 'heldIntake':
      return api.post<PersonDetail>(`${personPath(id)}/intake/held`, action.body);
    case 'decision':
      return api.post<PersonDetail>(`${personPath(id)}/decision`, action.body);
  }
}

/** Claim, plan the intake, save the assessment, decide: each answers with the updated person. */
export function usePersonAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (action: PersonAction) => runAction(id, action),
    onSuccess: (person) => {
      queryClient.setQueryData(personKey(id), person);
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}
