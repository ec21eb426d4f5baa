import { useTranslation } from '../../translator';
import { useLanguageName } from '../languages/language-options';
import { HoneypotField } from './honeypot-field';
import type { MentorDraft } from './mentor-draft';
import { ReviewSection } from './review-section';
import type { StepProps } from './step-props';

interface MentorReviewProps extends StepProps<MentorDraft> {
  titles: string[];
  goTo: (step: number) => void;
}

/** The mentor's answers once more before sending. */
export function MentorReview({ draft, update, titles, goTo }: MentorReviewProps) {
  const { t } = useTranslation();
  const languageName = useLanguageName();
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
          { label: t('apply.fields.postcode'), value: draft.postcodeLabel ?? draft.postcode ?? '' },
        ]}
      />
      <ReviewSection
        title={title(1)}
        onChange={() => goTo(1)}
        items={[
          { label: t('apply.fields.employer'), value: draft.employer },
          { label: t('apply.fields.sectorCode'), value: draft.sectorLabel ?? '' },
          { label: t('apply.fields.occupationCode'), value: draft.occupationLabel ?? '' },
          { label: t('apply.fields.yearsOfExperience'), value: draft.yearsOfExperience },
          { label: t('apply.fields.expertise'), value: draft.expertise.join(', ') },
        ]}
      />
      <ReviewSection
        title={title(2)}
        onChange={() => goTo(2)}
        items={[
          {
            label: t('apply.fields.languages'),
            value: draft.languages
              .map((l) => `${languageName(l.code)} (${t(`levels.${l.level}`)})`)
              .join(', '),
          },
        ]}
      />
      <ReviewSection
        title={title(3)}
        onChange={() => goTo(3)}
        items={[
          { label: t('apply.fields.motivation'), value: draft.motivation },
          { label: t('apply.fields.capacity'), value: draft.capacity },
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
