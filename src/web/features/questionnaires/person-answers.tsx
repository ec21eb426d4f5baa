import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { type CallResult, callApi } from '../../api/call-api';
import { currentLocale } from '../../i18n';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';

type PersonAnswer = CallResult<'GET /api/people/:id/questionnaire-answers'>['items'][number];
const pageSize = 10;

/** An answer as words: the option's text, the scale point with its label, the number or text typed. */
function answerText(
  item: PersonAnswer['items'][number],
  value: PersonAnswer['answers'][string] | undefined,
  locale: PersonAnswer['locale'],
) {
  if (value === undefined) return '—';
  if (item.kind === 'single_choice' || item.kind === 'multiple_choice') {
    const chosen = Array.isArray(value) ? value : [String(value)];
    return chosen.map((v) => item.options.find((o) => o.value === v)?.text[locale] ?? v).join(', ');
  }
  if (item.kind === 'likert' && typeof value === 'number') {
    const label = item.labels?.[value - item.min]?.[locale];
    return label ? `${value} (${label})` : `${value} / ${item.max}`;
  }
  return String(value);
}

/** A person's questionnaire answers for staff, behind a button: every read is logged. */
export function PersonAnswers({ personId }: { personId: string }) {
  const { t, i18n } = useTranslation();
  const locale = currentLocale(i18n);
  const [shown, setShown] = useState(false);
  const [page, setPage] = useState(1);
  const answers = useQuery({
    queryKey: ['questionnaires', 'person', personId, page],
    queryFn: () =>
      callApi('GET /api/people/:id/questionnaire-answers', {
        params: { id: personId },
        query: { page, pageSize },
      }),
    enabled: shown,
  });
  return (
    <section className="card" aria-labelledby="person-answers-title">
      <h2 className="section-title" id="person-answers-title">
        {t('questionnaires.person.title')}
      </h2>
      {!shown ? (
        <>
          <p>{t('questionnaires.person.explain')}</p>
          <button type="button" className="button button--secondary" onClick={() => setShown(true)}>
            {t('questionnaires.person.show')}
          </button>
        </>
      ) : answers.isPending ? (
        <Loading label={t('common.loading')} />
      ) : answers.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(answers.error, t, i18n).message}</StatusMessage>
      ) : answers.data.items.length === 0 ? (
        <p className="muted">{t('questionnaires.person.none')}</p>
      ) : (
        <div data-testid="person-answers">
          {answers.data.items.map((a) => (
            <details key={a.id} className="review">
              <summary>
                {a.title[locale] ?? a.title.en ?? a.instrumentCode} ·{' '}
                {t(`questionnaires.moments.${a.moment}`)} ·{' '}
                {new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'Europe/Brussels' }).format(
                  new Date(a.submittedAt),
                )}
              </summary>
              <p className="muted">
                {t('questionnaires.person.by', {
                  name: a.respondentName,
                  role: t(`roles.${a.respondentRole}`),
                  language: t(`questionnaires.languageNames.${a.locale}`),
                  version: a.version,
                })}
              </p>
              <dl className="facts">
                {a.items.map((item) => (
                  <div key={item.id} className="facts__item">
                    <dt lang={a.locale}>{item.text[a.locale] ?? item.id}</dt>
                    <dd lang={a.locale}>{answerText(item, a.answers[item.id], a.locale)}</dd>
                  </div>
                ))}
              </dl>
            </details>
          ))}
          {answers.data.total > pageSize ? (
            <nav className="form__actions" aria-label={t('questionnaires.person.pages')}>
              <button
                type="button"
                className="button button--quiet"
                disabled={page === 1}
                onClick={() => setPage(page - 1)}
              >
                {t('questionnaires.person.previous')}
              </button>
              <button
                type="button"
                className="button button--quiet"
                disabled={page * pageSize >= answers.data.total}
                onClick={() => setPage(page + 1)}
              >
                {t('questionnaires.person.next')}
              </button>
            </nav>
          ) : null}
        </div>
      )}
    </section>
  );
}
