import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, withQuery } from '../../api/client';
import type {
  AttachmentPage,
  CareerMentees,
  CvComment,
  CvCommentPage,
  CvContent,
  CvEditorContent,
  CvOverview,
  CvVersion,
  CvVersionPage,
  DiscriminationReport,
  JobApplication,
  JobApplicationInput,
  JobApplicationPage,
  MenteeTips,
  ReportInput,
  ReportPage,
  SectorTip,
  SectorTipInput,
  SectorTipPage,
} from './career-types';

const mentee = (id: string) => `/api/mentees/${encodeURIComponent(id)}`;

/** Whose CV the signed-in participant works on (themself, or their running mentees). */
export function useCareerMentees(enabled = true) {
  return useQuery({
    queryKey: ['career-mentees'],
    queryFn: () => api.get<CareerMentees>('/api/me/career-mentees'),
    select: (data) => data.items,
    enabled,
  });
}

export function useCvOverview(menteeId: string) {
  return useQuery({
    queryKey: ['cv', menteeId],
    queryFn: () => api.get<CvOverview>(`${mentee(menteeId)}/cv`),
  });
}

export function useCvVersion(menteeId: string, number: number | null) {
  return useQuery({
    queryKey: ['cv', menteeId, 'version', number],
    queryFn: () => api.get<CvVersion>(`${mentee(menteeId)}/cv/versions/${number}`),
    enabled: number !== null,
  });
}

export function useCvVersions(menteeId: string, page: number) {
  return useQuery({
    queryKey: ['cv', menteeId, 'versions', page],
    queryFn: () =>
      api.get<CvVersionPage>(withQuery(`${mentee(menteeId)}/cv/versions`, { page, pageSize: 10 })),
    placeholderData: keepPreviousData,
  });
}

/** The latest 100 comments: enough to show beside the text; older ones page in the list. */
export function useCvComments(menteeId: string) {
  return useQuery({
    queryKey: ['cv', menteeId, 'comments'],
    queryFn: () => api.get<CvCommentPage>(withQuery(`${mentee(menteeId)}/cv/comments`, { pageSize: 100 })),
  });
}

export function useCvAttachments(menteeId: string) {
  return useQuery({
    queryKey: ['cv', menteeId, 'attachments'],
    queryFn: () => api.get<AttachmentPage>(withQuery(`${mentee(menteeId)}/cv/attachments`, { pageSize: 20 })),
  });
}

function useInvalidateCv(menteeId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['cv', menteeId] });
}

export function useSaveCv(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    // The server names what is missing (a diploma's year left empty in the pre-filled version).
    mutationFn: (input: { basedOn: number | null; content: CvContent | CvEditorContent }) =>
      api.post<CvVersion>(`${mentee(menteeId)}/cv/versions`, input),
    onSuccess: invalidate,
  });
}

export function useAddComment(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    mutationFn: (input: { number: number; section: string; itemIndex?: number; body: string }) => {
      const { number, ...body } = input;
      return api.post<CvComment>(`${mentee(menteeId)}/cv/versions/${number}/comments`, body);
    },
    onSuccess: invalidate,
  });
}

export function useMarkComment(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    mutationFn: (input: { id: string; done: boolean }) =>
      api.post<CvComment>(`/api/cv-comments/${encodeURIComponent(input.id)}/done`, { done: input.done }),
    onSuccess: invalidate,
  });
}

export function useUploadAttachment(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    mutationFn: (input: { number: number; fileName: string; contentType: string; data: string }) => {
      const { number, ...body } = input;
      return api.post(`${mentee(menteeId)}/cv/versions/${number}/attachments`, body);
    },
    onSuccess: invalidate,
  });
}

export function useMenteeTips(menteeId: string) {
  return useQuery({
    queryKey: ['sector-tips', 'mentee', menteeId],
    queryFn: () => api.get<MenteeTips>(withQuery(`${mentee(menteeId)}/sector-tips`, { pageSize: 20 })),
  });
}

export function useSectorTips(section: string, page: number) {
  return useQuery({
    queryKey: ['sector-tips', section, page],
    queryFn: () => api.get<SectorTipPage>(withQuery('/api/sector-tips', { section, page, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
}

export function useSaveTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: SectorTipInput }) =>
      id
        ? api.put<SectorTip>(`/api/sector-tips/${encodeURIComponent(id)}`, input)
        : api.post<SectorTip>('/api/sector-tips', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sector-tips'] }),
  });
}

export function useDeleteTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/sector-tips/${encodeURIComponent(id)}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sector-tips'] }),
  });
}

export function useJobApplications(menteeId: string, page: number) {
  return useQuery({
    queryKey: ['job-applications', menteeId, page],
    queryFn: () =>
      api.get<JobApplicationPage>(withQuery(`${mentee(menteeId)}/job-applications`, { page, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
}

export function useJobApplication(id: string | null) {
  return useQuery({
    queryKey: ['job-application', id],
    queryFn: () => api.get<JobApplication>(`/api/job-applications/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

function useInvalidateApplications() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: ['job-applications'] }),
      client.invalidateQueries({ queryKey: ['job-application'] }),
    ]);
}

export function useCreateJobApplication(menteeId: string) {
  const invalidate = useInvalidateApplications();
  return useMutation({
    mutationFn: (input: JobApplicationInput) =>
      api.post<JobApplication>(`${mentee(menteeId)}/job-applications`, input),
    onSuccess: invalidate,
  });
}

export function useChangeStage() {
  const invalidate = useInvalidateApplications();
  return useMutation({
    mutationFn: ({ id, stage }: { id: string; stage: string }) =>
      api.post<JobApplication>(`/api/job-applications/${encodeURIComponent(id)}/stage`, { stage }),
    onSuccess: invalidate,
  });
}

export function useAddFeedback() {
  const invalidate = useInvalidateApplications();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) =>
      api.post<JobApplication>(`/api/job-applications/${encodeURIComponent(id)}/feedback`, { body }),
    onSuccess: invalidate,
  });
}

export function useReportDiscrimination() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportInput) =>
      api.post<DiscriminationReport>('/api/me/discrimination-reports', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function useOpenReports(page: number) {
  return useQuery({
    queryKey: ['reports', 'open', page],
    queryFn: () => api.get<ReportPage>(withQuery('/api/discrimination-reports', { page, pageSize: 20 })),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string | null) {
  return useQuery({
    queryKey: ['reports', 'one', id],
    queryFn: () =>
      api.get<DiscriminationReport>(`/api/discrimination-reports/${encodeURIComponent(id ?? '')}`),
    enabled: id !== null,
  });
}

export function useHandleReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      api.post<DiscriminationReport>(`/api/discrimination-reports/${encodeURIComponent(id)}/handle`, {
        note,
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
