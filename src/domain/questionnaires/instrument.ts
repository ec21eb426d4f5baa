import type { Locale } from '../../contracts/base-vocabulary.js';
import { longTextMaxLength, shortTextMaxLength } from '../../contracts/questionnaire-vocabulary.js';

/**
 * A questionnaire instrument's version: its items, each with its texts in the languages the version is
 * offered in. A published version never changes (answers and reports rely on it); a new wording is a
 * new version (docs/decisions/012).
 */
export type Texts = Partial<Record<Locale, string>>;

interface ItemBase {
  /** Stable within an instrument: answers are keyed by it. */
  id: string;
  required: boolean;
  text: Texts;
}

export type InstrumentItem =
  | (ItemBase & { kind: 'likert'; min: number; max: number; labels?: Texts[] })
  | (ItemBase & { kind: 'single_choice' | 'multiple_choice'; options: Array<{ value: string; text: Texts }> })
  | (ItemBase & { kind: 'number'; min?: number; max?: number; integer?: boolean })
  | (ItemBase & { kind: 'short_text' | 'long_text' });

export interface InstrumentVersion {
  languages: readonly Locale[];
  items: readonly InstrumentItem[];
}

export interface Problem {
  field: string;
  code: string;
  message: string;
}

const idPattern = /^[a-z][a-z0-9_]{0,39}$/;

function missingLanguages(text: Texts, languages: readonly Locale[]): Locale[] {
  return languages.filter((l) => !text[l]?.trim());
}

/** Checks a draft before it is saved or published: each problem names the item (or the list). */
export function checkInstrumentVersion(version: InstrumentVersion): Problem[] {
  const problems: Problem[] = [];
  if (version.languages.length === 0)
    problems.push({
      field: 'languages',
      code: 'questionnaire.no_language',
      message: 'Choose at least one language.',
    });
  const seen = new Set<string>();
  version.items.forEach((item, index) => {
    const field = `items.${index}`;
    if (!idPattern.test(item.id))
      problems.push({
        field,
        code: 'questionnaire.item_id_invalid',
        message: `Item ${index + 1}: the id "${item.id}" must be lowercase letters, digits or _ (at most 40).`,
      });
    if (seen.has(item.id))
      problems.push({
        field,
        code: 'questionnaire.item_id_taken',
        message: `Item ${index + 1}: the id "${item.id}" is used twice.`,
      });
    seen.add(item.id);
    const missing = missingLanguages(item.text, version.languages);
    if (missing.length)
      problems.push({
        field,
        code: 'questionnaire.text_missing',
        message: `Item "${item.id}": the text is missing in ${missing.join(', ')}.`,
      });
    if (item.kind === 'likert') {
      if (
        !Number.isInteger(item.min) ||
        !Number.isInteger(item.max) ||
        item.min >= item.max ||
        item.max - item.min > 10
      )
        problems.push({
          field,
          code: 'questionnaire.scale_invalid',
          message: `Item "${item.id}": a scale runs from a whole number to a larger one, at most 11 points.`,
        });
      else if (item.labels && item.labels.length !== item.max - item.min + 1)
        problems.push({
          field,
          code: 'questionnaire.scale_invalid',
          message: `Item "${item.id}": give a label for each of the ${item.max - item.min + 1} points, or none.`,
        });
      else if (item.labels?.some((label) => missingLanguages(label, version.languages).length))
        problems.push({
          field,
          code: 'questionnaire.text_missing',
          message: `Item "${item.id}": a point label is missing a language.`,
        });
    }
    if (item.kind === 'single_choice' || item.kind === 'multiple_choice') {
      const values = item.options.map((o) => o.value);
      if (
        values.length < 2 ||
        new Set(values).size !== values.length ||
        values.some((v) => !idPattern.test(v))
      )
        problems.push({
          field,
          code: 'questionnaire.options_invalid',
          message: `Item "${item.id}": give at least two options, each with its own value (lowercase letters, digits, _).`,
        });
      if (item.options.some((o) => missingLanguages(o.text, version.languages).length))
        problems.push({
          field,
          code: 'questionnaire.text_missing',
          message: `Item "${item.id}": an option is missing a language.`,
        });
    }
    if (item.kind === 'number' && item.min !== undefined && item.max !== undefined && item.min > item.max)
      problems.push({
        field,
        code: 'questionnaire.limits_invalid',
        message: `Item "${item.id}": the minimum is above the maximum.`,
      });
  });
  return problems;
}

/** The stored value of an answer to one item. */
export type AnswerValue = number | string | string[];
export type Answers = Record<string, AnswerValue>;

function isBlank(value: AnswerValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Why an answer does not fit its item, or null when it fits. */
function answerProblem(item: InstrumentItem, value: AnswerValue): string | null {
  switch (item.kind) {
    case 'likert':
      return typeof value === 'number' && Number.isInteger(value) && value >= item.min && value <= item.max
        ? null
        : `choose a whole number from ${item.min} to ${item.max}`;
    case 'single_choice':
      return typeof value === 'string' && item.options.some((o) => o.value === value)
        ? null
        : 'choose one of the options';
    case 'multiple_choice':
      return Array.isArray(value) &&
        new Set(value).size === value.length &&
        value.every((v) => item.options.some((o) => o.value === v))
        ? null
        : 'choose among the options, each once';
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return 'give a number';
      if (item.integer && !Number.isInteger(value)) return 'give a whole number';
      if (item.min !== undefined && value < item.min) return `give a number of at least ${item.min}`;
      if (item.max !== undefined && value > item.max) return `give a number of at most ${item.max}`;
      return null;
    }
    case 'short_text':
    case 'long_text': {
      const limit = item.kind === 'short_text' ? shortTextMaxLength : longTextMaxLength;
      if (typeof value !== 'string') return 'give a text';
      return value.length <= limit
        ? null
        : `keep it to ${limit} characters (this answer has ${value.length})`;
    }
  }
}

/**
 * Checks answers against the version's items: an unknown item, a missing required item, an answer out
 * of range or too long. Each problem names the item; the message states the limit.
 */
export function checkAnswers(version: InstrumentVersion, answers: Answers): Problem[] {
  const problems: Problem[] = [];
  const known = new Set(version.items.map((i) => i.id));
  for (const key of Object.keys(answers))
    if (!known.has(key))
      problems.push({
        field: key,
        code: 'questionnaire.unknown_item',
        message: `"${key}" is not an item of this questionnaire.`,
      });
  for (const item of version.items) {
    const value = answers[item.id];
    if (value === undefined || isBlank(value)) {
      if (item.required)
        problems.push({
          field: item.id,
          code: 'questionnaire.answer_required',
          message: `"${item.id}" needs an answer.`,
        });
      continue;
    }
    const why = answerProblem(item, value);
    if (why)
      problems.push({
        field: item.id,
        code: 'questionnaire.answer_invalid',
        message: `"${item.id}": ${why}.`,
      });
  }
  return problems;
}

/** The answers without blanks, as they are stored. */
export function withoutBlanks(answers: Answers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => !isBlank(v)));
}

/** The language a respondent sees: theirs when the version has it, else the first the version has. */
export function languageFor(version: InstrumentVersion, preferred: Locale): Locale {
  return version.languages.includes(preferred) ? preferred : (version.languages[0] ?? preferred);
}
