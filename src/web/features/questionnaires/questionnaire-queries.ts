import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type CallInput, type CallResult, callApi } from '../../api/call-api';

/** The questionnaires due for me, a form, and sending my answers. */
export type DueQuestionnaire = CallResult<'GET /api/me/questionnaires'>['items'][number];
export type QuestionnaireForm = CallResult<'GET /api/me/questionnaires/:id'>;
export type QuestionnaireItem = QuestionnaireForm['items'][number];
export type Answers = CallInput<'POST /api/me/questionnaires/:id/answers'>['body']['answers'];

export function useDueQuestionnaires() {
  return useQuery({
    queryKey: ['questionnaires', 'due'],
    queryFn: () => callApi('GET /api/me/questionnaires'),
  });
}

export function useQuestionnaireForm(
  versionId: string,
  query: CallInput<'GET /api/me/questionnaires/:id'>['query'],
) {
  return useQuery({
    queryKey: ['questionnaires', 'form', versionId, query],
    queryFn: () => callApi('GET /api/me/questionnaires/:id', { params: { id: versionId }, query }),
    retry: false,
  });
}

export function useSubmitAnswers(versionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CallInput<'POST /api/me/questionnaires/:id/answers'>['body']) =>
      callApi('POST /api/me/questionnaires/:id/answers', { params: { id: versionId }, body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['questionnaires', 'due'] }),
  });
}
