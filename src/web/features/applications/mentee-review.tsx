import { useTranslation } from '../../translator';
import { useCountryName } from '../languages/country-options';
import { useLanguageName } from '../languages/language-options';
import { useFormatters } from '../locale/use-formatters';
import { HoneypotField } from './honeypot-field';
import type { MenteeDraft } from './mentee-draft';
import { ReviewSection } from './review-section';
import type { StepProps } from './step-props';

interface MenteeReviewProps extends StepProps<MenteeDraft> {
  titles: string[];
  goTo: (step: number) => void;
}

/** The last step: every answer once more, each block with a way back to change it. */
export function MenteeReview({ draft, update, titles, goTo }: MenteeReviewProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const countryName = useCountryName();
  const title = (step: number) => titles[step] ?? '';
  return (
    <>
      <p className="section-lead">{t('apply.reviewLead')}</p>
      <ReviewSection
        title={title(0)}
        onChange={() => goTo(0)}
        items={[
          { label: t('apply.fields.name'), value: `${draft.firstName} ${draft.lastName}` },
          { label: t('apply.fields.email'), value: draft.email },
          { label: t('apply.fields.phone'), value: draft.phone },
          {
            label: t('apply.fields.dateOfBirth'),
            value: draft.dateOfBirth ? format.date(draft.dateOfBirth) : '',
          },
        ]}
      />
      <ReviewSection
        title={title(1)}
        onChange={() => goTo(1)}
        items={[
          { label: t('apply.fields.postcode'), value: draft.postcodeLabel ?? draft.postcode ?? '' },
          {
            label: t('apply.fields.languages'),
            value: draft.languages
              .map((l) => `${languageName(l.code)} (${t(`levels.${l.level}`)})`)
              .join(', '),
          },
        ]}
      />
      <ReviewSection
        title={title(2)}
        onChange={() => goTo(2)}
        items={[
          { label: t('apply.fields.yearsOfExperience'), value: draft.yearsOfExperience },
          ...draft.experience.map((job, index) => ({
            label: t('apply.rows.experience', { number: index + 1 }),
            value: `${job.title || job.occupationLabel || ''}, ${countryName(job.country)}, ${t('apply.yearsCount', { years: job.years })}`,
          })),
        ]}
      />
      <ReviewSection
        title={title(3)}
        onChange={() => goTo(3)}
        items={
          draft.education.length === 0
            ? [{ label: t('apply.rows.educationNone'), value: t('common.no') }]
            : draft.education.map((school, index) => ({
                label: t('apply.rows.education', { number: index + 1 }),
                value: [
                  school.level ? t(`educationLevels.${school.level}`) : '',
                  school.field,
                  countryName(school.country),
                  school.recognisedInBelgium === 'yes' ? t('apply.recognised') : t('apply.notRecognised'),
                ]
                  .filter(Boolean)
                  .join(', '),
              }))
        }
      />
      <ReviewSection
        title={title(4)}
        onChange={() => goTo(4)}
        items={[
          { label: t('apply.fields.targetSectorCode'), value: draft.targetSectorLabel ?? '' },
          { label: t('apply.fields.targetOccupationCode'), value: draft.targetOccupationLabel ?? '' },
        ]}
      />
      <ReviewSection
        title={title(5)}
        onChange={() => goTo(5)}
        items={[
          {
            label: t('apply.fields.migrantBackground'),
            value: draft.migrantBackground ? t(`apply.background.${draft.migrantBackground}`) : '',
          },
          {
            label: t('apply.fields.consents_migrantBackground'),
            value: draft.storeBackground ? t('common.yes') : t('common.no'),
          },
        ]}
      />
      <ReviewSection
        title={title(6)}
        onChange={() => goTo(6)}
        items={[
          {
            label: t('apply.fields.heardFrom'),
            value: draft.heardFrom ? t(`heardFrom.${draft.heardFrom}`) : '',
          },
        ]}
      />
      <HoneypotField value={draft.website} onChange={(website) => update({ website })} />
    </>
  );
}
