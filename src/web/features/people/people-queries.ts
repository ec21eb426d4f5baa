import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallInput, type CallResult, callApi } from '../../api/call-api';

export const personKey = (id: string) => ['person', id] as const;

/** One person as the coach sees them. */
export function usePerson(id: string) {
  return useQuery({
    queryKey: personKey(id),
    queryFn: () => callApi('GET /api/people/:id', { params: { id } }),
  });
}

/** Migrant background and countries; each read is written to the audit log, so only on request. */
export function useSensitiveData(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['person-sensitive', id],
    queryFn: () => callApi('GET /api/people/:id/sensitive', { params: { id } }),
    enabled,
    staleTime: 0,
    gcTime: 0,
  });
}

export type IntakeInput = CallInput<'POST /api/people/:id/intake'>['body'];

type PersonAction =
  | { kind: 'claim' }
  | { kind: 'intake'; body: IntakeInput }
  | { kind: 'assessment'; body: CallInput<'PUT /api/people/:id/assessment'>['body'] }
  | { kind: 'heldIntake'; body: CallInput<'POST /api/people/:id/intake/held'>['body'] }
  | { kind: 'decision'; body: CallInput<'POST /api/people/:id/decision'>['body'] };

function runAction(id: string, action: PersonAction): Promise<CallResult<'GET /api/people/:id'>> {
  const params = { id };
  switch (action.kind) {
    case 'claim':
      return callApi('POST /api/people/:id/claim', { params, body: {} });
    case 'intake':
      return callApi('POST /api/people/:id/intake', { params, body: action.body });
    case 'assessment':
      return callApi('PUT /api/people/:id/assessment', { params, body: action.body });
    case 'heldIntake':
      return callApi('POST /api/people/:id/intake/held', { params, body: action.body });
    case 'decision':
      return callApi('POST /api/people/:id/decision', { params, body: action.body });
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
