import { Link } from 'react-router';
import { Page } from '../features/shell/page';
import { useTranslation } from '../translator';

const menteeRules = ['age', 'migrant_background', 'work_experience', 'no_recognised_qualification'] as const;

/** /apply: what the programme is, who it is for, and the two ways in. */
export function ApplyRoute() {
  const { t } = useTranslation();
  return (
    <Page title={t('apply.title')} lead={t('apply.lead')}>
      <section className="card prose" aria-labelledby="apply-mentee-title">
        <h2 className="section-title" id="apply-mentee-title">
          {t('apply.menteeChoiceTitle')}
        </h2>
        <p>{t('apply.menteeChoiceText')}</p>
        <p>{t('apply.rulesIntro')}</p>
        <ul className="plain-list">
          {menteeRules.map((rule) => (
            <li key={rule}>{t(`eligibility.rule.${rule}`)}</li>
          ))}
        </ul>
        <p>{t('apply.rulesUnsure')}</p>
        <p>
          <Link className="button button--primary" to="/apply/mentee">
            {t('apply.startMentee')}
          </Link>
        </p>
      </section>
      <section className="card prose" aria-labelledby="apply-mentor-title">
        <h2 className="section-title" id="apply-mentor-title">
          {t('apply.mentorChoiceTitle')}
        </h2>
        <p>{t('apply.mentorChoiceText')}</p>
        <p>
          <Link className="button button--primary" to="/apply/mentor">
            {t('apply.startMentor')}
          </Link>
        </p>
      </section>
      <p>
        <Link to="/about">{t('about.link')}</Link>
      </p>
    </Page>
  );
}
