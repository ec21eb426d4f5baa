import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallInput, callApi } from '../../api/call-api';

export const runKey = (id: string) => ['matching-run', id] as const;

/** Earlier runs, newest first. */
export function useRunList(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['matching-runs', { page, pageSize }],
    queryFn: () => callApi('GET /api/matching/runs', { query: { page, pageSize } }),
  });
}

/** One run with its proposal, unmatched mentees and fairness report. */
export function useRun(id: string) {
  return useQuery({
    queryKey: runKey(id),
    queryFn: () => callApi('GET /api/matching/runs/:id', { params: { id } }),
  });
}

/** Runs the engine on a pool; the answer is the new run, stored so its page opens at once. */
export function useCreateRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/matching/runs'>['body']) =>
      callApi('POST /api/matching/runs', { body: input }),
    onSuccess: (run) => {
      queryClient.setQueryData(runKey(run.id), run);
      void queryClient.invalidateQueries({ queryKey: ['matching-runs'] });
    },
  });
}

/** Blocks a pair for every later run. */
export function useBlockPair() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/matching/blocks'>['body']) =>
      callApi('POST /api/matching/blocks', { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['matching-suggestions'] }),
  });
}

/** Turns the chosen pairs into proposed partnerships; the run is then confirmed. */
export function useConfirmRun(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CallInput<'POST /api/matching/runs/:id/confirm'>['body']) =>
      callApi('POST /api/matching/runs/:id/confirm', { params: { id }, body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: runKey(id) });
      void queryClient.invalidateQueries({ queryKey: ['matching-runs'] });
      void queryClient.invalidateQueries({ queryKey: ['caseload'] });
      void queryClient.invalidateQueries({ queryKey: ['person'] });
      void queryClient.invalidateQueries({ queryKey: ['matching-suggestions'] });
    },
  });
}

/** The best mentors for a mentee, or mentees for a mentor, explained. */
export function useSuggestions(personId: string, enabled: boolean, limit = 10) {
  return useQuery({
    queryKey: ['matching-suggestions', personId, limit],
    queryFn: () => callApi('GET /api/matching/suggestions', { query: { personId, limit } }),
    enabled,
  });
}
