import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ParticipantFactsRequest } from '../../../contracts/participant-facts';
import { callApi } from '../../api/call-api';

const factsKey = (id: string) => ['participant-facts', id] as const;

/** A mentee's ESF+ record; each read is written to the audit log. */
export function useParticipantFacts(id: string) {
  return useQuery({
    queryKey: factsKey(id),
    queryFn: () => callApi('GET /api/people/:id/participant-facts', { params: { id } }),
  });
}

export function useSaveParticipantFacts(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParticipantFactsRequest) =>
      callApi('PUT /api/people/:id/participant-facts', { params: { id }, body }),
    onSuccess: (saved) => {
      queryClient.setQueryData(factsKey(id), saved);
      void queryClient.invalidateQueries({ queryKey: ['participant-facts-incomplete'] });
    },
  });
}

/** The caseload's participants whose record is incomplete, one page at a time. */
export function useIncompleteFacts(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['participant-facts-incomplete', page, pageSize],
    queryFn: () => callApi('GET /api/participant-facts/incomplete', { query: { page, pageSize } }),
  });
}
