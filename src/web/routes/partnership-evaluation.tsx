import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { ApiRequestError } from '../api/client';
import { formErrorsFrom } from '../features/forms/form-errors';
import { EvaluationForm } from '../features/partnerships/evaluation-form';
import { useEvaluationForm } from '../features/partnerships/partnership-queries';
import { usePartnershipFormat } from '../features/partnerships/use-partnership-format';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { useTranslation } from '../translator';

/** /partnerships/:id/evaluation (mentee, mentor): the end-of-cycle questionnaire, then thanks. */
export function PartnershipEvaluationRoute() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const form = useEvaluationForm(id);
  const format = usePartnershipFormat();
  const back = (
    <Link className="button button--quiet" to={`/partnerships/${id}`}>
      {t('partnerships.evaluation.back')}
    </Link>
  );
  let body: ReactNode;
  if (form.isPending) body = <Loading label={t('common.loading')} />;
  else if (form.isError) {
    const error = form.error;
    const notOpen = error instanceof ApiRequestError && error.code === 'evaluation.not_open';
    body = (
      <StatusMessage tone={notOpen ? 'info' : 'error'}>
        {formErrorsFrom(error, t, i18n).message}
      </StatusMessage>
    );
  } else if (!form.data.open)
    // Said before anything is typed: the form itself only shows once the coach planned the evaluation.
    body = (
      <StatusMessage tone="info" testId="evaluation-not-open">
        {t('errors.evaluation.not_open')}
      </StatusMessage>
    );
  else if (form.data.submittedAt)
    body = (
      <div className="card" data-testid="evaluation-thanks">
        <StatusMessage tone="success" title={t('partnerships.evaluation.thanksTitle')}>
          <p>{t('partnerships.evaluation.thanks', { when: format.day(form.data.submittedAt) })}</p>
        </StatusMessage>
        <p>
          <Link className="button button--primary" to="/">
            {t('partnerships.backHome')}
          </Link>
        </p>
      </div>
    );
  else
    body = (
      <div className="card">
        <EvaluationForm partnershipId={id} form={form.data} />
      </div>
    );
  return (
    <Page title={t('partnerships.evaluation.title')} lead={t('partnerships.evaluation.lead')} actions={back}>
      {body}
    </Page>
  );
}
