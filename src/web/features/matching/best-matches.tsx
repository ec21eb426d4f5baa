import { useId } from 'react';
import { Link } from 'react-router';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { Loading, StatusMessage } from '../shell/status-message';
import { ScoreMeter } from './criteria-list';
import { useSuggestions } from './matching-queries';
import { matchableStatuses } from './matching-vocabulary';
import { topCriteria, useMatchText } from './use-match-text';

/** On a person's page: the ten best mentors for a ready mentee, or mentees for an available mentor. */
export function BestMatches({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const text = useMatchText();
  const idBase = useId();
  const matchable = matchableStatuses[person.kind]?.includes(person.status) ?? false;
  const suggestions = useSuggestions(person.id, matchable);
  if (!matchable) return null;
  const excluded = suggestions.data ? text.constraints(suggestions.data.excluded) : [];
  return (
    <section className="card" aria-labelledby="suggestions-title" data-testid="suggestions">
      <h2 className="section-title" id="suggestions-title">
        {t('matching.suggestions.title')}
      </h2>
      <p className="section-lead">
        {t(person.kind === 'mentee' ? 'matching.suggestions.leadMentee' : 'matching.suggestions.leadMentor')}
      </p>
      {suggestions.isPending ? (
        <Loading label={t('common.loading')} />
      ) : suggestions.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(suggestions.error, t, i18n).message}</StatusMessage>
      ) : (
        <>
          {suggestions.data.suggestions.length === 0 ? (
            <p className="empty-state">{t('matching.suggestions.none')}</p>
          ) : (
            <ol className="suggestions">
              {suggestions.data.suggestions.map((suggestion, index) => {
                const nameId = `${idBase}-${index}`;
                return (
                  <li className="suggestion" key={suggestion.person.id} data-testid="suggestion">
                    <div className="suggestion__header">
                      {suggestion.person.shared ? (
                        // A mentor a sister association shares: no person page, say whose mentor it is.
                        <span className="suggestion__name" id={nameId}>
                          {suggestion.person.name}{' '}
                          <span className="muted">
                            {t('matching.pair.sharedFrom', {
                              association: suggestion.person.associationName ?? '',
                            })}
                          </span>
                        </span>
                      ) : (
                        <Link
                          className="suggestion__name"
                          id={nameId}
                          to={`/people/${encodeURIComponent(suggestion.person.id)}`}
                        >
                          {suggestion.person.name}
                        </Link>
                      )}
                      <span className="suggestion__score">{text.percent(suggestion.score)}</span>
                    </div>
                    <ScoreMeter value={suggestion.score} labelledBy={nameId} />
                    <ul className="suggestion__reasons">
                      {topCriteria(suggestion.criteria, 3).map((criterion) => (
                        <li key={criterion.criterion}>
                          <span className="suggestion__criterion">
                            {t(`matching.criteria.${criterion.criterion}`)}:
                          </span>{' '}
                          {text.reason(criterion)}
                        </li>
                      ))}
                    </ul>
                  </li>
                );
              })}
            </ol>
          )}
          {excluded.length > 0 ? (
            <p className="muted">{t('matching.ruledOut', { list: excluded.join('; ') })}</p>
          ) : null}
        </>
      )}
    </section>
  );
}
