import type { Locale, TrainingAudience, TrainingFormat, TrainingModuleInput } from '../../api/types';
import type { TFunction } from '../../translator';
import type { FormErrors } from '../forms/form-errors';
import { noFormErrors } from '../forms/form-errors';
import { textLocales, trainingAudiences, trainingFormats } from './training-vocabulary';

const codePattern = /^[a-z][a-z0-9_-]{2,40}$/;

/** What the form keeps in state rather than in its inputs. */
export interface ModuleChoices {
  languages: Locale[];
  requiredForMatching: boolean;
}

function pick<T extends string>(options: readonly T[], value: string, fallback: T): T {
  return (options as readonly string[]).includes(value) ? (value as T) : fallback;
}

function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function checkText(fields: Record<string, string>, name: string, value: string, max: number, t: TFunction) {
  if (!value) fields[name] = t('fieldErrors.required');
  else if (value.length < 2) fields[name] = t('fieldErrors.tooShortText', { limit: 2 });
  else if (value.length > max) fields[name] = t('fieldErrors.tooLongText', { limit: max });
}

/** Reads the module form into the create request, with the same limits as the contract. */
export function readModuleForm(
  data: FormData,
  choices: ModuleChoices,
  t: TFunction,
): { input: TrainingModuleInput | null; errors: FormErrors } {
  const value = (name: string) => {
    const entry = data.get(name);
    return typeof entry === 'string' ? entry.trim() : '';
  };
  const fields: Record<string, string> = {};
  const code = value('code');
  if (!codePattern.test(code)) fields.code = t(code ? 'training.codeInvalid' : 'fieldErrors.required');
  const texts = (name: string) =>
    Object.fromEntries(textLocales.map((locale) => [locale, value(`${name}.${locale}`)])) as Record<
      Locale,
      string
    >;
  const title = texts('title');
  const description = texts('description');
  const goals = Object.fromEntries(
    textLocales.map((locale) => [locale, lines(value(`goals.${locale}`))]),
  ) as Record<Locale, string[]>;
  for (const locale of textLocales) {
    checkText(fields, `title.${locale}`, title[locale], 200, t);
    checkText(fields, `description.${locale}`, description[locale], 4000, t);
    if (goals[locale].length > 10 || goals[locale].some((goal) => goal.length > 200))
      fields[`goals.${locale}`] = t('training.goalsInvalid');
  }
  const durationMinutes = Number(value('durationMinutes'));
  if (!Number.isInteger(durationMinutes) || durationMinutes < 15 || durationMinutes > 2400)
    fields.durationMinutes = t('training.durationInvalid');
  if (choices.languages.length === 0) fields.languages = t('fieldErrors.oneLanguage');
  if (Object.keys(fields).length > 0)
    return { input: null, errors: { message: t('errors.validation.failed'), fields } };
  const audience: TrainingAudience = pick(trainingAudiences, value('audience'), 'mentee');
  const format: TrainingFormat = pick(trainingFormats, value('format'), 'in_person');
  return {
    input: {
      code,
      audience,
      title,
      description,
      durationMinutes,
      format,
      languages: textLocales.filter((locale) => choices.languages.includes(locale)),
      goals,
      requiredForMatching: choices.requiredForMatching,
    },
    errors: noFormErrors,
  };
}

/** The server names a goal by its line (['goals', 'nl', 3]); the form has one box per language. */
export function collapseGoalErrors(errors: FormErrors): FormErrors {
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(errors.fields)) {
    const key = /^goals\.(nl|fr|en)\.\d+$/.test(name) ? name.replace(/\.\d+$/, '') : name;
    fields[key] = fields[key] ?? message;
  }
  return { ...errors, fields };
}
