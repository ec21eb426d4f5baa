import { describe, expect, it } from 'vitest';
import { languageNamer } from '../../../contracts/language-names';
import type { CriterionScore, UnmatchedMentee } from '../../api/types';
import en from '../../locales/en.json';
import fr from '../../locales/fr.json';
import nl from '../../locales/nl.json';
import { type Texts, Translator } from '../../translator';
import { buildMatchText } from './match-text';
import { reasonCodes, unmatchedReasons } from './matching-vocabulary';

const bundles = { nl, fr, en } as const;
type Lang = keyof typeof bundles;

/** Sector labels as GET /api/reference/sector-labels gives them (NACE Rev. 2). */
const sectorLabels: Record<Lang, Record<string, string>> = {
  nl: {
    '86': 'Menselijke gezondheidszorg',
    Q: 'Gezondheidszorg en maatschappelijke dienstverlening',
    '49': 'Vervoer te land',
  },
  fr: {
    '86': 'Activités pour la santé humaine',
    Q: 'Santé humaine et action sociale',
    '49': 'Transports terrestres',
  },
  en: {
    '86': 'Human health activities',
    Q: 'Human health and social work activities',
    '49': 'Land transport',
  },
};

function textIn(lang: Lang) {
  const i18n = Translator.withTexts(lang, bundles[lang] as Texts);
  return buildMatchText({
    t: (key, options) => i18n.t(key, options ?? {}),
    exists: (key) => i18n.exists(key),
    language: lang,
    languageName: languageNamer(lang),
    sectorLabel: (code) => sectorLabels[lang][code],
    occupationGroupLabel: (code) => occupationGroups[lang][code],
  });
}

/** ISCO-08 group names as GET /api/reference/occupation-group-labels gives them. */
const occupationGroups: Record<Lang, Record<string, string>> = {
  nl: { '2221': 'Verpleegkundigen', '22': 'Specialisten op het gebied van gezondheidszorg' },
  fr: { '2221': 'Cadres infirmiers et infirmiers', '22': 'Spécialistes de la santé' },
  en: { '2221': 'Nursing professionals', '22': 'Health professionals' },
};

const criterion = (reason: string, params: CriterionScore['params'] = {}): CriterionScore => ({
  criterion: reason.split('.')[0] as CriterionScore['criterion'],
  value: 0.5,
  weight: 0.1,
  reason,
  params,
});

/** Every reason the engine gives (domain/matching/score-pair.ts), with realistic values. */
const reasons: Array<[string, CriterionScore['params']]> = [
  ['sector.same', { code: '86' }],
  ['sector.same_section', { code: 'Q' }],
  ['sector.different', { mentee: '86', mentor: '49' }],
  ['sector.unknown', {}],
  ['occupation.same_unit_group', { code: '2221' }],
  ['occupation.same_minor_group', { code: '222' }],
  ['occupation.same_sub_major_group', { code: '22' }],
  ['occupation.same_major_group', { code: '2' }],
  ['occupation.different', {}],
  ['occupation.unknown', {}],
  ['language.shared', { code: 'ti', level: 'B2' }],
  ['language.shared', { code: 'zgh', level: 'C2' }],
  ['skills.overlap', { share: 50 }],
  ['skills.unknown', { share: 0 }],
  ['interests.overlap', { share: 100 }],
  ['interests.unknown', { share: 0 }],
  ['availability.shared', { slots: 1, list: '2-evening' }],
  ['availability.shared', { slots: 2, list: '2-evening,6-morning' }],
  ['availability.none', { slots: 0 }],
  ['availability.unknown', { slots: 0 }],
  ['distance.km', { km: 12 }],
  ['distance.far_but_online', { km: 48 }],
  ['distance.unknown', {}],
  ['preferences.in_person', {}],
  ['preferences.online', {}],
  ['preferences.mismatch', {}],
  ['waiting.days', { days: 1 }],
  ['waiting.days', { days: 40 }],
];

const unmatchedEntry = (reason: string, params: UnmatchedMentee['params']): UnmatchedMentee => ({
  mentee: {
    id: 'm1',
    name: 'Yonas Tesfaye',
    associationName: 'Kleurrijk Gent',
    sectorCode: '86',
    languages: ['ti', 'ar'],
    postcode: '9000',
    waitingDays: 40,
  },
  reason,
  constraints: {},
  params,
});

/** A sentence with nothing left out: no empty slot, no raw placeholder, no dash for a missing value. */
function expectWhole(sentence: string) {
  expect(sentence).not.toBe('');
  expect(sentence).not.toMatch(/\{\{|\}\}|—|\s[.,]|\s{2}|\(\)|undefined|NaN|\(s\)|\(en\)/);
}

