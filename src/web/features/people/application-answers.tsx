import type { ReactNode } from 'react';
import type { TFunction } from '../../translator';
import { useTranslation } from '../../translator';
import { useCountryName } from '../languages/country-options';
import { useLanguageName } from '../languages/language-options';
import { useFormatters } from '../locale/use-formatters';
import { useCodeLabels, useSectorLabels } from '../reference/reference-queries';

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
  // The chosen association is the person's association, shown at the top; `demo` marks demo records.
  'preferredAssociationId',
  'demo',
]);

/** Answers that hold a NACE sector code or an occupation code (ESCO or ISCO-08). */
const sectorKeys = new Set(['targetSectorCode', 'sectorCode']);
const occupationKeys = new Set(['targetOccupationCode', 'occupationCode']);

/** Every occupation code in the answers (the wished one and those of past jobs), to name them. */
function occupationCodesOf(answers: Record<string, unknown>): string[] {
  const jobs = Array.isArray(answers.experience) ? answers.experience.filter(isRow) : [];
  return [
    ...[...occupationKeys].map((key) => text(answers[key])),
    ...jobs.map((job) => text(job.occupationCode)),
  ].filter(Boolean);
}

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
  const sectorLabels = useSectorLabels();
  const occupationLabels = useCodeLabels('occupations', occupationCodesOf(answers));
  const occupation = (code: string) => (code ? (occupationLabels.get(code) ?? '…') : '');

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
              occupation(text(job.occupationCode)),
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
    if (sectorKeys.has(key)) return text(value) ? (sectorLabels.get(text(value)) ?? '…') : '—';
    if (occupationKeys.has(key)) return occupation(text(value)) || '—';
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
