import type { PersonDetail } from '../../api/types';
import { useTranslation } from '../../translator';
import { languageNames } from '../locale/language-switch';
import { useFormatters } from '../locale/use-formatters';
import { ApplicationAnswers } from './application-answers';

/** Contact details and the application's answers. */
export function PersonContact({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const facts = [
    { key: 'email', label: t('fields.email'), value: person.email },
    { key: 'phone', label: t('apply.fields.phone'), value: person.phone ?? '—' },
    { key: 'postcode', label: t('apply.fields.postcode'), value: person.postcode ?? '—' },
    {
      key: 'dateOfBirth',
      label: t('apply.fields.dateOfBirth'),
      value: person.dateOfBirth ? format.date(person.dateOfBirth) : '—',
    },
    { key: 'locale', label: t('fields.language'), value: languageNames[person.locale] },
    { key: 'applied', label: t('caseload.applied'), value: format.date(person.appliedAt) },
    { key: 'waiting', label: t('caseload.waitingDays'), value: format.number(person.waitingDays) },
    {
      key: 'account',
      label: t('person.hasAccount'),
      value: person.hasAccount ? t('common.yes') : t('common.no'),
    },
  ];
  return (
    <section className="card" aria-labelledby="person-contact-title">
      <h2 className="section-title" id="person-contact-title">
        {t('person.contactTitle')}
      </h2>
      <dl className="facts facts--inline">
        {facts.map((fact) => (
          <div className="facts__item" key={fact.key}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      {person.linkedApplications > 0 ? (
        <p className="notice">{t('person.linkedApplications', { number: person.linkedApplications })}</p>
      ) : null}
      <h3 className="review__title">{t('person.answersTitle')}</h3>
      <ApplicationAnswers answers={person.application} />
    </section>
  );
}
