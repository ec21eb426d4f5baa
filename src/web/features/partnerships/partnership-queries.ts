import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallInput, callApi } from '../../api/call-api';
import type { EvaluationAnswers } from '../../api/types';

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
    queryFn: () => callApi('GET /api/me/home'),
    enabled,
  });
}

export function usePartnership(id: string) {
  return useQuery({
    queryKey: ['partnership', id],
    queryFn: () => callApi('GET /api/partnerships/:id', { params: { id } }),
  });
}

export function useMeetings(partnershipId: string, page: number) {
  return useQuery({
    queryKey: ['meetings', partnershipId, page],
    queryFn: () =>
      callApi('GET /api/partnerships/:id/meetings', {
        params: { id: partnershipId },
        query: { page, pageSize: meetingPageSize },
      }),
  });
}

/** The lifecycle steps: introduced, answer, extend, closing, complete, end-early. */
export type StepName = 'introduced' | 'answer' | 'extend' | 'closing' | 'complete' | 'end-early';
/** What each step sends, from the endpoint's declaration. */
export type StepBody = {
  [S in StepName]: NonNullable<CallInput<`POST /api/partnerships/:id/${S}`>['body']>;
};

export function usePartnershipStep<S extends StepName>(partnershipId: string, step: S) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (body: StepBody[S]) =>
      callApi(`POST /api/partnerships/:id/${step as StepName}`, {
        params: { id: partnershipId },
        body: body as never,
      }),
    onSuccess: invalidate,
  });
}

export function usePlanMeeting(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/partnerships/:id/meetings'>['body']) =>
      callApi('POST /api/partnerships/:id/meetings', { params: { id: partnershipId }, body: input }),
    onSuccess: invalidate,
  });
}

/** Record a meeting that already took place, in one step. */
export function useRecordMeeting(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/partnerships/:id/meetings/recorded'>['body']) =>
      callApi('POST /api/partnerships/:id/meetings/recorded', { params: { id: partnershipId }, body: input }),
    onSuccess: invalidate,
  });
}

export function useLogMeeting(meetingId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/meetings/:id/log'>['body']) =>
      callApi('POST /api/meetings/:id/log', { params: { id: meetingId }, body: input }),
    onSuccess: invalidate,
  });
}

export function useCancelMeeting(meetingId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: () => callApi('POST /api/meetings/:id/cancel', { params: { id: meetingId }, body: {} }),
    onSuccess: invalidate,
  });
}

/** Staff: the coach's contacts with each side, what is due, and the pair's help requests. */
export function useFollowUp(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['follow-up', partnershipId],
    queryFn: () => callApi('GET /api/partnerships/:id/follow-up', { params: { id: partnershipId } }),
    enabled,
  });
}

export function useAddContact(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/partnerships/:id/contacts'>['body']) =>
      callApi('POST /api/partnerships/:id/contacts', { params: { id: partnershipId }, body: input }),
    onSuccess: invalidate,
  });
}

export function useAskForHelp(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (message: string) =>
      callApi('POST /api/partnerships/:id/help-requests', {
        params: { id: partnershipId },
        body: { message },
      }),
    onSuccess: invalidate,
  });
}

export function useHandleHelpRequest() {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note?: string }) =>
      callApi('POST /api/help-requests/:id/handled', { params: { id }, body: note ? { note } : {} }),
    onSuccess: invalidate,
  });
}

export interface HealthFilters {
  page: number;
  state?: NonNullable<CallInput<'GET /api/partnerships/health'>['query']>['state'];
  associationId?: string | undefined;
  coachId?: string | undefined;
}

/** Staff: running partnerships, off track first, with counts per state. */
export function useHealthScreen(filters: HealthFilters, pageSize: number) {
  return useQuery({
    queryKey: ['health-screen', filters],
    queryFn: () => callApi('GET /api/partnerships/health', { query: { ...filters, pageSize } }),
  });
}

export function useCoachTodo(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['todo', page],
    queryFn: () => callApi('GET /api/coach/todo', { query: { page, pageSize } }),
  });
}

/** A participant's end-of-cycle questionnaire for their side. */
export function useEvaluationForm(partnershipId: string) {
  return useQuery({
    queryKey: ['partnership', partnershipId, 'evaluation-form'],
    queryFn: () => callApi('GET /api/partnerships/:id/evaluation', { params: { id: partnershipId } }),
    retry: false,
  });
}

export function useSubmitEvaluation(partnershipId: string) {
  const invalidate = useInvalidateCycle();
  return useMutation({
    mutationFn: (answers: EvaluationAnswers) =>
      callApi('POST /api/partnerships/:id/evaluation', { params: { id: partnershipId }, body: { answers } }),
    onSuccess: invalidate,
  });
}

/** Staff: both sides' submitted evaluations. */
export function useEvaluations(partnershipId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['partnership', partnershipId, 'evaluations'],
    queryFn: () => callApi('GET /api/partnerships/:id/evaluations', { params: { id: partnershipId } }),
    enabled,
  });
}
