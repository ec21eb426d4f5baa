import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { naceSections } from '../../../contracts/career-vocabulary';
import { type CallInput, callApi } from '../../api/call-api';
import type { CvContent, CvEditorContent } from './career-types';

type Body<K extends Parameters<typeof callApi>[0]> = NonNullable<CallInput<K>['body']>;

/** Whose CV the signed-in participant works on (themself, or their running mentees). */
export function useCareerMentees(enabled = true) {
  return useQuery({
    queryKey: ['career-mentees'],
    queryFn: () => callApi('GET /api/me/career-mentees'),
    select: (data) => data.items,
    enabled,
  });
}

export function useCvOverview(menteeId: string) {
  return useQuery({
    queryKey: ['cv', menteeId],
    queryFn: () => callApi('GET /api/mentees/:id/cv', { params: { id: menteeId } }),
  });
}

export function useCvVersion(menteeId: string, number: number | null) {
  return useQuery({
    queryKey: ['cv', menteeId, 'version', number],
    queryFn: () =>
      callApi('GET /api/mentees/:id/cv/versions/:number', { params: { id: menteeId, number: number ?? 0 } }),
    enabled: number !== null,
  });
}

export function useCvVersions(menteeId: string, page: number) {
  return useQuery({
    queryKey: ['cv', menteeId, 'versions', page],
    queryFn: () =>
      callApi('GET /api/mentees/:id/cv/versions', {
        params: { id: menteeId },
        query: { page, pageSize: 10 },
      }),
    placeholderData: keepPreviousData,
  });
}

/** The latest 100 comments: enough to show beside the text; older ones page in the list. */
export function useCvComments(menteeId: string) {
  return useQuery({
    queryKey: ['cv', menteeId, 'comments'],
    queryFn: () =>
      callApi('GET /api/mentees/:id/cv/comments', { params: { id: menteeId }, query: { pageSize: 100 } }),
  });
}

export function useCvAttachments(menteeId: string) {
  return useQuery({
    queryKey: ['cv', menteeId, 'attachments'],
    queryFn: () =>
      callApi('GET /api/mentees/:id/cv/attachments', { params: { id: menteeId }, query: { pageSize: 20 } }),
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
    // The pre-filled first version may leave a diploma's year empty: sent as it is, refused by field.
    mutationFn: (input: { basedOn: number | null; content: CvContent | CvEditorContent }) =>
      callApi('POST /api/mentees/:id/cv/versions', {
        params: { id: menteeId },
        body: input as Body<'POST /api/mentees/:id/cv/versions'>,
      }),
    onSuccess: invalidate,
  });
}

export function useAddComment(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    mutationFn: (input: { number: number } & Body<'POST /api/mentees/:id/cv/versions/:number/comments'>) => {
      const { number, ...body } = input;
      return callApi('POST /api/mentees/:id/cv/versions/:number/comments', {
        params: { id: menteeId, number },
        body,
      });
    },
    onSuccess: invalidate,
  });
}

export function useMarkComment(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    mutationFn: (input: { id: string; done: boolean }) =>
      callApi('POST /api/cv-comments/:id/done', { params: { id: input.id }, body: { done: input.done } }),
    onSuccess: invalidate,
  });
}

export function useUploadAttachment(menteeId: string) {
  const invalidate = useInvalidateCv(menteeId);
  return useMutation({
    mutationFn: (
      input: { number: number } & Body<'POST /api/mentees/:id/cv/versions/:number/attachments'>,
    ) => {
      const { number, ...body } = input;
      return callApi('POST /api/mentees/:id/cv/versions/:number/attachments', {
        params: { id: menteeId, number },
        body,
      });
    },
    onSuccess: invalidate,
  });
}

export function useMenteeTips(menteeId: string) {
  return useQuery({
    queryKey: ['sector-tips', 'mentee', menteeId],
    queryFn: () =>
      callApi('GET /api/mentees/:id/sector-tips', { params: { id: menteeId }, query: { pageSize: 20 } }),
  });
}

export function useSectorTips(section: string, page: number) {
  return useQuery({
    queryKey: ['sector-tips', section, page],
    // The section comes from the address bar; the server refuses one it does not know.
    queryFn: () =>
      callApi('GET /api/sector-tips', {
        query: { section: section as (typeof naceSections)[number], page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: Body<'POST /api/sector-tips'> }) =>
      id
        ? callApi('PUT /api/sector-tips/:id', { params: { id }, body: input })
        : callApi('POST /api/sector-tips', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sector-tips'] }),
  });
}

export function useDeleteTip() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => callApi('DELETE /api/sector-tips/:id', { params: { id }, body: {} }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['sector-tips'] }),
  });
}

export function useJobApplications(menteeId: string, page: number) {
  return useQuery({
    queryKey: ['job-applications', menteeId, page],
    queryFn: () =>
      callApi('GET /api/mentees/:id/job-applications', {
        params: { id: menteeId },
        query: { page, pageSize: 20 },
      }),
    placeholderData: keepPreviousData,
  });
}

export function useJobApplication(id: string | null) {
  return useQuery({
    queryKey: ['job-application', id],
    queryFn: () => callApi('GET /api/job-applications/:id', { params: { id: id ?? '' } }),
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
    mutationFn: (input: Body<'POST /api/mentees/:id/job-applications'>) =>
      callApi('POST /api/mentees/:id/job-applications', { params: { id: menteeId }, body: input }),
    onSuccess: invalidate,
  });
}

export function useChangeStage() {
  const invalidate = useInvalidateApplications();
  return useMutation({
    mutationFn: ({ id, stage }: { id: string } & Body<'POST /api/job-applications/:id/stage'>) =>
      callApi('POST /api/job-applications/:id/stage', { params: { id }, body: { stage } }),
    onSuccess: invalidate,
  });
}

export function useAddFeedback() {
  const invalidate = useInvalidateApplications();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: string }) =>
      callApi('POST /api/job-applications/:id/feedback', { params: { id }, body: { body } }),
    onSuccess: invalidate,
  });
}

export function useReportDiscrimination() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: Body<'POST /api/me/discrimination-reports'>) =>
      callApi('POST /api/me/discrimination-reports', { body: input }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}

export function useOpenReports(page: number) {
  return useQuery({
    queryKey: ['reports', 'open', page],
    queryFn: () => callApi('GET /api/discrimination-reports', { query: { page, pageSize: 20 } }),
    placeholderData: keepPreviousData,
  });
}

export function useReport(id: string | null) {
  return useQuery({
    queryKey: ['reports', 'one', id],
    queryFn: () => callApi('GET /api/discrimination-reports/:id', { params: { id: id ?? '' } }),
    enabled: id !== null,
  });
}

export function useHandleReport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, note }: { id: string; note: string }) =>
      callApi('POST /api/discrimination-reports/:id/handle', { params: { id }, body: { note } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports'] }),
  });
}
