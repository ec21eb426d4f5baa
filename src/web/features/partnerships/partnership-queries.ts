import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type {
  ClosingInput,
  CompleteInput,
  ContactInput,
  EndEarlyInput,
  EvaluationAnswers,
  EvaluationForm,
  Evaluations,
  ExtendInput,
  FollowUp,
  HealthScreen,
  LogMeetingInput,
  Meeting,
  MeetingPage,
  ParticipantHome,
  Partnership,
  PlanMeetingInput,
  RecordMeetingInput,
  RespondInput,
  StepResult,
  TodoPage,
} from '../../api/types';

const partnershipPath = (id: string) => `/api/partnerships/${encodeURIComponent(id)}`;
const meetingPath = (id: string) => `/api/meetings/${encodeURIComponent(id)}`;

/** Meetings per page on the partnership page. */
export const meetingPageSize = 10;

/** Every cached read of the mentoring cycle starts with one of these keys. */
const cycleKeys = [['partnership'], ['meetings'], ['follow-up'], ['home'], ['health-screen'], ['todo']];

function useInvalidateCycle() {
  const queryClient = useQueryClient();
  return () => Promise.all(cycleKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

/** A mentee's or mentor's own page: their partnership(s), what is due, their coach. */
export function useParticipantHome(enabled: boolean) {
  return useQuery({
    queryKey: ['home'],
    queryFn: () => api.get<ParticipantHome>('/api/me/home'),
    enabled,
  });
}

export function usePartnership(id: string) {
  return useQuery({
    queryKey: ['partnership', id],
    queryFn: () => api.get<Partnership>(partnershipPath(id)),
  });
}

export function useMeetings(partnershipId: string, page: number) {
  return useQuery({
    queryKey: ['meetings', partnershipId, page],
    queryFn: () =>
      api.get<MeetingPage>(
        withQuery(`${partnershipPath(partnershipId)}/meetings`, { page, pageSize: meetingPageSize }),
      ),
  });
}

/** The lifecycle steps: introduced, answer, extend, closing, complete, end-early. */
export type StepName = 'introduced' | 'answer' | 'extend' | 'closing' | 'complete' | 'end-early';
export type StepBody = {
  introduced: Record<string, never>;
  answer: RespondInput;
  extend: ExtendInput;
  closing: ClosingInput;
  complete: CompleteInput;
  'end-early': EndEarlyInput;
};

export function usePartnershipStep<S extends StepName>(partnershipId: string, step: S) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (body: StepBody[S]) =>
      api.post<StepResult>(`${partnershipPath(partnershipId)}/${step}`, body),
    onSuccess: invalidate,
  });
}

export function usePlanMeeting(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: PlanMeetingInput) =>
      api.post<Meeting>(`${partnershipPath(partnershipId)}/meetings`, input),
    onSuccess: invalidate,
  });
}

/** Record a meeting that already took place, in one step. */
export function useRecordMeeting(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: RecordMeetingInput) =>
      api.post<Meeting>(`${partnershipPath(partnershipId)}/meetings/recorded`, input),
    onSuccess: invalidate,
  });
}

export function useLogMeeting(meetingId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: LogMeetingInput) => api.post<Meeting>(`${meetingPath(meetingId)}/log`, input),
    onSuccess: invalidate,
  });
}

export function useCancelMeeting(meetingId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: () => api.post<Meeting>(`${meetingPath(meetingId)}/cancel`, {}),
    onSuccess: invalidate,
  });
}

/** Staff: the coach's contacts with each side, what is due, and the pair's help requests. */
export function useFollowUp(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['follow-up', partnershipId],
    queryFn: () => api.get<FollowUp>(`${partnershipPath(partnershipId)}/follow-up`),
    enabled,
  });
}

export function useAddContact(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: ContactInput) =>
      api.post<{ id: string }>(`${partnershipPath(partnershipId)}/contacts`, input),
    onSuccess: invalidate,
  });
}

export function useAskForHelp(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (message: string) =>
      api.post<{ id: string }>(`${partnershipPath(partnershipId)}/help-requests`, { message }),
    onSuccess: invalidate,
  });
}

export function useHandleHelpRequest() {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      api.post<{ id: string }>(`/api/help-requests/${encodeURIComponent(id)}/handled`, note ? { note } : {}),
    onSuccess: invalidate,
  });
}

export interface HealthFilters {
  page: number;
  state?: string | undefined;
  associationId?: string | undefined;
  coachId?: string | undefined;
}

/** Staff: running partnerships, off track first, with counts per state. */
export function useHealthScreen(filters: HealthFilters, pageSize: number) {
  return useQuery({
    queryKey: ['health-screen', filters],
    queryFn: () => api.get<HealthScreen>(withQuery('/api/partnerships/health', { ...filters, pageSize })),
  });
}

export function useCoachTodo(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['todo', page],
    queryFn: () => api.get<TodoPage>(withQuery('/api/coach/todo', { page, pageSize })),
  });
}

/** A participant's end-of-cycle questionnaire for their side. */
export function useEvaluationForm(partnershipId: string) {
  return useQuery({
    queryKey: ['partnership', partnershipId, 'evaluation-form'],
    queryFn: () => api.get<EvaluationForm>(`${partnershipPath(partnershipId)}/evaluation`),
    retry: false,
  });
}

export function useSubmitEvaluation(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (answers: EvaluationAnswers) =>
      api.post<{ submittedAt: string }>(`${partnershipPath(partnershipId)}/evaluation`, { answers }),
    onSuccess: invalidate,
  });
}

/** Staff: both sides' submitted evaluations. */
export function useEvaluations(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['partnership', partnershipId, 'evaluations'],
    queryFn: () => api.get<Evaluations>(`${partnershipPath(partnershipId)}/evaluations`),
    enabled,
  });
}
