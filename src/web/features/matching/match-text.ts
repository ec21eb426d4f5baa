import type { CriterionScore, UnmatchedMentee } from '../../api/types';

/** What the wording needs: the translation function of one language and the namers of codes. */
export interface MatchTextSources {
  t: (key: string, options?: Record<string, unknown>) => string;
  exists: (key: string) => boolean;
  language: string;
  /** "ar" -> "Arabisch". */
  languageName: (code: string) => string;
  /** "86" -> "Menselijke gezondheidszorg"; undefined while the labels load. */
  sectorLabel: (code: string) => string | undefined;
  /** "2221" -> "Verpleegkundigen" (an ISCO-08 group); undefined while the labels load. */
  occupationGroupLabel?: (code: string) => string | undefined;
}

function listFormat(language: string, type: 'conjunction' | 'disjunction') {
  try {
    return new Intl.ListFormat(language, { type });
  } catch {
    return null;
  }
}

/**
 * Words the engine's codes in one language: scores as percentages, a criterion's reason code as a
 * sentence (languages by name, sectors by label, counts in singular or plural), an unmatched
 * mentee's reason for the coach. Pure, so a test can render every reason in every language.
 */
export function buildMatchText({
  t,
  exists,
  language,
  languageName,
  sectorLabel,
  occupationGroupLabel,
}: MatchTextSources) {
  const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const numberFormat = new Intl.NumberFormat(language);
  const decimalFormat = new Intl.NumberFormat(language, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const pointsFormat = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const plurals = new Intl.PluralRules(language);
  /** True when the language words this count in the singular (1 everywhere; also 0 in French). */
  const isOne = (count: number) => plurals.select(count) === 'one';
  const orList = listFormat(language, 'disjunction');
  const andList = listFormat(language, 'conjunction');
  const weekday = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
  /** The label of a NACE code; the code itself only while the labels load. */
  const sectorName = (code: string) => sectorLabel(code) ?? code;
  /** "2-evening,6-morning" -> "dinsdag avond en zaterdag voormiddag" (day 1 is Monday). */
  const slots = (list: string) => {
    const words = list.split(',').map((slot) => {
      const [day, part] = slot.split('-');
      const name = weekday.format(new Date(Date.UTC(2024, 0, Number(day))));
      return `${name} ${t(`assessment.parts.${part}`).toLowerCase()}`;
    });
    return andList ? andList.format(words) : words.join(', ');
  };
  const percent = (score: number) => percentFormat.format(score);
  /** -0.08 -> "−8", in percentage points, with a real minus sign. */
  const points = (delta: number) => {
    const rounded = Math.round(delta * 100);
    const sign = rounded < 0 ? '−' : rounded > 0 ? '+' : '±';
    return `${sign}${pointsFormat.format(Math.abs(rounded))}`;
  };
  /** "ti, fr" -> "Tigrinya of Frans". */
  const languages = (codes: string) => {
    const names = codes
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean)
      .map(languageName);
    return orList ? orList.format(names) : names.join(', ');
  };
  const number = (value: number) => numberFormat.format(value);

  /** The sentence for one criterion, e.g. "Both speak Dutch at B2 or better." */
  const reason = (criterion: CriterionScore): string => {
    const { params } = criterion;
    const key = `matching.reasons.${criterion.reason}`;
    const words: Record<string, string> = {};
    for (const [name, value] of Object.entries(params))
      words[name] = typeof value === 'number' ? number(value) : value;
    if (typeof params.share === 'number') words.share = percent(params.share / 100);
    switch (criterion.reason) {
      case 'language.shared': {
        const options = { ...words, language: languageName(String(params.code ?? '')) };
        return params.level === 'C2'
          ? t('matching.reasons.language.shared_top', options)
          : t('matching.reasons.language.shared', options);
      }
      case 'sector.same':
      case 'sector.same_section':
        return t(key, { ...words, name: sectorName(String(params.code ?? '')) });
      case 'sector.different':
        return t(key, {
          mentee: sectorName(String(params.mentee ?? '')),
          mentor: sectorName(String(params.mentor ?? '')),
        });
      case 'occupation.same_unit_group':
      case 'occupation.same_minor_group':
      case 'occupation.same_sub_major_group':
      case 'occupation.same_major_group': {
        // The group both share, by its name; the ISCO code stays beside it for the professional.
        const code = String(params.code ?? '');
        const group = occupationGroupLabel?.(code);
        return group ? t(`${key}Named`, { ...words, group }) : t(key, words);
      }
      case 'availability.shared': {
        const count = Number(params.slots ?? 0);
        const options = { list: slots(String(params.list ?? '')), slots: number(count) };
        return isOne(count)
          ? t('matching.reasons.availability.sharedOne', options)
          : t('matching.reasons.availability.sharedOther', options);
      }
      case 'distance.km':
      case 'distance.far_but_online':
        return t(key, { km: number(Number(params.km ?? 0)) });
      case 'waiting.days': {
        const days = Number(params.days ?? 0);
        return isOne(days)
          ? t('matching.reasons.waiting.daysOne', { days: number(days) })
          : t('matching.reasons.waiting.daysOther', { days: number(days) });
      }
      default:
        return exists(key) ? t(key, words) : '';
    }
  };

  /** Why a mentee got no mentor, in a sentence the coach can act on. */
  const unmatched = (entry: UnmatchedMentee): string => {
    const key = `matching.unmatched.${entry.reason}`;
    const sector = typeof entry.params.sector === 'string' ? entry.params.sector : '';
    const spoken = typeof entry.params.languages === 'string' ? languages(entry.params.languages) : '';
    if (entry.reason === 'no_shared_language' && !spoken)
      return t('matching.unmatched.no_shared_language_unknown');
    const sentence = exists(key) ? t(key, { languages: spoken }) : t('matching.unmatched.other');
    const hint =
      spoken && ['no_shared_language', 'mentor_at_capacity', 'outcompeted'].includes(entry.reason)
        ? ` ${
            sector
              ? t('matching.unmatched.sectorHint', { sector: sectorName(sector), languages: spoken })
              : t('matching.unmatched.languageHint', { languages: spoken })
          }`
        : '';
    return `${sentence}${hint}`;
  };

  /** "no shared language: 4, at capacity: 2" for the counted hard constraints. */
  const constraints = (counts: Record<string, number>): string[] =>
    Object.entries(counts)
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([name, count]) =>
        t('matching.constraintCount', {
          constraint: exists(`matching.constraints.${name}`) ? t(`matching.constraints.${name}`) : name,
          count: number(count),
        }),
      );

  /** "Voorstel: 1 koppel" / "Voorstel: 3 koppels". */
  const proposalTitle = (pairs: number) =>
    isOne(pairs)
      ? t('matching.proposalTitleOne', { number: number(pairs) })
      : t('matching.proposalTitleOther', { number: number(pairs) });
  /** "Wacht al 1 dag" / "Wacht al 12 dagen". */
  const waiting = (days: number) =>
    isOne(days)
      ? t('matching.pair.waitingOne', { days: number(days) })
      : t('matching.pair.waitingOther', { days: number(days) });

  return {
    percent,
    points,
    number,
    decimal: (value: number) => decimalFormat.format(value),
    reason,
    unmatched,
    constraints,
    proposalTitle,
    waiting,
  };
}

export type MatchText = ReturnType<typeof buildMatchText>;
