import { useQuery } from '@tanstack/react-query';
import { callApi } from '../../api/call-api';

/** Per module and period: sessions, registrations, attendance, waiting (staff). */
export function useTrainingOverview(from: string, to: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['training-overview', from, to, page, pageSize],
    queryFn: () => callApi('GET /api/training/overview', { query: { from, to, page, pageSize } }),
  });
}

/** Who still lacks a required module (staff; a coach sees their own association). */
export function useMissingTraining(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['training-overview', 'missing', page, pageSize],
    queryFn: () => callApi('GET /api/training/overview/missing', { query: { page, pageSize } }),
  });
}
