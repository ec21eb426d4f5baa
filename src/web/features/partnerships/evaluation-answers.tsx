import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';
import { useEvaluations } from './partnership-queries';
import { usePartnershipFormat } from './use-partnership-format';

/**
 * Staff: both sides' end-of-cycle answers. The API sends item ids and answers only, so the question
 * is named from our own labels of the published items (falling back to the id).
 */
export function EvaluationAnswers({ partnershipId }: { partnershipId: string }) {
  const { t, i18n } = useTranslation();
  const format = usePartnershipFormat();
  const evaluations = useEvaluations(partnershipId, true);
  const show = (value: string | number | boolean) =>
    typeof value === 'boolean'
      ? t(value ? 'common.yes' : 'common.no')
      : typeof value === 'number'
        ? t('partnerships.evaluation.scaleValue', { value })
        : t(`partnerships.outcomes.${value}`, { defaultValue: value });
  return (
    <section className="card" aria-labelledby="evaluations-title" data-testid="evaluations">
      <h2 className="section-title" id="evaluations-title">
        {t('partnerships.evaluation.answersTitle')}
      </h2>
      {evaluations.isPending ? (
        <Loading label={t('common.loading')} />
      ) : evaluations.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(evaluations.error, t, i18n).message}</StatusMessage>
      ) : evaluations.data.items.length === 0 ? (
        <p className="empty-state">{t('partnerships.evaluation.noAnswers')}</p>
      ) : (
        <div className="grid-2 grid-2--tight">
          {evaluations.data.items.map((evaluation) => (
            <div key={evaluation.side} className="evaluation-answers">
              <h3 className="subsection-title">
                {t('partnerships.evaluation.answersOf', { role: t(`roles.${evaluation.side}`) })}
              </h3>
              <p className="muted">{format.day(evaluation.submittedAt)}</p>
              <dl className="facts">
                {Object.entries(evaluation.answers).map(([item, value]) => (
                  <div className="facts__item" key={item}>
                    <dt>{t(`partnerships.evaluation.items.${item}`, { defaultValue: item })}</dt>
                    <dd className="pre-line">{show(value)}</dd>
                  </div>
                ))}
              </dl>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
