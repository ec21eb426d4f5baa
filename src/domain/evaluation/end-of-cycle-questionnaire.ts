import type { Side } from '../../contracts/partnership-vocabulary.js';

/**
 * The end-of-cycle evaluation as a versioned instrument: a version, once published, never changes
 * (reports rely on it); a new wording is a new version. Answers are stored with the version and the
 * language they were given in.
 */
type Texts = { nl: string; fr: string; en: string };

export interface QuestionItem {
  id: string;
  kind: 'scale5' | 'yes_no' | 'choice' | 'text';
  audience: 'both' | Side;
  required: boolean;
  text: Texts;
  options?: ReadonlyArray<{ value: string; text: Texts }>;
}

export interface Questionnaire {
  code: string;
  version: number;
  items: readonly QuestionItem[];
}

export const endOfCycleV1: Questionnaire = {
  code: 'end_of_cycle',
  version: 1,
  items: [
    {
      id: 'overall',
      kind: 'scale5',
      audience: 'both',
      required: true,
      text: {
        nl: 'Hoe tevreden ben je over het mentorschap?',
        fr: 'Êtes-vous satisfait·e du mentorat dans son ensemble ?',
        en: 'How satisfied are you with the mentoring overall?',
      },
    },
    {
      id: 'meetings_useful',
      kind: 'scale5',
      audience: 'both',
      required: true,
      text: {
        nl: 'Hoe nuttig waren de ontmoetingen?',
        fr: 'Les rencontres ont-elles été utiles ?',
        en: 'How useful were the meetings?',
      },
    },
    {
      id: 'coach_support',
      kind: 'scale5',
      audience: 'both',
      required: true,
      text: {
        nl: 'Hoe goed heeft de coach jullie ondersteund?',
        fr: 'Le coach vous a-t-il bien soutenus ?',
        en: 'How well did the coach support you?',
      },
    },
    {
      id: 'confidence',
      kind: 'scale5',
      audience: 'mentee',
      required: true,
      text: {
        nl: 'Hoeveel meer vertrouwen heb je om werk te vinden in je sector?',
        fr: 'Avez-vous plus confiance pour trouver un emploi dans votre secteur ?',
        en: 'How much more confident are you about finding work in your sector?',
      },
    },
    {
      id: 'situation',
      kind: 'choice',
      audience: 'mentee',
      required: true,
      text: {
        nl: 'Wat is je situatie nu?',
        fr: 'Quelle est votre situation maintenant ?',
        en: 'What is your situation now?',
      },
      options: [
        { value: 'job', text: { nl: 'Ik heb werk', fr: "J'ai un emploi", en: 'I have a job' } },
        {
          value: 'internship',
          text: { nl: 'Ik doe een stage', fr: 'Je fais un stage', en: 'I am doing an internship' },
        },
        {
          value: 'training',
          text: { nl: 'Ik volg een opleiding', fr: 'Je suis une formation', en: 'I am in training' },
        },
        {
          value: 'still_searching',
          text: { nl: 'Ik zoek nog werk', fr: 'Je cherche encore', en: 'I am still looking' },
        },
      ],
    },
    {
      id: 'mentor_again',
      kind: 'yes_no',
      audience: 'mentor',
      required: true,
      text: {
        nl: 'Wil je opnieuw mentor zijn?',
        fr: 'Souhaitez-vous être de nouveau mentor ?',
        en: 'Would you mentor again?',
      },
    },
    {
      id: 'would_recommend',
      kind: 'yes_no',
      audience: 'both',
      required: true,
      text: {
        nl: 'Zou je Mentor2Work aanraden aan anderen?',
        fr: 'Recommanderiez-vous Mentor2Work ?',
        en: 'Would you recommend Mentor2Work to others?',
      },
    },
    {
      id: 'helped_most',
      kind: 'text',
      audience: 'both',
      required: false,
      text: { nl: 'Wat hielp het meest?', fr: "Qu'est-ce qui a le plus aidé ?", en: 'What helped most?' },
    },
    {
      id: 'improve',
      kind: 'text',
      audience: 'both',
      required: false,
      text: { nl: 'Wat kan beter?', fr: 'Que pourrait-on améliorer ?', en: 'What could be better?' },
    },
  ],
};

/** Every published version; the newest of a code is the one new answers use. */
export const questionnaires: readonly Questionnaire[] = [endOfCycleV1];

export function itemsFor(q: Questionnaire, side: Side): QuestionItem[] {
  return q.items.filter((i) => i.audience === 'both' || i.audience === side);
}

export type Answers = Record<string, string | number | boolean>;

/** Checks answers against the instrument: each problem names the item. */
export function checkAnswers(
  q: Questionnaire,
  side: Side,
  answers: Answers,
): Array<{ field: string; code: string; message: string }> {
  const problems: Array<{ field: string; code: string; message: string }> = [];
  const items = itemsFor(q, side);
  const known = new Set(items.map((i) => i.id));
  for (const key of Object.keys(answers))
    if (!known.has(key))
      problems.push({ field: key, code: 'evaluation.unknown_item', message: 'Not a question of this form.' });
  for (const item of items) {
    const value = answers[item.id];
    if (value === undefined || value === '') {
      if (item.required)
        problems.push({ field: item.id, code: 'evaluation.answer_required', message: 'Please answer.' });
      continue;
    }
    const valid =
      item.kind === 'scale5'
        ? Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
        : item.kind === 'yes_no'
          ? typeof value === 'boolean'
          : item.kind === 'choice'
            ? (item.options ?? []).some((o) => o.value === value)
            : typeof value === 'string' && value.length <= 2000;
    if (!valid)
      problems.push({
        field: item.id,
        code: 'evaluation.answer_invalid',
        message: 'This answer does not fit the question.',
      });
  }
  return problems;
}
