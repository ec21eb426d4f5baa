import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { useReferenceLabel } from '../reference/reference-queries';

/** What the coach wrote down at the intake, as the person may see it (no coach notes). */
export function OwnAssessment({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
  const assessment = person.assessment;
  const sector = useReferenceLabel('sectors', assessment?.sectorCode ?? null);
  const occupation = useReferenceLabel('occupations', assessment?.occupationCode ?? null);
  return (
    <section className="card" aria-labelledby="own-assessment-title">
      <h2 className="section-title" id="own-assessment-title">
        {t('profile.assessmentTitle')}
      </h2>
      {!assessment ? (
        <p className="muted">{t('profile.noAssessment')}</p>
      ) : (
        <dl className="facts facts--inline">
          <div className="facts__item">
            <dt>{t('assessment.fields.sectorCode')}</dt>
            <dd>{sector ?? assessment.sectorCode}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('assessment.fields.occupationCode')}</dt>
            <dd>{occupation ?? assessment.occupationCode ?? '—'}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('assessment.languages')}</dt>
            <dd>
              {assessment.languages
                .map((l) => `${languageName(l.code)} (${l.understanding}/${l.speaking}/${l.writing})`)
                .join(', ')}
            </dd>
          </div>
          <div className="facts__item">
            <dt>{t('assessment.fields.tags')}</dt>
            <dd>{[...assessment.tags, ...assessment.interests].join(', ') || '—'}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('assessment.fields.trainingNeeds')}</dt>
            <dd>{assessment.trainingNeeds.map((need) => t(`trainingNeeds.${need}`)).join(', ') || '—'}</dd>
          </div>
          <div className="facts__item">
            <dt>{t('assessment.fields.postcode')}</dt>
            <dd>{assessment.postcode}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
