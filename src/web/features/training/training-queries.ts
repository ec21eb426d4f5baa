import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';
import { api, withQuery } from '../../api/client';
import type {
  TrainingModule,
  TrainingModuleInput,
  TrainingModuleList,
  TrainingPath,
  TrainingRegistration,
  TrainingRegistrationList,
  TrainingSession,
  TrainingSessionDetail,
  TrainingSessionInput,
  TrainingSessionPage,
} from '../../api/types';

const sessionPath = (id: string) => `/api/training/sessions/${encodeURIComponent(id)}`;
const registrationPath = (id: string) => `/api/training/registrations/${encodeURIComponent(id)}`;

/** The catalogue; `audience` gives that side's modules plus the shared ones. */
export function useTrainingModules(audience: 'mentee' | 'mentor' | undefined) {
  return useQuery({
    queryKey: ['training-modules', audience ?? 'all'],
    queryFn: () => api.get<TrainingModuleList>(withQuery('/api/training/modules', { audience })),
    select: (data) => data.items,
  });
}

/** The dated sessions of one module (up to 100, earliest first). */
export function useModuleSessions(moduleId: string) {
  return useQuery({
    queryKey: ['training-sessions', moduleId],
    queryFn: () =>
      api.get<TrainingSessionPage>(withQuery('/api/training/sessions', { moduleId, page: 1, pageSize: 100 })),
    select: (data) => data.items,
  });
}

/** One session with its module, places left, the waiting list and my own registration. */
export function useTrainingSession(id: string) {
  return useQuery({
    queryKey: ['training-sessions', 'one', id],
    queryFn: () => api.get<TrainingSessionDetail>(sessionPath(id)),
  });
}

/** The signed-in mentee's or mentor's path, with the next session per module. */
export function useMyTrainingPath() {
  return useQuery({
    queryKey: ['training-path', 'mine'],
    queryFn: () => api.get<TrainingPath>('/api/me/training'),
    select: (data) => data.items,
  });
}

/** A mentee's or mentor's path as their coach sees it. */
export function usePersonTrainingPath(personId: string) {
  return useQuery({
    queryKey: ['training-path', 'person', personId],
    queryFn: () => api.get<TrainingPath>(`/api/people/${encodeURIComponent(personId)}/training`),
    select: (data) => data.items,
  });
}

/** The coach assigns a module to the person, or takes the assignment back. */
export function useAssignModule(personId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ moduleId, assign }: { moduleId: string; assign: boolean }) => {
      const path = `/api/people/${encodeURIComponent(personId)}/training/assignments`;
      return assign ? api.post(path, { moduleId }) : api.delete(`${path}/${encodeURIComponent(moduleId)}`);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['training-path', 'person', personId] }),
  });
}

/** Who registered for a session and who waits (coach: their association's people). */
export function useSessionRegistrations(sessionId: string) {
  return useQuery({
    queryKey: ['training-registrations', sessionId],
    queryFn: () => api.get<TrainingRegistrationList>(`${sessionPath(sessionId)}/registrations`),
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
    mutationFn: (input: TrainingModuleInput) => api.post<TrainingModule>('/api/training/modules', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['training-modules'] }),
  });
}

export function useCreateSession(moduleId: string) {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (input: TrainingSessionInput) =>
      api.post<TrainingSession>(`/api/training/modules/${encodeURIComponent(moduleId)}/sessions`, input),
    onSuccess: invalidate,
  });
}

/** Registers the signed-in participant (no person) or, for staff, the person chosen. */
export function useRegister(sessionId: string) {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (personId?: string) =>
      api.post<TrainingRegistration>(`${sessionPath(sessionId)}/registrations`, personId ? { personId } : {}),
    onSuccess: invalidate,
  });
}

export function useCancelRegistration() {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: (registrationId: string) =>
      api.post<TrainingRegistration>(`${registrationPath(registrationId)}/cancel`, {}),
    onSuccess: invalidate,
  });
}

export function useRecordAttendance() {
  const invalidate = useInvalidateTraining();
  return useMutation({
    mutationFn: ({ registrationId, attended }: { registrationId: string; attended: boolean }) =>
      api.post<TrainingRegistration>(`${registrationPath(registrationId)}/attendance`, { attended }),
    onSuccess: invalidate,
  });
}
