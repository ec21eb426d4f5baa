import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountryName } from '../languages/country-options';
import { useLanguageName } from '../languages/language-options';
import { useFormatters } from '../locale/use-formatters';

/** Answers shown elsewhere on the page, or never. */
const skipped = new Set([
  'consents',
  'website',
  'locale',
  'firstName',
  'lastName',
  'email',
  'phone',
  'migrantBackground',
  'migrantBackgroundDetail',
]);

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** A staff screen names an answer about the person in the third person, not as the form asked it. */
export function answerLabel(key: string, t: TFunction): string {
  return t(`person.answerFields.${key}`, { defaultValue: t(`apply.fields.${key}`, { defaultValue: key }) });
}

function plain(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return value.map((item) => plain(item, t)).join(', ') || '—';
  if (isRow(value))
    return Object.entries(value)
      .map(([key, item]) => `${answerLabel(key, t)}: ${plain(item, t)}`)
      .join('; ');
  return String(value);
}

/** The application form's answers in words: languages and countries named, levels and choices translated. */
export function ApplicationAnswers({ answers }: { answers: Record<string, unknown> }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const languageName = useLanguageName();
  const countryName = useCountryName();

  function render(key: string, value: unknown): ReactNode {
    if (key === 'languages' && Array.isArray(value))
      return value
        .filter(isRow)
        .map(
          (l) =>
            `${languageName(text(l.code))} (${t(`levels.${text(l.level)}`, { defaultValue: text(l.level) })})`,
        )
        .join(', ');
    if (key === 'experience' && Array.isArray(value))
      return list(
        value
          .filter(isRow)
          .map((job) =>
            [
              text(job.title),
              text(job.occupationCode),
              countryName(text(job.country)),
              t('apply.yearsCount', { years: text(job.years) }),
            ]
              .filter(Boolean)
              .join(', '),
          ),
      );
    if (key === 'education' && Array.isArray(value))
      return list(
        value
          .filter(isRow)
          .map((school) =>
            [
              t(`educationLevels.${text(school.level)}`, { defaultValue: text(school.level) }),
              text(school.field),
              countryName(text(school.country)),
              school.recognisedInBelgium ? t('apply.recognised') : t('apply.notRecognised'),
            ]
              .filter(Boolean)
              .join(', '),
          ),
      );
    if (key === 'heardFrom') return t(`heardFrom.${text(value)}`, { defaultValue: text(value) });
    if (key === 'dateOfBirth' && typeof value === 'string') return format.date(value);
    return plain(value, t);
  }

  const entries = Object.entries(answers).filter(([key]) => !skipped.has(key));
  if (entries.length === 0) return <p className="muted">{t('person.noAnswers')}</p>;
  return (
    <dl className="facts facts--inline">
      {entries.map(([key, value]) => (
        <div className="facts__item" key={key}>
          <dt>{answerLabel(key, t)}</dt>
          <dd>{render(key, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function list(items: string[]): ReactNode {
  if (items.length === 0) return '—';
  return (
    <ul className="plain-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
