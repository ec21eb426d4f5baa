import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  IncompleteFactsPage,
  ParticipantFactsRequest,
  ParticipantFactsResponse,
} from '../../../contracts/participant-facts';
import { api } from '../../api/client';

const factsPath = (id: string) => `/api/people/${encodeURIComponent(id)}/participant-facts`;
const factsKey = (id: string) => ['participant-facts', id] as const;

/** A mentee's ESF+ record; each read is written to the audit log. */
export function useParticipantFacts(id: string) {
  return useQuery({
    queryKey: factsKey(id),
    queryFn: () => api.get<ParticipantFactsResponse>(factsPath(id)),
  });
}

export function useSaveParticipantFacts(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ParticipantFactsRequest) => api.put<ParticipantFactsResponse>(factsPath(id), body),
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
    queryFn: () =>
      api.get<IncompleteFactsPage>(`/api/participant-facts/incomplete?page=${page}&pageSize=${pageSize}`),
  });
}
