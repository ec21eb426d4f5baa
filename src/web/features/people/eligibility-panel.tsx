import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';

/** Whether the mentee meets the programme's rules, each failed rule in words. */
export function EligibilityPanel({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  if (person.kind !== 'mentee') return null;
  const failed = person.eligibilityFailed;
  return (
    <section className="card" aria-labelledby="person-eligibility-title">
      <h2 className="section-title" id="person-eligibility-title">
        {t('person.eligibilityTitle')}
      </h2>
      {failed.length === 0 ? (
        <p className="notice notice--success">{t('person.eligibleAll')}</p>
      ) : (
        <div className="notice notice--warning">
          <p>{t('person.eligibleFailed')}</p>
          <ul>
            {failed.map((rule) => (
              <li key={rule}>{t(`eligibility.coach.${rule}`)}</li>
            ))}
          </ul>
          <p>{t('person.overrideHint')}</p>
        </div>
      )}
    </section>
  );
}
