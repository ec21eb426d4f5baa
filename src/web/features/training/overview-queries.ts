import { useQuery } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type { MissingTrainingPage, TrainingOverview } from '../../api/types';

/** Per module and period: sessions, registrations, attendance, waiting (staff). */
export function useTrainingOverview(from: string, to: string, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['training-overview', from, to, page, pageSize],
    queryFn: () =>
      api.get<TrainingOverview>(withQuery('/api/training/overview', { from, to, page, pageSize })),
  });
}

/** Who still lacks a required module (staff; a coach sees their own association). */
export function useMissingTraining(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['training-overview', 'missing', page, pageSize],
    queryFn: () =>
      api.get<MissingTrainingPage>(withQuery('/api/training/overview/missing', { page, pageSize })),
  });
}
