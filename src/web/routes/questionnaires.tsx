import { Link, Route, Routes, useParams, useSearchParams } from 'react-router';
import { questionnaireMoments } from '../../contracts/questionnaire-vocabulary';
import { RequireRole } from '../features/auth/guards';
import { formErrorsFrom } from '../features/forms/form-errors';
import { QuestionnaireForm } from '../features/questionnaires/questionnaire-form';
import {
  type DueQuestionnaire,
  useDueQuestionnaires,
  useQuestionnaireForm,
} from '../features/questionnaires/questionnaire-queries';
import { Page } from '../features/shell/page';
import { Loading, StatusMessage } from '../features/shell/status-message';
import { currentLocale } from '../i18n';
import { useTranslation } from '../translator';
import { QuestionnaireInstrumentsRoute } from './questionnaire-instruments';

function formLink(d: DueQuestionnaire): string {
  const query = new URLSearchParams({ moment: d.moment });
  if (d.partnershipId) query.set('partnershipId', d.partnershipId);
  return `/questionnaires/${encodeURIComponent(d.versionId)}?${query.toString()}`;
}

/** /questionnaires (mentee, mentor, coach): the questionnaires due for me today. */
export function QuestionnairesRoute() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const due = useDueQuestionnaires();
  return (
    <Page title={t('questionnaires.title')} lead={t('questionnaires.lead')}>
      {due.isPending ? (
        <Loading label={t('common.loading')} />
      ) : due.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(due.error, t, i18n).message}</StatusMessage>
      ) : due.data.items.length === 0 ? (
        <p className="empty-state card">{t('questionnaires.noneDue')}</p>
      ) : (
        <ul className="card list" data-testid="due-questionnaires">
          {due.data.items.map((d) => (
            <li key={`${d.versionId}-${d.moment}-${d.partnershipId ?? ''}`}>
              <Link to={formLink(d)}>{d.title[locale] ?? d.title.en ?? d.instrumentCode}</Link>{' '}
              <span className="muted">{t(`questionnaires.moments.${d.moment}`)}</span>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** /questionnaires/:versionId?moment=...: answering one due questionnaire, then thanks. */
export function AnswerQuestionnaireRoute() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const { versionId = '' } = useParams();
  const [search] = useSearchParams();
  const moment = questionnaireMoments.find((m) => m === search.get('moment')) ?? 'baseline';
  const partnershipId = search.get('partnershipId') ?? undefined;
  const form = useQuestionnaireForm(versionId, partnershipId ? { moment, partnershipId } : { moment });
  const [params, setParams] = useSearchParams();
  const done = params.get('done') === '1';
  const back = (
    <Link className="button button--quiet" to="/questionnaires">
      {t('questionnaires.back')}
    </Link>
  );
  const title = form.data
    ? (form.data.title[locale] ?? form.data.title.en ?? t('questionnaires.title'))
    : t('questionnaires.title');
  return (
    <Page title={title} lead={t(`questionnaires.moments.${moment}`)} actions={back}>
      {done ? (
        <div className="card" data-testid="questionnaire-thanks">
          <StatusMessage tone="success" title={t('questionnaires.thanksTitle')}>
            <p>{t('questionnaires.thanks')}</p>
          </StatusMessage>
        </div>
      ) : form.isPending ? (
        <Loading label={t('common.loading')} />
      ) : form.isError ? (
        <StatusMessage tone="info">{formErrorsFrom(form.error, t, i18n).message}</StatusMessage>
      ) : (
        <div className="card">
          {form.data.locale !== locale ? (
            <p className="field__hint" data-testid="questionnaire-language-note">
              {t('questionnaires.otherLanguage', {
                language: t(`questionnaires.languageNames.${form.data.locale}`),
              })}
            </p>
          ) : null}
          <QuestionnaireForm
            form={form.data}
            onDone={() => {
              const next = new URLSearchParams(params);
              next.set('done', '1');
              setParams(next);
            }}
          />
        </div>
      )}
    </Page>
  );
}

/**
 * /questionnaires/* : the due list, the admin's instruments (/questionnaires/instruments) and one
 * questionnaire (/questionnaires/:versionId), in one chunk so the first load stays small.
 */
export function QuestionnaireRoutes() {
  return (
    <Routes>
      <Route index element={<QuestionnairesRoute />} />
      <Route
        path="instruments"
        element={
          <RequireRole roles={['admin']}>
            <QuestionnaireInstrumentsRoute />
          </RequireRole>
        }
      />
      <Route path=":versionId" element={<AnswerQuestionnaireRoute />} />
    </Routes>
  );
}
