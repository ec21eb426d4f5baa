import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallInput, callApi } from '../../api/call-api';

/** The catalogue; `audience` gives that side's modules plus the shared ones. */
export function useTrainingModules(audience: 'mentee' | 'mentor' | undefined) {
  return useQuery({
    queryKey: ['training-modules', audience ?? 'all'],
    queryFn: () => callApi('GET /api/training/modules', { query: { audience } }),
    select: (data) => data.items,
  });
}

/** The dated sessions of one module (up to 100, earliest first). */
export function useModuleSessions(moduleId: string) {
  return useQuery({
    queryKey: ['training-sessions', moduleId],
    queryFn: () => callApi('GET /api/training/sessions', { query: { moduleId, page: 1, pageSize: 100 } }),
    select: (data) => data.items,
  });
}

/** One session with its module, places left, the waiting list and my own registration. */
export function useTrainingSession(id: string) {
  return useQuery({
    queryKey: ['training-sessions', 'one', id],
    queryFn: () => callApi('GET /api/training/sessions/:id', { params: { id } }),
  });
}

/** The signed-in mentee's or mentor's path, with the next session per module. */
export function useMyTrainingPath() {
  return useQuery({
    queryKey: ['training-path', 'mine'],
    queryFn: () => callApi('GET /api/me/training'),
    select: (data) => data.items,
  });
}

/** A mentee's or mentor's path as their coach sees it. */
export function usePersonTrainingPath(personId: string) {
  return useQuery({
    queryKey: ['training-path', 'person', personId],
    queryFn: () => callApi('GET /api/people/:id/training', { params: { id: personId } }),
    select: (data) => data.items,
  });
}

/** The coach assigns a module to the person, or takes the assignment back. */
export function useAssignModule(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, assign }: { moduleId: string; assign: boolean }) =>
      assign
        ? callApi('POST /api/people/:id/training/assignments', {
            params: { id: personId },
            body: { moduleId },
          })
        : callApi('DELETE /api/people/:id/training/assignments/:moduleId', {
            params: { id: personId, moduleId },
          }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['training-path', 'person', personId] }),
  });
}

/** Who registered for a session and who waits (coach: their association's people). */
export function useSessionRegistrations(sessionId: string) {
  return useQuery({
    queryKey: ['training-registrations', sessionId],
    queryFn: () => callApi('GET /api/training/sessions/:id/registrations', { params: { id: sessionId } }),
    select: (data) => data.items,
  });
}

/** The mentees or mentors a coach may register (first 100 of the caseload). */
export function useRegistrablePeople(kind: 'mentee' | 'mentor' | undefined) {
  return useQuery({
    queryKey: ['caseload', 'training-people', kind ?? 'all'],
    queryFn: () => callApi('GET /api/caseload', { query: { kind, page: 1, pageSize: 100 } }),
    select: (data) => data.items,
  });
}

function useInvalidateTraining() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['training-sessions'] }),
      queryClient.invalidateQueries({ queryKey: ['training-registrations'] }),
      queryClient.invalidateQueries({ queryKey: ['training-path'] }),
    ]);
}

export function useCreateModule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/training/modules'>['body']) =>
      callApi('POST /api/training/modules', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training-modules'] }),
  });
}

export function useCreateSession(moduleId: string) {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/training/modules/:id/sessions'>['body']) =>
      callApi('POST /api/training/modules/:id/sessions', { params: { id: moduleId }, body: input }),
    onSuccess: invalidate,
  });
}

/** Registers the signed-in participant (no person) or, for staff, the person chosen. */
export function useRegister(sessionId: string) {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (personId?: string) =>
      callApi('POST /api/training/sessions/:id/registrations', {
        params: { id: sessionId },
        body: personId ? { personId } : {},
      }),
    onSuccess: invalidate,
  });
}

export function useCancelRegistration() {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (registrationId: string) =>
      callApi('POST /api/training/registrations/:id/cancel', { params: { id: registrationId }, body: {} }),
    onSuccess: invalidate,
  });
}

export function useRecordAttendance() {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: ({ registrationId, attended }: { registrationId: string; attended: boolean }) =>
      callApi('POST /api/training/registrations/:id/attendance', {
        params: { id: registrationId },
        body: { attended },
      }),
    onSuccess: invalidate,
  });
}
