import { useState } from 'react';
import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { formErrorsFrom } from '../forms/form-errors';
import { useCountryName } from '../languages/country-options';
import { Loading, StatusMessage } from '../shell/status-message';
import { ConsentsList } from './consents-list';
import { useSensitiveData } from './people-queries';

/** Consents, and the migrant-background details behind a button, because every read is logged. */
export function SensitiveData({ person }: { person: PersonDetail }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(false);
  const data = useSensitiveData(person.id, shown);
  const countryName = useCountryName();
  return (
    <section className="card" aria-labelledby="sensitive-title">
      <h2 className="section-title" id="sensitive-title">
        {t('person.consentsTitle')}
      </h2>
      <ConsentsList consents={person.consents} />
      <h3 className="review__title">{t('sensitive.title')}</h3>
      {!shown ? (
        <>
          {person.hasSensitiveData ? null : <p className="muted">{t('sensitive.none')}</p>}
          <p>{t('sensitive.explain')}</p>
          <button type="button" className="button button--secondary" onClick={() => setShown(true)}>
            {t('sensitive.show')}
          </button>
        </>
      ) : data.isPending ? (
        <Loading label={t('common.loading')} />
      ) : data.isError ? (
        <StatusMessage tone="error">{formErrorsFrom(data.error, t, i18n).message}</StatusMessage>
      ) : (
        <dl className="facts facts--inline" data-testid="sensitive-data">
          <div className="facts__item">
            <dt>{t('person.answerFields.migrantBackground')}</dt>
            <dd>
              {data.data.migrantBackground
                ? t(`person.backgroundAnswers.${data.data.migrantBackground}`)
                : '—'}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('person.answerFields.countryOfBirth')}</dt>
            <dd>{data.data.countryOfBirth ? countryName(data.data.countryOfBirth) : '—'}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('sensitive.parentsCountries')}</dt>
            <dd>{data.data.parentsCountries.map(countryName).join(', ') || '—'}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