/** No bare language or sector code (the NACE code may follow its label, in brackets). */
function expectNoBareCodes(sentence: string) {
  expect(sentence).not.toMatch(/\b(ti|ar|zgh)\b/);
  expect(sentence.replace(/\((NACE|section NACE|NACE-sectie|NACE section) [0-9A-Z]+\)/g, '')).not.toMatch(
    /\b(86|49|Q)\b/,
  );
}

describe.each(['nl', 'fr', 'en'] as const)('matching texts in %s', (lang) => {
  const text = textIn(lang);

  it('words every reason of a pair with its values, names and labels', () => {
    expect([...new Set(reasons.map(([reason]) => reason))].sort()).toEqual([...reasonCodes].sort());
    for (const [reason, params] of reasons) {
      const sentence = text.reason(criterion(reason, params));
      expectWhole(sentence);
      expectNoBareCodes(sentence);
    }
    expect(text.reason(criterion('language.shared', { code: 'ti', level: 'B2' }))).toContain(
      languageNamer(lang)('ti'),
    );
    expect(text.reason(criterion('sector.same', { code: '86' }))).toContain(sectorLabels[lang]['86']);
    for (const [reason, code] of [
      ['occupation.same_unit_group', '2221'],
      ['occupation.same_sub_major_group', '22'],
    ] as const) {
      const sentence = text.reason(criterion(reason, { code }));
      expect(sentence).toContain(occupationGroups[lang][code]);
      expectWhole(sentence);
    }
    const different = text.reason(criterion('sector.different', { mentee: '86', mentor: '49' }));
    expect(different).toContain(sectorLabels[lang]['86']);
    expect(different).toContain(sectorLabels[lang]['49']);
  });

  it('says one and several in the right form', () => {
    const forms = {
      nl: {
        slot: [' moment per', ' momenten per'],
        day: [' dag.', ' dagen.'],
        pair: [' koppel', ' koppels'],
        wait: [' dag', ' dagen'],
      },
      fr: {
        slot: [' moment par', ' moments par'],
        day: [' jour.', ' jours.'],
        pair: [' binôme', ' binômes'],
        wait: [' jour', ' jours'],
      },
      en: {
        slot: [' slot a', ' slots a'],
        day: [' day.', ' days.'],
        pair: [' pair', ' pairs'],
        wait: [' day', ' days'],
      },
    }[lang];
    const one = (s: string, form: string) => expect(s.endsWith(form) || s.includes(`${form} `)).toBe(true);
    expect(text.reason(criterion('availability.shared', { slots: 1, list: '2-evening' }))).toContain(
      `1${forms.slot[0]}`,
    );
    expect(
      text.reason(criterion('availability.shared', { slots: 2, list: '2-evening,6-morning' })),
    ).toContain(`2${forms.slot[1]}`);
    expect(text.reason(criterion('waiting.days', { days: 1 }))).toContain(`1${forms.day[0]}`);
    expect(text.reason(criterion('waiting.days', { days: 40 }))).toContain(`40${forms.day[1]}`);
    one(text.proposalTitle(1), `1${forms.pair[0]}`);
    one(text.proposalTitle(3), `3${forms.pair[1]}`);
    one(text.waiting(1), `1${forms.wait[0]}`);
    one(text.waiting(12), `12${forms.wait[1]}`);
  });

  it('words every reason a mentee waits, with the languages by name and no empty slot', () => {
    for (const reason of unmatchedReasons) {
      for (const params of [
        { sector: '86', languages: 'ti, ar' },
        { sector: '', languages: '' },
        { sector: '86', languages: '' },
      ]) {
        const sentence = text.unmatched(unmatchedEntry(reason, params));
        expectWhole(sentence);
        expectNoBareCodes(sentence);
      }
    }
    const withLanguages = text.unmatched(
      unmatchedEntry('no_shared_language', { sector: '86', languages: 'ti, ar' }),
    );
    expect(withLanguages).toContain(languageNamer(lang)('ti'));
    expect(withLanguages).toContain(languageNamer(lang)('ar'));
    expect(withLanguages).toContain(sectorLabels[lang]['86']);
    expect(text.unmatched(unmatchedEntry('no_shared_language', { sector: '86', languages: '' }))).toBe(
      textIn(lang).unmatched(unmatchedEntry('no_shared_language', { sector: '', languages: '' })),
    );
  });
});
